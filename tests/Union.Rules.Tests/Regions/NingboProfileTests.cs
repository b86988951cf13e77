using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class NingboProfileTests
{
    private const string Nb = "330200";
    private const string Zj = "330000";

    [Fact]
    public void Ningbo_counts_the_talks_in_working_days_from_the_first_meeting_where_Hangzhou_counts_days_from_the_offer()
    {
        Assert.Equal("workingDays", Read(Nb, "wn.negotiation.period", "2026-11-25").Unit);
        Assert.Equal("days", Read("330100", "wn.negotiation.period", "2026-11-25").Unit);
        Assert.Equal("offerSent", Read("330100", "wn.negotiation.trigger", "2026-11-25").Value.ToString());
        Assert.False(Profile(Zj).TryGet("wn.negotiation.period", Date("2026-11-25"), out _));
    }
}
