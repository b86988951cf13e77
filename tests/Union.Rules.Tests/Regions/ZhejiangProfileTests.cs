using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class ZhejiangProfileTests
{
    private const string Zj = "330000";

    [Fact]
    public void Exactly_half_of_all_delegates_does_not_pass_a_draft_in_Zhejiang_but_does_nationally()
    {
        ParameterReading zj = Read(Zj, "cc.approval.passRatio", "2026-11-25");
        Assert.False(Holds(zj, 50, 100));
        Assert.True(Holds(zj, 51, 100));
        ParameterReading national = JurisdictionProfile.National.Get("cc.approval.passRatio", Date("2026-11-25"));
        Assert.True(Holds(national, 50, 100));
    }

    [Fact]
    public void The_reply_counts_working_days_and_the_renewal_window_counts_days()
    {
        Assert.Equal("workingDays", Read(Zj, "cc.reply.period", "2026-11-25").Unit);
        Assert.Equal("days", JurisdictionProfile.National.Get("cc.reply.period", Date("2026-11-25")).Unit);
        Assert.Equal("days", Read(Zj, "cc.renewal.window", "2026-11-25").Unit);
        Assert.Equal("months", JurisdictionProfile.National.Get("cc.renewal.window", Date("2026-11-25")).Unit);
    }
}
