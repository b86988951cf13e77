using CsCheck;
using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

public class LegalPeriodsPropertyTests
{
    private static readonly LocalDate Origin = new(2000, 1, 1);

    /// <summary>The embedded years, with years without any holiday (weekends only) for 2000-2099 around them, so that every date examined has data.</summary>
    private static readonly HolidayCalendar WideCalendar = HolidayCalendar.Create(
        Enumerable.Range(2000, 100)
            .Where(y => !HolidayCalendar.Embedded.HasYear(y))
            .Select(y => HolidayYear.Create(y, "test data: weekends only", [], [], []))
            .Concat(HolidayCalendar.Embedded.HolidayYears));

    private static readonly Gen<LocalDate> Dates = Gen.Int[0, 32000].Select(k => Origin.PlusDays(k));

    private static bool IsRestDay(HolidayCalendar calendar, LocalDate date, bool weekendMovesEnd) => calendar.Classify(date) switch
    {
        DayKind.Holiday => true,
        DayKind.Weekend => weekendMovesEnd,
        _ => false,
    };

    [Fact]
    public void The_last_day_is_the_first_day_from_the_nominal_end_that_is_not_a_rest_day()
    {
        Gen.Select(Dates, Gen.Int[1, 400], Gen.Bool).Sample((eventDate, days, weekendMovesEnd) =>
        {
            DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, Period.FromDays(days), WideCalendar, weekendMovesEnd);

            Assert.True(result.IsSuccess, result.Error);
            LegalDeadline d = result.Deadline;
            Assert.Equal(eventDate.PlusDays(days), d.NominalEnd);
            Assert.Equal(days, LegalPeriods.DaysAfter(eventDate, d.NominalEnd));
            Assert.True(d.End >= d.NominalEnd);
            Assert.InRange(d.DaysMoved, 0, 14);
            Assert.False(IsRestDay(WideCalendar, d.End, weekendMovesEnd));
            for (LocalDate day = d.NominalEnd; day < d.End; day = day.PlusDays(1))
            {
                Assert.True(IsRestDay(WideCalendar, day, weekendMovesEnd));
            }

            Assert.Equal(d.Moved, d.Reason != DeadlineMoveReason.None);
        });
    }

    [Fact]
    public void Without_the_data_it_needs_the_deadline_is_an_error_naming_a_missing_year()
    {
        Gen.Select(Gen.Int[8400, 10000].Select(k => Origin.PlusDays(k)), Gen.Int[1, 400], Gen.Bool).Sample((eventDate, days, weekendMovesEnd) =>
        {
            DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, Period.FromDays(days), HolidayCalendar.Embedded, weekendMovesEnd);

            if (result.IsSuccess)
            {
                Assert.True(HolidayCalendar.Embedded.HasYear(result.Deadline.End.Year));
            }
            else
            {
                Assert.NotNull(result.MissingYear);
                Assert.False(HolidayCalendar.Embedded.HasYear(result.MissingYear.Value));
                Assert.Contains(result.MissingYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void A_term_of_days_differs_from_a_deadline_by_exactly_the_excluded_start_day()
    {
        Gen.Select(Dates, Gen.Int[1, 400]).Sample((first, days) =>
        {
            Period length = Period.FromDays(days);
            LocalDate termEnd = LegalPeriods.TermEnd(first, length);

            Assert.Equal(LegalPeriods.NominalEnd(first.PlusDays(-1), length).PlusDays(1), termEnd.PlusDays(1));
            Assert.Equal(days, Period.DaysBetween(first, termEnd) + 1);
        });
    }

    [Fact]
    public void A_term_of_months_differs_from_a_deadline_by_the_excluded_start_day_except_to_reach_a_month_end()
    {
        Gen.Select(Dates, Gen.Int[1, 120]).Sample((first, months) =>
        {
            Period length = Period.FromMonths(months);
            LocalDate termEnd = LegalPeriods.TermEnd(first, length);
            LocalDate nominal = LegalPeriods.NominalEnd(first.PlusDays(-1), length);

            if (first.Day != 1)
            {
                Assert.Equal(nominal, termEnd);
            }
            else
            {
                Assert.Equal(nominal.With(DateAdjusters.EndOfMonth), termEnd);
                Assert.Equal(first.PlusMonths(months).PlusDays(-1), termEnd);
            }

            Assert.True(termEnd >= nominal);
        });
    }
}
