using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

/// <summary>深圳经济特区和谐劳动关系促进条例 read through the profile of 440300 beside the nation and the other layers (every value it sets is read in <see cref="RegionalTextTests"/>).</summary>
public sealed class ShenzhenProfileTests
{
    private const string Region = "440300";

    [Fact]
    public void Shenzhen_inherits_what_Guangdong_sets_and_overrides_what_it_sets_itself()
    {
        JurisdictionProfile shenzhen = JurisdictionProfile.For(RegionCode.Parse(Region));
        Assert.Equal("440000", shenzhen.Get("standard.averageMonthlyWage.fullCaliber", Today).Layer);
        Assert.Equal("440300", shenzhen.Get("cc.reply.period", Today).Layer);
        Assert.Equal("national", JurisdictionProfile.For(RegionCode.Parse("440000")).Get("cc.reply.period", Today).Layer);
        Assert.Equal("440300", JurisdictionProfile.For(RegionCode.Parse("440305")).Get("wn.reply.period", Today).Layer);
    }
}
