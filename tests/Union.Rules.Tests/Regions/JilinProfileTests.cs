using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

/// <summary>吉林省企业工资集体协商条例 read through the profile of 220000 beside the nation and the other layers (every value it sets is read in <see cref="RegionalTextTests"/>).</summary>
public sealed class JilinProfileTests
{
    private const string Region = "220000";

    [Fact]
    public void The_agreement_takes_effect_only_with_the_written_opinion_where_the_nation_deems_it_approved()
    {
        Assert.Equal(ParameterScalar.FromBoolean(true), JurisdictionProfile.National.Get("wn.review.deemedApproval", Today).Value);
        Assert.Equal(ParameterScalar.FromBoolean(false), JurisdictionProfile.For(RegionCode.Parse(Region)).Get("wn.review.deemedApproval", Today).Value);
    }
}
