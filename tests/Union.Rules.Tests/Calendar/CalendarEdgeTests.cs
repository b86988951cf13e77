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
}
