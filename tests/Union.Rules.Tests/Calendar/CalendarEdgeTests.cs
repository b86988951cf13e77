using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

/// <summary>
/// The calendar's edges, each exactly on the line and one past it (民法典 第二百零一条 to 第二百零三条).
/// </summary>
public sealed class CalendarEdgeTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2028-02-29", "P1Y", "2029-02-28")]   // no 29 February in 2029: the month's last day ends the term (第二百零二条)
    [InlineData("2028-02-29", "P4Y", "2032-02-28")]   // 2032-02-29 exists: the term ends the day before it
    [InlineData("2028-02-29", "P1Y1D", "2029-03-01")]
    [InlineData("2028-02-28", "P1Y", "2029-02-27")]
    [InlineData("2026-03-31", "P1Y1M", "2027-04-30")]
    [InlineData("2026-03-31", "P1M2D", "2026-05-02")]
    [InlineData("2026-03-01", "P2W3D", "2026-03-17")]
    public void A_term_from_a_day_without_a_corresponding_day_ends_on_the_month_end(string first, string length, string expected)
    {
        LocalDate firstDay = NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value;
        Period period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(length).Value;
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, LegalPeriods.TermEnd(firstDay, period));
    }

    [Fact]
    public void A_last_day_on_a_plain_Saturday_moves_to_Monday_only_under_the_weekend_convention()
    {
        // 2026-03-07 is a Saturday, 2026-03-09 a Monday; 10 days from Wednesday 2026-02-25.
        DeadlineResult moved = LegalPeriods.DeadlineAfter(D(2026, 2, 25), LegalPeriod.Days(10), HolidayCalendar.Embedded);
        Assert.True(moved.IsSuccess);
        Assert.Equal(D(2026, 3, 7), moved.Deadline!.NominalEnd);
        Assert.Equal(D(2026, 3, 9), moved.Deadline.End);
        Assert.Equal(DeadlineMoveReason.Weekend, moved.Deadline.Reason);
        Assert.Null(moved.Deadline.Holiday);
        Assert.Null(moved.Deadline.HolidaySource);
        Assert.Equal(2, moved.Deadline.DaysMoved);

        DeadlineResult stays = LegalPeriods.DeadlineAfter(D(2026, 2, 25), LegalPeriod.Days(10), HolidayCalendar.Embedded, weekendMovesEnd: false);
        Assert.Equal(D(2026, 3, 7), stays.Deadline!.End);
        Assert.Equal(DeadlineMoveReason.None, stays.Deadline.Reason);
        Assert.False(stays.Deadline.Moved);
    }

    [Fact]
    public void A_last_day_in_a_holiday_keeps_the_holiday_as_its_reason_even_when_a_weekend_follows()
    {
        // 劳动节 2026: 05-01 to 05-05; the day after is Wednesday 05-06. 2026-04-21 + 10 days = 05-01.
        LegalDeadline d = LegalPeriods.DeadlineAfter(D(2026, 4, 21), LegalPeriod.Days(10), HolidayCalendar.Embedded).Deadline!;
        Assert.Equal(D(2026, 5, 1), d.NominalEnd);
        Assert.Equal(DeadlineMoveReason.Holiday, d.Reason);
        Assert.Equal("劳动节", d.Holiday!.Name);
        Assert.True(d.End > d.Holiday.To);
        Assert.Equal(d.Holiday.To.PlusDays(1), d.End);
    }

    [Fact]
    public void A_period_that_needs_a_year_without_holiday_data_fails_naming_the_year()
    {
        DeadlineResult result = LegalPeriods.DeadlineAfter(D(2026, 12, 25), LegalPeriod.Days(10), HolidayCalendar.Embedded);
        Assert.False(result.IsSuccess);
        Assert.Equal(2027, result.MissingYear);
        Assert.Contains("2027", result.Error, StringComparison.Ordinal);
        Assert.Contains("2026-12-25", result.Error, StringComparison.Ordinal);
        Assert.Equal(result.Error, result.ToString());

        DeadlineResult working = LegalPeriods.DeadlineAfter(D(2026, 12, 25), LegalPeriod.WorkingDays(10), HolidayCalendar.Embedded);
        Assert.False(working.IsSuccess);
        Assert.Equal(2027, working.MissingYear);
        Assert.Contains("2027-01-01", working.Error, StringComparison.Ordinal);   // the first day examined in 2027

        Assert.False(LegalPeriods.TryDeadlineAfter(D(2026, 12, 25), Period.FromDays(10), HolidayCalendar.Embedded, true, out LegalDeadline? none, out string? error));
        Assert.Null(none);
        Assert.Equal(result.Error, error);
        Assert.True(LegalPeriods.TryDeadlineAfter(D(2026, 2, 25), Period.FromDays(10), HolidayCalendar.Embedded, true, out LegalDeadline? some, out string? noError));
        Assert.Equal(D(2026, 3, 9), some!.End);
        Assert.Null(noError);
    }

    [Fact]
    public void A_period_past_the_last_supported_date_fails_without_throwing()
    {
        DeadlineResult result = LegalPeriods.DeadlineAfter(LocalDate.MaxIsoValue.PlusDays(-3), LegalPeriod.Years(1), HolidayCalendar.Embedded);
        Assert.False(result.IsSuccess);
        Assert.Null(result.MissingYear);
        Assert.Contains("outside the range of dates supported", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-31", 60, "Days", "2026-11-02")]       // 60 days ending on the last day, both included
    [InlineData("2026-12-31", 1, "Days", "2026-12-31")]
    [InlineData("2026-06-30", 3, "Months", "2026-04-01")]     // 集体合同期满前3个月内
    [InlineData("2026-05-31", 1, "Years", "2025-06-01")]
    public void A_window_that_closes_on_a_day_opens_its_length_before(string end, int count, string unit, string opens)
    {
        LocalDate e = NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value;
        var period = new LegalPeriod(count, Enum.Parse<PeriodUnit>(unit));
        LocalDate expected = NodaTime.Text.LocalDatePattern.Iso.Parse(opens).Value;
        Assert.Equal(expected, LegalPeriods.WindowOpens(e, period));
        WindowResult result = LegalPeriods.WindowOpens(e, period, HolidayCalendar.Embedded);
        Assert.Equal(expected, result.Window!.Opens);
        Assert.Equal(e, result.Window.End);
        Assert.True(result.Window.Contains(expected));
        Assert.False(result.Window.Contains(expected.PlusDays(-1)));
        Assert.True(result.Window.Contains(e));
        Assert.False(result.Window.Contains(e.PlusDays(1)));
    }

    [Fact]
    public void A_window_of_working_days_counts_back_over_holidays_and_swapped_days_and_opens_after_the_last_working_day_before_it()
    {
        // 10 working days ending Thursday 2025-10-16: 16, 15, 14, 13, Saturday 11 (swapped), 10, 9, then 国庆节 10-01..08,
        // 30 and 29 September, Sunday 28 (swapped) is the tenth; Saturday 27 is a rest day, Friday 26 a working day.
        WindowResult result = LegalPeriods.WindowOpens(D(2025, 10, 16), LegalPeriod.WorkingDays(10), HolidayCalendar.Embedded);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(D(2025, 9, 27), result.Window!.Opens);
        Assert.Equal(D(2025, 10, 16), LegalPeriods.DeadlineAfter(D(2025, 9, 26), LegalPeriod.WorkingDays(10), HolidayCalendar.Embedded).Deadline!.End);

        WindowResult one = LegalPeriods.WindowOpens(D(2025, 10, 9), LegalPeriod.WorkingDays(1), HolidayCalendar.Embedded);
        Assert.Equal(D(2025, 10, 1), one.Window!.Opens);   // back over the whole holiday to the day after Tuesday 09-30

        WindowResult missing = LegalPeriods.WindowOpens(D(2025, 1, 3), LegalPeriod.WorkingDays(5), HolidayCalendar.Embedded);
        Assert.False(missing.IsSuccess);
        Assert.Equal(2024, missing.MissingYear);
        Assert.Contains("2024", missing.Error, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LegalPeriods.WindowOpens(D(2025, 10, 16), LegalPeriod.WorkingDays(10)));
    }

    [Fact]
    public void Working_days_after_an_event_record_the_holidays_skipped_and_the_swapped_days_counted()
    {
        LegalDeadline d = LegalPeriods.DeadlineAfter(D(2025, 9, 26), LegalPeriod.WorkingDays(10), HolidayCalendar.Embedded).Deadline!;
        Assert.True(d.InWorkingDays);
        Assert.Equal([D(2025, 9, 28), D(2025, 10, 11)], d.SwappedWorkingDaysCounted);
        HolidayRange skipped = Assert.Single(d.HolidaysSkipped);
        Assert.Equal(D(2025, 10, 1), skipped.From);
        Assert.Equal(LegalPeriod.WorkingDays(10), d.Counted);
    }
}
