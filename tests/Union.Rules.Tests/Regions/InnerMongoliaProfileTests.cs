using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>内蒙古自治区企业工资集体协商条例 read through the profile of 150000 beside the nation and the other layers (every value it sets is read in <see cref="RegionalTextTests"/>).</summary>
public sealed class InnerMongoliaProfileTests
{
    private const string Region = "150000";

    [Fact]
    public void The_2012_version_is_not_held_so_the_amended_values_start_on_2025_12_01()
    {
        JurisdictionProfile nm = JurisdictionProfile.For(RegionCode.Parse(Region));
        Assert.Equal("20", nm.Get("wn.reply.period", new LocalDate(2025, 11, 30)).Value.ToString());
        Assert.Equal("15", nm.Get("wn.reply.period", new LocalDate(2025, 12, 1)).Value.ToString());
    }
}
