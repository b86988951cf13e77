using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

/// <summary>
/// A last day that moves more than once (民法典 第二百零三条): past a holiday, a weekend and another holiday, across the new
/// year. The deadline names the first reason and the first holiday it moved past, with that holiday's notice.
/// </summary>
public sealed class DeadlineMoveTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>
    /// A fictitious end of 2030: 测试假日 Thursday 12-26 and Friday 12-27, a plain weekend, 元旦 Monday 12-30 and Tuesday 12-31
    /// (the 2030 notice), and 元旦 Wednesday 2031-01-01 (the 2031 notice).
    /// </summary>
    private static readonly HolidayCalendar NewYear = HolidayCalendar.Create(
    [
        HolidayYear.Create(
            2030,
            "notice for 2030 (test data)",
            [HolidayRange.Create(D(2030, 12, 26), D(2030, 12, 27), "测试假日"), HolidayRange.Create(D(2030, 12, 30), D(2030, 12, 31), "元旦")],
            [],
            []),
        HolidayYear.Create(2031, "notice for 2031 (test data)", [HolidayRange.Create(D(2031, 1, 1), D(2031, 1, 1), "元旦")], [], [D(2031, 1, 1)]),
    ]);

    [Fact]
    public void A_last_day_moved_past_two_holidays_and_a_weekend_names_the_first_holiday_and_its_notice()
    {
        // 2030-12-16 + 10 days = Thursday 12-26.
        LegalDeadline d = LegalPeriods.DeadlineAfter(D(2030, 12, 16), LegalPeriod.Days(10), NewYear).Deadline!;

        Assert.Equal(D(2030, 12, 26), d.NominalEnd);
        Assert.Equal(D(2031, 1, 2), d.End);
        Assert.Equal(DeadlineMoveReason.Holiday, d.Reason);
        Assert.Equal("测试假日", d.Holiday!.Name);
        Assert.Equal(D(2030, 12, 26), d.Holiday.From);
        Assert.Equal("notice for 2030 (test data)", d.HolidaySource);
        Assert.Equal(7, d.DaysMoved);
        Assert.Equal("2030-12-16 + P10D: 2030-12-26 → 2031-01-02 (测试假日)", d.ToString());
    }

    [Fact]
    public void Without_the_weekend_convention_the_same_last_day_stops_on_the_plain_Saturday()
    {
        LegalDeadline d = LegalPeriods.DeadlineAfter(D(2030, 12, 16), LegalPeriod.Days(10), NewYear, weekendMovesEnd: false).Deadline!;

        Assert.Equal(D(2030, 12, 28), d.End);
        Assert.Equal(DeadlineMoveReason.Holiday, d.Reason);
        Assert.Equal("测试假日", d.Holiday!.Name);
    }

    [Fact]
    public void A_last_day_on_a_weekend_before_a_holiday_keeps_the_weekend_as_its_reason_and_names_the_holiday_it_then_moved_past()
    {
        // 2030-12-18 + 10 days = Saturday 12-28: the weekend, then 元旦 of the 2030 notice, then 元旦 of the 2031 notice.
        LegalDeadline d = LegalPeriods.DeadlineAfter(D(2030, 12, 18), LegalPeriod.Days(10), NewYear).Deadline!;

        Assert.Equal(D(2031, 1, 2), d.End);
        Assert.Equal(DeadlineMoveReason.Weekend, d.Reason);
        Assert.Equal(D(2030, 12, 30), d.Holiday!.From);
        Assert.Equal("notice for 2030 (test data)", d.HolidaySource);
        Assert.Equal("2030-12-18 + P10D: 2030-12-28 → 2031-01-02 (weekend)", d.ToString());
    }

    [Fact]
    public void A_last_day_on_the_holiday_of_the_next_years_notice_names_that_notice()
    {
        // 2030-12-22 + 10 days = 2031-01-01.
        LegalDeadline d = LegalPeriods.DeadlineAfter(D(2030, 12, 22), LegalPeriod.Days(10), NewYear).Deadline!;

        Assert.Equal(D(2031, 1, 2), d.End);
        Assert.Equal("notice for 2031 (test data)", d.HolidaySource);
        Assert.Equal(1, d.DaysMoved);
    }

    [Fact]
    public void A_window_of_days_ending_on_the_last_date_supported_opens_without_passing_it()
    {
        Assert.Equal(LocalDate.MaxIsoValue, LegalPeriods.WindowOpens(LocalDate.MaxIsoValue, LegalPeriod.Days(1)));
        Assert.Equal(LocalDate.MaxIsoValue.PlusDays(-59), LegalPeriods.WindowOpens(LocalDate.MaxIsoValue, LegalPeriod.Days(60), HolidayCalendar.Embedded).Window!.Opens);
    }

    [Fact]
    public void A_window_reaching_before_the_first_date_supported_fails_naming_the_window()
    {
        LocalDate end = LocalDate.MinIsoValue.PlusDays(5);

        WindowResult days = LegalPeriods.WindowOpens(end, LegalPeriod.Days(10), HolidayCalendar.Embedded);
        Assert.False(days.IsSuccess);
        Assert.Null(days.MissingYear);
        Assert.Null(days.Window);
        Assert.Equal($"The first day of the window of 10 days ending on {HolidayDocumentChecks.Iso(end)} is outside the range of dates supported.", days.Error);
        Assert.Equal(days.Error, days.ToString());

        WindowResult months = LegalPeriods.WindowOpens(end, LegalPeriod.Months(1), HolidayCalendar.Embedded);
        Assert.False(months.IsSuccess);
        Assert.Contains("1 months", months.Error, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriods.WindowOpens(end, LegalPeriod.Days(10)));
        Assert.Equal(LocalDate.MinIsoValue, LegalPeriods.WindowOpens(end, LegalPeriod.Days(6)));
    }

    [Fact]
    public void The_errors_of_a_deadline_name_the_event_the_length_and_the_year_or_the_range()
    {
        DeadlineResult outOfRange = LegalPeriods.DeadlineAfter(LocalDate.MaxIsoValue.PlusDays(-3), LegalPeriod.Years(1), HolidayCalendar.Embedded);
        Assert.Equal("The last day of the period 9999-12-28 + P1Y is outside the range of dates supported.", outOfRange.Error);

        DeadlineResult missing = LegalPeriods.DeadlineAfter(D(2026, 12, 25), LegalPeriod.Days(10), HolidayCalendar.Embedded);
        Assert.StartsWith(
            "The last day of the period 2026-12-25 + P10D cannot be fixed without the holiday arrangement for 2027 (the day examined is 2027-01-04). No holiday arrangement is loaded for 2027",
            missing.Error,
            StringComparison.Ordinal);

        DeadlineResult working = LegalPeriods.DeadlineAfter(D(2026, 12, 30), LegalPeriod.WorkingDays(3), HolidayCalendar.Embedded);
        Assert.StartsWith(
            "The last day of the period 2026-12-30 + 3 workingDays cannot be fixed without the holiday arrangement for 2027 (the day examined is 2027-01-01).",
            working.Error,
            StringComparison.Ordinal);

        WindowResult window = LegalPeriods.WindowOpens(D(2025, 1, 3), LegalPeriod.WorkingDays(5), HolidayCalendar.Embedded);
        Assert.StartsWith(
            "The first day of the window of 5 workingDays ending on 2025-01-03 cannot be fixed without the holiday arrangement for 2024 (the day examined is 2024-12-31).",
            window.Error,
            StringComparison.Ordinal);
    }
}
