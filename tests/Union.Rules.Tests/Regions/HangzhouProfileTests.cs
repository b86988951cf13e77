using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class HangzhouProfileTests
{
    private const string Hz = "330100";
    private const string Zj = "330000";

    [Fact]
    public void The_city_overrides_the_province_where_it_sets_its_own()
    {
        Assert.Equal("days", Read(Zj, "wn.materials.periodBefore", "2026-11-25").Unit);
        Assert.Equal("workingDays", Read(Hz, "wn.materials.periodBefore", "2026-11-25").Unit);
        Assert.Equal("60", Read(Zj, "wn.suspension.maxPeriod", "2026-11-25").Value.ToString());
        Assert.Equal("30", Read(Hz, "wn.suspension.maxPeriod", "2026-11-25").Value.ToString());
        Assert.Equal(Hz, Read(Hz, "standard.minimumWage.monthly", "2026-11-25").Layer);
    }

    [Fact]
    public void Exactly_half_does_not_pass_and_ninety_percent_meets_the_quota_rule()
    {
        ParameterReading pass = Read(Hz, "wn.approval.passRatio", "2026-11-25");
        Assert.False(Holds(pass, 40, 80));
        Assert.True(Holds(pass, 41, 80));
        ParameterReading quota = Read(Hz, "wn.workQuota.achievableShare", "2026-11-25");
        Assert.True(Holds(quota, 90, 100));
        Assert.False(Holds(quota, 89, 100));
        Assert.False(JurisdictionProfile.National.TryGet("wn.workQuota.achievableShare", Date("2026-11-25"), out _));
    }
}
