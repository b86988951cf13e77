using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

public class LegalPeriodsTests
{
    /// <summary>A fictitious year whose holiday (Wednesday 1 May to Friday 3 May 2030) is followed by a plain weekend.</summary>
    private static readonly HolidayYear Test2030 = HolidayYear.Create(
        2030,
        "test data, not a State Council notice",
        [HolidayRange.Create(new LocalDate(2030, 5, 1), new LocalDate(2030, 5, 3), "测试假日")],
        [],
        [new LocalDate(2030, 5, 1)]);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static LegalDeadline Deadline(LocalDate eventDate, Period length, bool weekendMovesEnd = true, HolidayCalendar? calendar = null)
    {
        DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, length, calendar ?? HolidayCalendar.Embedded, weekendMovesEnd);
        Assert.True(result.IsSuccess, result.Error);
        return result.Deadline;
    }

    [Fact]
    public void One_month_from_31_January_ends_on_the_last_day_of_February()
    {
        LegalDeadline deadline = Deadline(D(2026, 1, 31), Period.FromMonths(1));

        Assert.Equal(D(2026, 2, 28), deadline.NominalEnd);
        Assert.Equal(D(2026, 2, 28), deadline.End);
        Assert.False(deadline.Moved);
        Assert.Equal(DeadlineMoveReason.None, deadline.Reason);
    }

    [Fact]
    public void One_month_from_31_January_of_a_leap_year_ends_on_29_February()
    {
        Assert.Equal(D(2028, 2, 29), LegalPeriods.NominalEnd(D(2028, 1, 31), Period.FromMonths(1)));
        Assert.Equal(D(2028, 2, 29), LegalPeriods.NominalEnd(D(2027, 2, 28), Period.FromYears(1) + Period.FromDays(1)));
    }

    [Fact]
    public void A_last_day_inside_the_National_Day_holiday_moves_to_the_day_after_it_ends()
    {
        LegalDeadline deadline = Deadline(D(2026, 9, 23), Period.FromDays(10));

        Assert.Equal(D(2026, 10, 3), deadline.NominalEnd);
        Assert.Equal(D(2026, 10, 8), deadline.End);
        Assert.True(deadline.Moved);
        Assert.Equal(5, deadline.DaysMoved);
        Assert.Equal(DeadlineMoveReason.Holiday, deadline.Reason);
        Assert.Equal("国庆节", deadline.Holiday?.Name);
        Assert.StartsWith("国办发明电〔2025〕7号", deadline.HolidaySource, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_moves_the_last_day_even_without_the_weekend_convention()
    {
        LegalDeadline deadline = Deadline(D(2026, 9, 23), Period.FromDays(10), weekendMovesEnd: false);

        Assert.Equal(D(2026, 10, 8), deadline.End);
        Assert.False(deadline.WeekendMovesEnd);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_last_day_on_a_swapped_working_Saturday_does_not_move(bool weekendMovesEnd)
    {
        LegalDeadline deadline = Deadline(D(2026, 9, 30), Period.FromDays(10), weekendMovesEnd);

        Assert.Equal(D(2026, 10, 10), deadline.NominalEnd);
        Assert.Equal(IsoDayOfWeek.Saturday, deadline.End.DayOfWeek);
        Assert.Equal(D(2026, 10, 10), deadline.End);
        Assert.False(deadline.Moved);
    }

    [Fact]
    public void A_holiday_followed_by_a_swapped_working_Sunday_ends_on_that_Sunday()
    {
        LegalDeadline deadline = Deadline(D(2025, 12, 22), Period.FromDays(10));

        Assert.Equal(D(2026, 1, 1), deadline.NominalEnd);
        Assert.Equal(D(2026, 1, 4), deadline.End);
        Assert.Equal("元旦", deadline.Holiday?.Name);
    }

    [Fact]
    public void A_plain_Saturday_moves_to_Monday_only_under_the_weekend_convention()
    {
        LegalDeadline moved = Deadline(D(2026, 3, 4), Period.FromDays(10), weekendMovesEnd: true);
        LegalDeadline kept = Deadline(D(2026, 3, 4), Period.FromDays(10), weekendMovesEnd: false);

        Assert.Equal(D(2026, 3, 14), moved.NominalEnd);
        Assert.Equal(D(2026, 3, 16), moved.End);
        Assert.Equal(DeadlineMoveReason.Weekend, moved.Reason);
        Assert.Null(moved.Holiday);
        Assert.Equal(D(2026, 3, 14), kept.End);
        Assert.False(kept.Moved);
        Assert.Equal(DeadlineMoveReason.None, kept.Reason);
    }

    [Fact]
    public void A_holiday_ending_before_a_plain_weekend_moves_past_the_weekend_only_under_the_weekend_convention()
    {
        HolidayCalendar calendar = HolidayCalendar.Empty.With([Test2030]);

        LegalDeadline moved = Deadline(D(2030, 4, 21), Period.FromDays(10), weekendMovesEnd: true, calendar);
        LegalDeadline kept = Deadline(D(2030, 4, 21), Period.FromDays(10), weekendMovesEnd: false, calendar);

        Assert.Equal(D(2030, 5, 1), moved.NominalEnd);
        Assert.Equal(D(2030, 5, 6), moved.End);
        Assert.Equal(DeadlineMoveReason.Holiday, moved.Reason);
        Assert.Equal(D(2030, 5, 4), kept.End);
        Assert.Equal(IsoDayOfWeek.Saturday, kept.End.DayOfWeek);
        Assert.Equal(DeadlineMoveReason.Holiday, kept.Reason);
    }

    [Fact]
    public void A_year_without_data_gives_an_error_naming_the_year()
    {
        DeadlineResult result = LegalPeriods.DeadlineAfter(D(2026, 12, 25), Period.FromDays(10), HolidayCalendar.Embedded);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Deadline);
        Assert.Equal(2027, result.MissingYear);
        Assert.Contains("2027", result.Error, StringComparison.Ordinal);

        Assert.False(LegalPeriods.TryDeadlineAfter(D(2024, 3, 1), Period.FromDays(10), HolidayCalendar.Embedded, true, out LegalDeadline? deadline, out string? error));
        Assert.Null(deadline);
        Assert.Contains("2024", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_into_a_year_without_data_is_an_error_not_a_guess()
    {
        HolidayYear dec2030 = HolidayYear.Create(2030, "test data", [HolidayRange.Create(D(2030, 12, 30), D(2030, 12, 31), "测试假日")], [], []);

        DeadlineResult result = LegalPeriods.DeadlineAfter(D(2030, 12, 20), Period.FromDays(10), HolidayCalendar.Empty.With([dec2030]));

        Assert.False(result.IsSuccess);
        Assert.Equal(2031, result.MissingYear);
    }

    [Fact]
    public void Filing_within_10_days_of_signing_ends_on_day_10()
    {
        LocalDate signed = D(2026, 3, 2);
        LegalDeadline deadline = Deadline(signed, Period.FromDays(10));

        Assert.Equal(D(2026, 3, 12), deadline.End);
        Assert.Equal(1, LegalPeriods.DaysAfter(signed, D(2026, 3, 3)));
        Assert.Equal(10, LegalPeriods.DaysAfter(signed, D(2026, 3, 12)));
        Assert.Equal(11, LegalPeriods.DaysAfter(signed, D(2026, 3, 13)));
        Assert.True(LegalPeriods.IsOnTime(D(2026, 3, 12), deadline));
        Assert.False(LegalPeriods.IsOnTime(D(2026, 3, 13), deadline));
        Assert.True(LegalPeriods.TryDeadlineAfter(signed, Period.FromDays(10), HolidayCalendar.Embedded, false, out LegalDeadline? same, out string? error));
        Assert.Null(error);
        Assert.Equal(deadline.End, same.End);
    }

    [Theory]
    [InlineData("2026-03-04", "P2M", "2026-05-03")]
    [InlineData("2026-01-01", "P3Y", "2028-12-31")]
    [InlineData("2026-01-31", "P1M", "2026-02-28")]
    [InlineData("2028-01-31", "P1M", "2028-02-29")]
    [InlineData("2026-03-01", "P1M", "2026-03-31")]
    [InlineData("2026-05-01", "P6M", "2026-10-31")]
    [InlineData("2026-02-01", "P1M", "2026-02-28")]
    [InlineData("2026-03-01", "P10D", "2026-03-10")]
    [InlineData("2026-03-01", "P1W", "2026-03-07")]
    [InlineData("2026-09-04", "P1M", "2026-10-03")]
    public void A_term_includes_its_first_day_and_does_not_move_for_holidays(string first, string length, string expected)
    {
        LocalDate firstDay = NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value;
        Period period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(length).Value;

        LocalDate end = LegalPeriods.TermEnd(firstDay, period);

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, end);
        Assert.Equal(new DateInterval(firstDay, end), LegalPeriods.Term(firstDay, period));
    }

    [Fact]
    public void Lengths_that_are_not_periods_of_days_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => LegalPeriods.DeadlineAfter(D(2026, 3, 2), Period.Zero, HolidayCalendar.Embedded));
        Assert.Throws<ArgumentException>(() => LegalPeriods.DeadlineAfter(D(2026, 3, 2), Period.FromDays(-1), HolidayCalendar.Embedded));
        Assert.Throws<ArgumentException>(() => LegalPeriods.TermEnd(D(2026, 3, 2), Period.FromHours(24)));
        Assert.Throws<ArgumentNullException>(() => LegalPeriods.DeadlineAfter(D(2026, 3, 2), null!, HolidayCalendar.Embedded));
    }
}
