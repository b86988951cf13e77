using CsCheck;
using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

public class WorkingDayPropertyTests
{
    private static readonly LocalDate Origin = new(2000, 1, 1);

    /// <summary>The embedded years, with years without any holiday (weekends only) for 2000-2099 around them, so that every date examined has data.</summary>
    private static readonly HolidayCalendar WideCalendar = HolidayCalendar.Create(
        Enumerable.Range(2000, 100)
            .Where(y => !HolidayCalendar.Embedded.HasYear(y))
            .Select(y => HolidayYear.Create(y, "test data: weekends only", [], [], []))
            .Concat(HolidayCalendar.Embedded.HolidayYears));

    /// <summary>Dates from 2000 to 2087, leaning on 2025 and 2026 (the years with real holidays) one time in two.</summary>
    private static readonly Gen<LocalDate> Dates = Gen.Frequency(
        (1, Gen.Int[0, 32000].Select(k => Origin.PlusDays(k))),
        (1, Gen.Int[0, 800].Select(k => new LocalDate(2024, 12, 1).PlusDays(k))));

    private static readonly Gen<PeriodUnit> CalendarUnits = Gen.OneOf(PeriodUnit.Days, PeriodUnit.Months, PeriodUnit.Years);

    private static bool Working(HolidayCalendar calendar, LocalDate date) =>
        calendar.IsWorkingDay(date) ?? throw new InvalidOperationException($"no data for {date}");

    private static LegalDeadline Deadline(LocalDate eventDate, LegalPeriod period, HolidayCalendar calendar, bool weekendMovesEnd = true)
    {
        DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, period, calendar, weekendMovesEnd);
        Assert.True(result.IsSuccess, result.Error);
        return result.Deadline;
    }

    /// <summary>
    /// <paramref name="calendar"/> with one more holiday range of <paramref name="length"/> days from <paramref name="from"/>
    /// (cut at the year's end), or <see langword="null"/> where it would touch a day off or a swapped working day already there.
    /// </summary>
    private static HolidayCalendar? WithExtraHoliday(HolidayCalendar calendar, LocalDate from, int length)
    {
        LocalDate to = from.PlusDays(length - 1);
        if (to.Year != from.Year)
        {
            to = new LocalDate(from.Year, 12, 31);
        }

        Assert.True(calendar.TryGetYear(from.Year, out HolidayYear? year));
        var added = HolidayRange.Create(from, to, "测试假日");
        if (added.Dates.Any(d => year.Classify(d) is DayKind.Holiday or DayKind.SwappedWorkingDay))
        {
            return null;
        }

        return calendar.With([HolidayYear.Create(year.Year, year.Document, year.Holidays.Append(added), year.Workdays, year.StatutoryDays, year.Note)]);
    }

    [Fact]
    public void N_working_days_end_on_the_Nth_working_day_after_the_event()
    {
        Gen.Select(Dates, Gen.Int[1, 400], Gen.Bool).Sample((eventDate, n, weekendMovesEnd) =>
        {
            LegalDeadline d = Deadline(eventDate, LegalPeriod.WorkingDays(n), WideCalendar, weekendMovesEnd);

            Assert.True(Working(WideCalendar, d.End));
            Assert.True(d.End > eventDate);
            int counted = 0;
            int swapped = 0;
            for (LocalDate day = eventDate.PlusDays(1); day <= d.End; day = day.PlusDays(1))
            {
                if (Working(WideCalendar, day))
                {
                    counted++;
                    swapped += WideCalendar.Classify(day) == DayKind.SwappedWorkingDay ? 1 : 0;
                }
            }

            Assert.Equal(n, counted);
            Assert.Equal(swapped, d.SwappedWorkingDaysCounted.Count);
            Assert.Equal(d.End, d.NominalEnd);
            Assert.Equal(d.NominalEnd, eventDate.Plus(d.Length));
            Assert.Equal(DeadlineMoveReason.None, d.Reason);
            Assert.Equal(LegalPeriods.DaysAfter(eventDate, d.End) - n, d.RestDaysSkipped);
        }, iter: 300);
    }

    [Fact]
    public void One_more_working_day_ends_strictly_later()
    {
        Gen.Select(Dates, Gen.Int[1, 400]).Sample((eventDate, n) =>
        {
            LegalDeadline shorter = Deadline(eventDate, LegalPeriod.WorkingDays(n), WideCalendar);
            LegalDeadline longer = Deadline(eventDate, LegalPeriod.WorkingDays(n + 1), WideCalendar);

            Assert.True(longer.End > shorter.End);
            Assert.Equal(longer.End, Deadline(shorter.End, LegalPeriod.WorkingDays(1), WideCalendar).End);
        }, iter: 300);
    }

    [Fact]
    public void A_working_day_period_is_never_shorter_than_as_many_calendar_days()
    {
        Gen.Select(Dates, Gen.Int[1, 400], Gen.Bool).Sample((eventDate, n, weekendMovesEnd) =>
        {
            LegalDeadline working = Deadline(eventDate, LegalPeriod.WorkingDays(n), WideCalendar, weekendMovesEnd);
            LegalDeadline days = Deadline(eventDate, LegalPeriod.Days(n), WideCalendar, weekendMovesEnd);

            Assert.True(working.End >= days.End, $"{working} < {days}");
            Assert.True(working.End >= days.NominalEnd);
        }, iter: 300);
    }

    [Fact]
    public void Adding_a_holiday_never_shortens_a_period_in_working_days()
    {
        Gen.Select(Dates, Gen.Int[1, 300], Gen.Int[1, 500], Gen.Int[1, 9]).Sample((eventDate, n, offset, length) =>
        {
            HolidayCalendar? more = WithExtraHoliday(WideCalendar, eventDate.PlusDays(offset), length);
            if (more is null)
            {
                return;
            }

            LegalDeadline before = Deadline(eventDate, LegalPeriod.WorkingDays(n), WideCalendar);
            LegalDeadline after = Deadline(eventDate, LegalPeriod.WorkingDays(n), more);

            Assert.True(after.End >= before.End, $"{after} < {before}");
        }, iter: 300);
    }

    [Fact]
    public void Adding_a_holiday_never_shortens_a_period_in_days_months_or_years()
    {
        Gen.Select(Dates, Gen.Int[1, 30], CalendarUnits, Gen.Int[-20, 400], Gen.Int[1, 9], Gen.Bool).Sample((eventDate, n, unit, offset, length, weekendMovesEnd) =>
        {
            var period = new LegalPeriod(unit switch { PeriodUnit.Days => n * 13, PeriodUnit.Years => (n % 10) + 1, _ => n }, unit);
            LegalDeadline before = Deadline(eventDate, period, WideCalendar, weekendMovesEnd);

            // Put the new holiday around the nominal last day, where it can matter.
            HolidayCalendar? more = WithExtraHoliday(WideCalendar, before.NominalEnd.PlusDays(offset % 10), length);
            if (more is null)
            {
                return;
            }

            LegalDeadline after = Deadline(eventDate, period, more, weekendMovesEnd);

            Assert.Equal(before.NominalEnd, after.NominalEnd);
            Assert.True(after.End >= before.End, $"{after} < {before}");
        }, iter: 500);
    }

    [Fact]
    public void Days_months_and_years_count_as_the_calendar_period_does()
    {
        Gen.Select(Dates, Gen.Int[1, 40], CalendarUnits, Gen.Bool).Sample((eventDate, n, unit, weekendMovesEnd) =>
        {
            int count = unit == PeriodUnit.Years ? (n % 10) + 1 : n;
            var period = new LegalPeriod(count, unit);
            Period length = unit switch
            {
                PeriodUnit.Days => Period.FromDays(count),
                PeriodUnit.Months => Period.FromMonths(count),
                _ => Period.FromYears(count),
            };

            Assert.Equal(
                Deadline(eventDate, period, WideCalendar, weekendMovesEnd),
                LegalPeriods.DeadlineAfter(eventDate, length, WideCalendar, weekendMovesEnd).Deadline);
        }, iter: 1000);
    }

    [Fact]
    public void A_window_of_days_opens_N_minus_1_days_before_its_end()
    {
        Gen.Select(Dates, Gen.Int[1, 1000]).Sample((end, n) =>
        {
            LocalDate opens = LegalPeriods.WindowOpens(end, LegalPeriod.Days(n));

            Assert.Equal(end.PlusDays(-(n - 1)), opens);
            Assert.Equal(n, new DateInterval(opens, end).Length);
            Assert.Equal(opens, LegalPeriods.WindowOpens(end, LegalPeriod.Days(n), HolidayCalendar.Empty).Window?.Opens);
        });
    }

    [Fact]
    public void A_longer_window_of_months_opens_earlier_and_a_later_end_never_opens_earlier()
    {
        Gen.Select(Dates, Gen.Int[1, 36], Gen.Int[1, 40]).Sample((end, n, later) =>
        {
            LocalDate opens = LegalPeriods.WindowOpens(end, LegalPeriod.Months(n));

            // n months after the first day reach the day after the window at most, less at most 3 days cut at a short month's end.
            Assert.True(opens.PlusMonths(n) <= end.PlusDays(1));
            Assert.True(opens.PlusMonths(n) >= end.PlusDays(-2));
            Assert.True(LegalPeriods.WindowOpens(end, LegalPeriod.Months(n + 1)) < opens);
            Assert.True(LegalPeriods.WindowOpens(end.PlusDays(later), LegalPeriod.Months(n)) >= opens);
        }, iter: 1000);
    }

    [Fact]
    public void A_window_of_working_days_holds_exactly_N_and_the_day_before_it_is_worked()
    {
        Gen.Select(Dates.Where(d => d.Year > 2000), Gen.Int[1, 200]).Sample((end, n) =>
        {
            WindowResult result = LegalPeriods.WindowOpens(end, LegalPeriod.WorkingDays(n), WideCalendar);
            Assert.True(result.IsSuccess, result.Error);
            LegalWindow window = result.Window;

            Assert.Equal(n, window.Dates.Count(d => Working(WideCalendar, d)));
            Assert.True(Working(WideCalendar, window.Opens.PlusDays(-1)));
            if (Working(WideCalendar, end))
            {
                Assert.Equal(end, Deadline(window.Opens.PlusDays(-1), LegalPeriod.WorkingDays(n), WideCalendar).End);
            }

            Assert.True(window.Opens <= LegalPeriods.WindowOpens(end, LegalPeriod.Days(n)));
        }, iter: 300);
    }

    [Fact]
    public void Reading_a_parameter_never_throws_and_reads_back_what_it_renders()
    {
        Gen<decimal> counts = Gen.Frequency(
            (1, Gen.Decimal),
            (2, Gen.Int[-5, LegalPeriod.MaxParameterCount + 5].Select(i => (decimal)i)),
            (1, Gen.Int[-5, 1000].Select(i => i + 0.5m)));
        Gen.Select(counts, Gen.OneOf("days", "day", "workingDays", "months", "month", "years", "year", "weeks", "Days", string.Empty)).Sample((count, unit) =>
        {
            if (LegalPeriod.TryFromUnit(count, unit, out LegalPeriod period))
            {
                Assert.Equal(count, period.Count);
                Assert.InRange(period.Count, 1, LegalPeriod.MaxParameterCount);
                string[] parts = period.ToString().Split(' ');
                Assert.True(LegalPeriod.TryFromUnit(period.Count, parts[1], out LegalPeriod again));
                Assert.Equal(period, again);
            }
        });

        Gen.Select(Gen.Int[1, LegalPeriod.MaxParameterCount], Gen.OneOf(PeriodUnit.Days, PeriodUnit.WorkingDays, PeriodUnit.Months, PeriodUnit.Years)).Sample((count, unit) =>
        {
            var period = new LegalPeriod(count, unit);
            string[] parts = period.ToString().Split(' ');

            Assert.True(LegalPeriod.TryFromUnit(count, parts[1], out LegalPeriod read));
            Assert.Equal(period, read);
        });
    }
}
