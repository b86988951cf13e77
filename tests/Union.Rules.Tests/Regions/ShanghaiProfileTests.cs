using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class ShanghaiProfileTests
{
    private const string Sh = "310000";

    [Fact]
    public void A_resolution_passes_with_exactly_half_of_all_delegates_in_Shanghai_but_not_nationally()
    {
        ParameterReading sh = Read(Sh, "wc.pass.ratio", "2026-11-25");
        Assert.True(Holds(sh, 50, 100));
        Assert.False(Holds(sh, 49, 100));
        ParameterReading national = JurisdictionProfile.National.Get("wc.pass.ratio", Date("2026-11-25"));
        Assert.False(Holds(national, 50, 100));
        Assert.True(Holds(national, 51, 100));
    }

    [Fact]
    public void The_overtime_base_leaves_out_the_named_kinds_from_the_2016_measures()
    {
        ParameterReading r = Read(Sh, "wage.overtimeBase.excludedComponents", "2016-08-01");
        Assert.Subset(PayComponentKindNames(), List(r).ToHashSet());
        Assert.DoesNotContain("bonus", List(r));
        Assert.Equal("V-secondary", r.Verification);
        Assert.Equal(["overtimePay"], List(JurisdictionProfile.National.Get("wage.overtimeBase.excludedComponents", Date("2026-11-25"))));
    }
}
