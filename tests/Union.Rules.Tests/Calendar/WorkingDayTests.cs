using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

public class WorkingDayTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static LegalDeadline Deadline(LocalDate eventDate, LegalPeriod period, bool weekendMovesEnd = true, HolidayCalendar? calendar = null)
    {
        DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, period, calendar ?? HolidayCalendar.Embedded, weekendMovesEnd);
        Assert.True(result.IsSuccess, result.Error);
        return result.Deadline;
    }

    [Theory]
    [InlineData("2026-02-14", true)] // Saturday worked before 春节 (国办发明电〔2025〕7号)
    [InlineData("2026-02-28", true)] // Saturday worked after 春节
    [InlineData("2025-09-28", true)] // Sunday worked before 国庆节、中秋节
    [InlineData("2025-10-11", true)] // Saturday worked after it
    [InlineData("2026-02-17", false)] // 春节, a statutory day
    [InlineData("2026-02-20", false)] // Friday inside 春节 that is not a statutory day: a shifted rest day, not worked
    [InlineData("2026-02-23", false)] // Monday, the last shifted rest day of 春节
    [InlineData("2026-02-24", true)] // Tuesday, back at work
    [InlineData("2026-03-07", false)] // a plain Saturday
    [InlineData("2026-03-06", true)] // a plain Friday
    [InlineData("2025-01-01", false)] // 元旦
    public void Working_days_are_weekdays_outside_the_days_off_and_the_swapped_weekend_days(string date, bool expected)
    {
        LocalDate day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Assert.True(HolidayCalendar.Embedded.TryIsWorkingDay(day, out bool working));
        Assert.Equal(expected, working);
        Assert.Equal(expected, HolidayCalendar.Embedded.IsWorkingDay(day));
        Assert.True(HolidayCalendar.Embedded.TryGetYear(day.Year, out HolidayYear? year));
        Assert.Equal(expected, year.IsWorkingDay(day));
    }

    [Fact]
    public void A_shifted_rest_day_is_neither_a_statutory_day_nor_a_working_day()
    {
        Assert.False(HolidayCalendar.Embedded.IsStatutoryHoliday(D(2026, 2, 23)));
        Assert.Equal(false, HolidayCalendar.Embedded.IsWorkingDay(D(2026, 2, 23)));
    }

    [Fact]
    public void Whether_a_day_is_worked_is_unknown_in_a_year_without_data()
    {
        Assert.Null(HolidayCalendar.Embedded.IsWorkingDay(D(2027, 3, 1)));
        Assert.False(HolidayCalendar.Embedded.TryIsWorkingDay(D(2024, 6, 3), out bool working));
        Assert.False(working);
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayCalendar.Embedded.HolidayYears[0].IsWorkingDay(D(2026, 3, 2)));
    }

    [Fact]
    public void Ten_working_days_from_before_National_Day_2025_count_both_swapped_days_and_skip_the_holiday()
    {
        LegalDeadline deadline = Deadline(D(2025, 9, 26), LegalPeriod.WorkingDays(10));

        // 09-28 (Sun, worked) 1, 09-29 2, 09-30 3, 10-01..10-08 off, 10-09 4, 10-10 5, 10-11 (Sat, worked) 6, 10-13..10-16 7-10.
        Assert.Equal(D(2025, 10, 16), deadline.End);
        Assert.Equal(deadline.End, deadline.NominalEnd);
        Assert.False(deadline.Moved);
        Assert.Equal(DeadlineMoveReason.None, deadline.Reason);
        Assert.Null(deadline.Holiday);
        Assert.True(deadline.InWorkingDays);
        Assert.Equal(LegalPeriod.WorkingDays(10), deadline.Counted);
        Assert.Equal(Period.FromDays(20), deadline.Length);
        Assert.Equal([D(2025, 9, 28), D(2025, 10, 11)], deadline.SwappedWorkingDaysCounted);
        Assert.Equal(["国庆节、中秋节"], deadline.HolidaysSkipped.Select(h => h.Name));
        Assert.Equal(10, deadline.RestDaysSkipped); // 09-27, 10-01..10-08, 10-12
        Assert.Equal("2025-09-26 + 10 workingDays: 2025-10-16 (not counted: 国庆节、中秋节; swapped working days counted: 2025-09-28, 2025-10-11)", deadline.ToString());

        // Ten calendar days from the same day end on 10-06, inside the holiday, and move to 10-09.
        Assert.Equal(D(2025, 10, 9), Deadline(D(2025, 9, 26), LegalPeriod.Days(10)).End);
    }

    [Fact]
    public void Ten_working_days_from_the_last_day_before_National_Day_2025()
    {
        LegalDeadline deadline = Deadline(D(2025, 9, 30), LegalPeriod.WorkingDays(10));

        // 10-09 1, 10-10 2, 10-11 (Sat, worked) 3, 10-13..10-17 4-8, 10-20 9, 10-21 10.
        Assert.Equal(D(2025, 10, 21), deadline.End);
        Assert.Equal([D(2025, 10, 11)], deadline.SwappedWorkingDaysCounted);
    }

    [Fact]
    public void Ten_working_days_from_before_the_Spring_Festival_2026()
    {
        LegalDeadline deadline = Deadline(D(2026, 2, 11), LegalPeriod.WorkingDays(10));

        // 02-12 1, 02-13 2, 02-14 (Sat, worked) 3, 02-15..02-23 off, 02-24..02-27 4-7, 02-28 (Sat, worked) 8, 03-02 9, 03-03 10.
        Assert.Equal(D(2026, 3, 3), deadline.End);
        Assert.Equal([D(2026, 2, 14), D(2026, 2, 28)], deadline.SwappedWorkingDaysCounted);
        Assert.Equal(["春节"], deadline.HolidaysSkipped.Select(h => h.Name));
        Assert.Equal(10, deadline.RestDaysSkipped);

        Assert.Equal(D(2026, 3, 2), Deadline(D(2026, 2, 11), LegalPeriod.WorkingDays(9)).End);
        Assert.Equal(D(2026, 3, 4), Deadline(D(2026, 2, 11), LegalPeriod.WorkingDays(11)).End);
    }

    [Theory]
    [InlineData("2025-09-26", 6, "2025-10-11")]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    [InlineData("2026-02-11", 3, "2026-02-14")]
    [InlineData("2026-02-24", 4, "2026-02-28")]
    public void A_period_can_end_on_a_swapped_working_Saturday(string eventDate, int count, string expected)
    {
        LocalDate start = NodaTime.Text.LocalDatePattern.Iso.Parse(eventDate).Value;
        LocalDate end = NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value;

        foreach (bool weekendMovesEnd in new[] { true, false })
        {
            LegalDeadline deadline = Deadline(start, LegalPeriod.WorkingDays(count), weekendMovesEnd);

            Assert.Equal(end, deadline.End);
            Assert.Equal(IsoDayOfWeek.Saturday, deadline.End.DayOfWeek);
            Assert.Equal(weekendMovesEnd, deadline.WeekendMovesEnd);
            Assert.False(deadline.Moved);
        }
    }

    [Theory]
    [InlineData("2026-10-01", 1, "2026-10-08")]
    [InlineData("2026-10-03", 5, "2026-10-13")] // 10-08, 10-09, 10-10 (Sat, worked), 10-12, 10-13
    [InlineData("2026-02-23", 1, "2026-02-24")]
    [InlineData("2025-01-01", 1, "2025-01-02")]
    [InlineData("2024-12-31", 1, "2025-01-02")] // the event's day is not examined: no data for 2024 is needed
    public void A_start_day_on_a_holiday_is_excluded_anyway(string eventDate, int count, string expected)
    {
        LocalDate start = NodaTime.Text.LocalDatePattern.Iso.Parse(eventDate).Value;

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, Deadline(start, LegalPeriod.WorkingDays(count)).End);
    }

    [Fact]
    public void One_working_day_from_a_Friday_ends_on_Monday()
    {
        LegalDeadline deadline = Deadline(D(2026, 3, 6), LegalPeriod.WorkingDays(1));

        Assert.Equal(D(2026, 3, 9), deadline.End);
        Assert.Equal(2, deadline.RestDaysSkipped);
        Assert.Empty(deadline.HolidaysSkipped);
        Assert.Empty(deadline.SwappedWorkingDaysCounted);
        Assert.Equal("2026-03-06 + 1 workingDays: 2026-03-09", deadline.ToString());
    }

    [Fact]
    public void One_working_day_from_a_Thursday_ends_on_Friday()
    {
        Assert.Equal(D(2026, 3, 6), Deadline(D(2026, 3, 5), LegalPeriod.WorkingDays(1)).End);
    }

    [Theory]
    [InlineData(4, "2026-03-13")]
    [InlineData(5, "2026-03-16")]
    [InlineData(6, "2026-03-17")]
    public void Five_working_days_from_a_Monday_of_an_ordinary_week_end_on_the_next_Monday(int count, string expected)
    {
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, Deadline(D(2026, 3, 9), LegalPeriod.WorkingDays(count)).End);
    }

    [Fact]
    public void A_year_without_data_on_the_way_is_an_error_naming_the_year()
    {
        // 12-21..12-25 and 12-28..12-31 are 9 working days; the 10th would be in 2027.
        Assert.Equal(D(2026, 12, 31), Deadline(D(2026, 12, 20), LegalPeriod.WorkingDays(9)).End);

        DeadlineResult result = LegalPeriods.DeadlineAfter(D(2026, 12, 20), LegalPeriod.WorkingDays(10), HolidayCalendar.Embedded);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Deadline);
        Assert.Equal(2027, result.MissingYear);
        Assert.Contains("2027", result.Error, StringComparison.Ordinal);
        Assert.Contains("10 workingDays", result.Error, StringComparison.Ordinal);
        Assert.Contains("2027-01-01", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_without_data_before_the_first_held_year_is_an_error_as_well()
    {
        DeadlineResult result = LegalPeriods.DeadlineAfter(D(2024, 12, 20), LegalPeriod.WorkingDays(3), HolidayCalendar.Embedded);

        Assert.False(result.IsSuccess);
        Assert.Equal(2024, result.MissingYear);
    }

    [Fact]
    public void Counting_past_the_calendars_last_year_or_the_last_date_is_an_error_not_an_exception()
    {
        HolidayCalendar calendar = HolidayCalendar.Create([HolidayYear.Create(9998, "test data: weekends only", [], [], [])]);

        DeadlineResult pastLastYear = LegalPeriods.DeadlineAfter(new LocalDate(9998, 12, 28), LegalPeriod.WorkingDays(10), calendar);
        Assert.False(pastLastYear.IsSuccess);
        Assert.Equal(9999, pastLastYear.MissingYear);

        // Monday 9998-12-28: the 29th, 30th and 31st are the last working days held; the 4th would be in 9999.
        Assert.Equal(new LocalDate(9998, 12, 31), LegalPeriods.DeadlineAfter(new LocalDate(9998, 12, 28), LegalPeriod.WorkingDays(3), calendar).Deadline?.End);
        Assert.Equal(9999, LegalPeriods.DeadlineAfter(new LocalDate(9998, 12, 28), LegalPeriod.WorkingDays(4), calendar).MissingYear);

        DeadlineResult pastLastDate = LegalPeriods.DeadlineAfter(LocalDate.MaxIsoValue, LegalPeriod.WorkingDays(1), calendar);
        Assert.False(pastLastDate.IsSuccess);
        Assert.Null(pastLastDate.MissingYear);
        Assert.Contains("outside the range", pastLastDate.Error, StringComparison.Ordinal);

        DeadlineResult huge = LegalPeriods.DeadlineAfter(new LocalDate(9998, 1, 1), LegalPeriod.WorkingDays(int.MaxValue), calendar);
        Assert.False(huge.IsSuccess);
        Assert.Equal(9999, huge.MissingYear);

        Assert.False(LegalPeriods.DeadlineAfter(LocalDate.MaxIsoValue, LegalPeriod.Days(1), calendar).IsSuccess);
        Assert.False(LegalPeriods.DeadlineAfter(new LocalDate(9998, 1, 1), LegalPeriod.Years(int.MaxValue), calendar).IsSuccess);
    }

    [Theory]
    [InlineData("2026-09-23", "P10D", 10, PeriodUnit.Days)]
    [InlineData("2026-03-04", "P10D", 10, PeriodUnit.Days)]
    [InlineData("2026-01-31", "P1M", 1, PeriodUnit.Months)]
    [InlineData("2025-12-22", "P10D", 10, PeriodUnit.Days)]
    [InlineData("2025-06-30", "P1Y", 1, PeriodUnit.Years)]
    public void Days_months_and_years_count_exactly_as_the_calendar_period_does(string eventDate, string length, int count, PeriodUnit unit)
    {
        LocalDate start = NodaTime.Text.LocalDatePattern.Iso.Parse(eventDate).Value;
        Period period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(length).Value;

        foreach (bool weekendMovesEnd in new[] { true, false })
        {
            LegalDeadline byPeriod = Deadline(start, period, weekendMovesEnd);
            LegalDeadline byUnit = Deadline(start, new LegalPeriod(count, unit), weekendMovesEnd);

            Assert.Equal(byPeriod, byUnit);
            Assert.Equal(new LegalPeriod(count, unit), byUnit.Counted);
            Assert.False(byUnit.InWorkingDays);
            Assert.Empty(byUnit.HolidaysSkipped);
            Assert.Equal(0, byUnit.RestDaysSkipped);
            Assert.Equal(byPeriod.ToString(), byUnit.ToString());
        }
    }

    [Fact]
    public void A_calendar_period_records_its_single_unit_or_none_when_it_mixes_units()
    {
        Assert.Equal(LegalPeriod.Days(14), Deadline(D(2026, 3, 2), Period.FromWeeks(2)).Counted);
        Assert.Null(Deadline(D(2026, 3, 2), Period.FromMonths(1) + Period.FromDays(10)).Counted);
    }

    [Fact]
    public void A_period_that_is_not_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriods.DeadlineAfter(D(2026, 3, 2), default(LegalPeriod), HolidayCalendar.Embedded));
        Assert.Throws<ArgumentNullException>(() => LegalPeriods.DeadlineAfter(D(2026, 3, 2), LegalPeriod.WorkingDays(1), null!));
    }

    private static LegalDeadline Deadline(LocalDate eventDate, Period length, bool weekendMovesEnd = true)
    {
        DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, length, HolidayCalendar.Embedded, weekendMovesEnd);
        Assert.True(result.IsSuccess, result.Error);
        return result.Deadline;
    }
}
