using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

public class WindowOpensTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static LocalDate Iso(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static LegalWindow Window(LocalDate end, LegalPeriod period, HolidayCalendar? calendar = null)
    {
        WindowResult result = LegalPeriods.WindowOpens(end, period, calendar ?? HolidayCalendar.Embedded);
        Assert.True(result.IsSuccess, result.Error);
        return result.Window;
    }

    [Theory]
    [InlineData("2026-12-31", 60, PeriodUnit.Days, "2026-11-02")] // 期满前60日内 (工资集体协商试行办法 第二十四条)
    [InlineData("2026-12-31", 90, PeriodUnit.Days, "2026-10-03")] // 期满前九十日内 (浙江省集体合同条例 第三十条)
    [InlineData("2026-12-31", 3, PeriodUnit.Months, "2026-10-01")] // 期满前3个月内 (集体合同规定 第三十八条)
    [InlineData("2027-02-28", 3, PeriodUnit.Months, "2026-12-01")] // (2027-03-01) − 3 months
    [InlineData("2026-05-30", 3, PeriodUnit.Months, "2026-02-28")] // (2026-05-31) − 3 months: February has no 31st
    [InlineData("2026-06-30", 2, PeriodUnit.Months, "2026-05-01")]
    [InlineData("2028-03-31", 1, PeriodUnit.Months, "2028-03-01")]
    [InlineData("2027-12-31", 1, PeriodUnit.Years, "2027-01-01")]
    [InlineData("2026-03-10", 1, PeriodUnit.Days, "2026-03-10")]
    public void A_window_opens_on_the_day_after_its_end_less_its_length(string end, int count, PeriodUnit unit, string expected)
    {
        var period = new LegalPeriod(count, unit);

        Assert.Equal(Iso(expected), LegalPeriods.WindowOpens(Iso(end), period));
        LegalWindow window = Window(Iso(end), period);
        Assert.Equal(Iso(expected), window.Opens);
        Assert.Equal(Iso(end), window.End);
        Assert.Equal(period, window.Length);
    }

    [Fact]
    public void A_window_of_60_days_holds_60_days_and_not_61()
    {
        LegalWindow window = Window(D(2026, 12, 31), LegalPeriod.Days(60));

        Assert.Equal(60, window.Dates.Length);
        Assert.True(window.Contains(D(2026, 11, 2)));
        Assert.False(window.Contains(D(2026, 11, 1)));
        Assert.True(window.Contains(D(2026, 12, 31)));
        Assert.False(window.Contains(D(2027, 1, 1)));
        Assert.Equal("2026-11-02..2026-12-31 (60 days)", window.ToString());
    }

    [Fact]
    public void A_window_does_not_move_for_holidays()
    {
        // 2026-10-01 opens a 3-month window ending 2026-12-31; it is a day off of 国庆节 and stays where it is.
        Assert.Equal(D(2026, 10, 1), Window(D(2026, 12, 31), LegalPeriod.Months(3)).Opens);
    }

    [Fact]
    public void Ten_working_days_before_a_Friday_after_National_Day_2026_reach_back_to_the_swapped_Sunday()
    {
        // 10-09 1, 10-08 2, 10-01..10-07 off, 09-30..09-28 3-5, 09-25..09-27 off (中秋节), 09-24..09-21 6-9, 09-20 (Sun, worked) 10;
        // 09-19 is a plain Saturday, 09-18 a working Friday.
        LegalWindow window = Window(D(2026, 10, 9), LegalPeriod.WorkingDays(10));

        Assert.Equal(D(2026, 9, 19), window.Opens);
        Assert.Equal(IsoDayOfWeek.Saturday, window.Opens.DayOfWeek);
        Assert.Equal(10, window.Dates.Count(d => HolidayCalendar.Embedded.IsWorkingDay(d) == true));
        Assert.Equal(D(2026, 9, 21), Window(D(2026, 10, 9), LegalPeriod.WorkingDays(9)).Opens); // the worked Sunday before it closes the window
        Assert.Equal(D(2026, 9, 18), Window(D(2026, 10, 9), LegalPeriod.WorkingDays(11)).Opens);
    }

    [Fact]
    public void Five_working_days_before_a_Friday_after_National_Day_2025_open_on_the_plain_Saturday_before_the_swapped_Sunday()
    {
        // 10-10 1, 10-09 2, 10-01..10-08 off, 09-30 3, 09-29 4, 09-28 (Sun, worked) 5; 09-27 plain Saturday; 09-26 worked.
        Assert.Equal(D(2025, 9, 27), Window(D(2025, 10, 10), LegalPeriod.WorkingDays(5)).Opens);
    }

    [Fact]
    public void A_window_of_working_days_ending_on_a_rest_day_counts_back_from_the_working_days_before_it()
    {
        // Sunday 2026-03-15: 03-13 .. 03-09 are the 5 working days; 03-07 and 03-08 come before 03-09.
        Assert.Equal(D(2026, 3, 7), Window(D(2026, 3, 15), LegalPeriod.WorkingDays(5)).Opens);
        // One working day: Friday 03-13, the last one before the weekend; Thursday 03-12 would make two.
        Assert.Equal(D(2026, 3, 13), Window(D(2026, 3, 15), LegalPeriod.WorkingDays(1)).Opens);
        Assert.Equal(D(2026, 3, 13), Window(D(2026, 3, 13), LegalPeriod.WorkingDays(1)).Opens);
        Assert.Equal(D(2026, 3, 14), Window(D(2026, 3, 16), LegalPeriod.WorkingDays(1)).Opens);
    }

    [Fact]
    public void A_window_of_working_days_needs_the_calendar()
    {
        Assert.Throws<ArgumentException>(() => LegalPeriods.WindowOpens(D(2026, 12, 31), LegalPeriod.WorkingDays(10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriods.WindowOpens(D(2026, 12, 31), default(LegalPeriod)));
        Assert.Throws<ArgumentNullException>(() => LegalPeriods.WindowOpens(D(2026, 12, 31), LegalPeriod.Days(1), null!));
    }

    [Fact]
    public void A_window_of_working_days_into_a_year_without_data_is_an_error_naming_the_year()
    {
        // 2025-01-06 (Mon) 1, 01-03 (Fri) 2; 01-02 is worked: the window opens on 01-03 without looking at 2024.
        Assert.Equal(D(2025, 1, 3), Window(D(2025, 1, 6), LegalPeriod.WorkingDays(2)).Opens);

        // 01-03 1, 01-02 2, 01-01 off: whether 2024-12-31 is worked decides where the window opens.
        WindowResult twoDays = LegalPeriods.WindowOpens(D(2025, 1, 3), LegalPeriod.WorkingDays(2), HolidayCalendar.Embedded);
        Assert.False(twoDays.IsSuccess);
        Assert.Null(twoDays.Window);
        Assert.Equal(2024, twoDays.MissingYear);
        Assert.Contains("2024", twoDays.Error, StringComparison.Ordinal);

        WindowResult threeDays = LegalPeriods.WindowOpens(D(2025, 1, 3), LegalPeriod.WorkingDays(3), HolidayCalendar.Embedded);
        Assert.Equal(2024, threeDays.MissingYear);

        WindowResult noEndYear = LegalPeriods.WindowOpens(D(2027, 1, 5), LegalPeriod.WorkingDays(1), HolidayCalendar.Embedded);
        Assert.Equal(2027, noEndYear.MissingYear);
    }

    [Fact]
    public void A_window_before_the_first_date_supported_is_an_error_not_an_exception()
    {
        Assert.Equal(LocalDate.MinIsoValue, Window(LocalDate.MinIsoValue, LegalPeriod.Days(1)).Opens);
        Assert.False(LegalPeriods.WindowOpens(LocalDate.MinIsoValue, LegalPeriod.Days(2), HolidayCalendar.Empty).IsSuccess);
        Assert.Equal(LocalDate.MaxIsoValue.PlusDays(-1), Window(LocalDate.MaxIsoValue, LegalPeriod.Days(2), HolidayCalendar.Empty).Opens);
        Assert.False(LegalPeriods.WindowOpens(LocalDate.MaxIsoValue, LegalPeriod.Months(1), HolidayCalendar.Empty).IsSuccess);
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriods.WindowOpens(LocalDate.MinIsoValue, LegalPeriod.Months(1)));

        HolidayCalendar first = HolidayCalendar.Create([HolidayYear.Create(1, "test data: weekends only", [], [], [])]);
        WindowResult beforeYearOne = LegalPeriods.WindowOpens(new LocalDate(1, 1, 5), LegalPeriod.WorkingDays(10), first);
        Assert.False(beforeYearOne.IsSuccess);
        Assert.Equal(0, beforeYearOne.MissingYear);
    }
}
