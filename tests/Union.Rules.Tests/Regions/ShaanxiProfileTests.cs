using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

/// <summary>陕西省企业工资集体协商条例 read through the profile of 610000 beside the nation and the other layers (every value it sets is read in <see cref="RegionalTextTests"/>).</summary>
public sealed class ShaanxiProfileTests
{
    private const string Region = "610000";

    [Fact]
    public void Exactly_half_passes_a_draft_nationally_but_fails_in_Shaanxi()
    {
        ParameterReading nation = JurisdictionProfile.National.Get("cc.approval.passRatio", Today);
        Assert.True(nation.Value.TryGetRatio(out Ratio half));
        Assert.True(nation.Comparison!.Value.Holds(15, 30, half));
        Assert.False(ShareHolds(Region, "wn.approval.passRatio", 15, 30));
    }
}
