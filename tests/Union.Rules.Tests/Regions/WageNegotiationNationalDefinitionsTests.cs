using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

/// <summary>The national values of 工资集体协商试行办法 that the regional wage-negotiation regulations are read against.</summary>
public sealed class WageNegotiationNationalDefinitionsTests
{
    [Theory]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "第十二条")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "第九条")]
    [InlineData("wn.review.trigger", "filed", "choice", "第二十二条第四款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", "第二十二条第四款")]
    [InlineData("wn.frequency.binding", "false", "boolean", "第二十四条")]
    [InlineData("wn.renewal.binding", "false", "boolean", "第二十四条")]
    public void The_trial_measures_set_the_national_value(string name, string value, string unit, string article)
    {
        ParameterReading r = JurisdictionProfile.National.Get(name, Today);
        Assert.Equal("national", r.Layer);
        Assert.Equal(value, r.Value.ToString());
        Assert.Equal(unit, r.Unit);
        Assert.Equal("工资集体协商试行办法（劳动和社会保障部令第9号） " + article, r.Source);
        Assert.Same(Instruments.WageNegotiationMeasures, Instruments.FindByTitle(r.Source));
        Assert.Equal(new NodaTime.LocalDate(2000, 11, 8), r.From);
    }

    [Theory]
    [InlineData("wn.negotiators.externalMaxRatio", 1, 3, true)]
    [InlineData("wn.negotiators.externalMaxRatio", 2, 5, false)]
    [InlineData("wn.negotiators.electionRatio", 50, 100, true)]
    [InlineData("wn.negotiators.electionRatio", 49, 100, false)]
    public void A_national_share_on_the_line_meets_it_and_one_past_it_does_not(string name, long part, long whole, bool holds)
    {
        ParameterReading r = JurisdictionProfile.National.Get(name, Today);
        Assert.True(r.Value.TryGetRatio(out Union.Domain.Common.Ratio ratio));
        Assert.Equal(holds, Union.Domain.Common.ComparisonExtensions.Holds(r.Comparison!.Value, part, whole, ratio));
    }

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "cc.negotiators.minPerSide")]
    [InlineData("wn.approval.quorumRatio", "cc.approval.quorumRatio")]
    [InlineData("wn.approval.passRatio", "cc.approval.passRatio")]
    [InlineData("wn.term.minYears", "cc.term.minYears")]
    [InlineData("wn.term.maxYears", "cc.term.maxYears")]
    public void Where_the_trial_measures_refer_to_the_collective_contract_provisions_the_national_value_is_theirs(string name, string collective)
    {
        ParameterReading wage = JurisdictionProfile.National.Get(name, Today);
        ParameterReading contract = JurisdictionProfile.National.Get(collective, Today);
        Assert.Equal(contract.Value, wage.Value);
        Assert.Equal(contract.Comparison, wage.Comparison);
        Assert.Contains("第二十五条", wage.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trial_measures_set_no_latest_day_for_materials() =>
        Assert.False(JurisdictionProfile.National.TryGet("wn.materials.periodBefore", Today, out _));
}
