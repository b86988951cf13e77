using NodaTime;
using Union.Domain.Validation;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.WageNegotiation;

namespace Union.Rules.Tests.WageNegotiation;

/// <summary>A wage guideline's lower line may be zero or negative: the layer accepts it as a growth ratio and the rule uses it.</summary>
public sealed class GuidelineLayerTests
{
    private static DocumentResult<ParameterLayer> Layer(string lower) => ParameterLayer.Parse($$"""
        { "parameters": {
          "standard.wageGuideline.base": { "description": "基准线", "descriptionEn": "base", "unit": "growthRatio", "values": [ { "from": "2026-01-01", "value": "6%", "source": "test" } ] },
          "standard.wageGuideline.upper": { "description": "上线", "descriptionEn": "upper", "unit": "growthRatio", "values": [ { "from": "2026-01-01", "value": "10%", "source": "test" } ] },
          "standard.wageGuideline.lower": { "description": "下线", "descriptionEn": "lower", "unit": "growthRatio", "values": [ { "from": "2026-01-01", "value": {{lower}}, "source": "test" } ] } } }
        """, "guideline.json");

    [Theory]
    [InlineData("\"-2%\"", "-2.00")]
    [InlineData("0", "0.00")]
    [InlineData("-0.015", "-1.50")]
    public void A_zero_or_negative_lower_line_is_read_and_used(string lower, string expected)
    {
        DocumentResult<ParameterLayer> layer = Layer(lower);
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        WageProposal p = WageProposalExamples.Flawed;
        RuleReport report = WageNegotiationDomain.Default.Evaluate(p, new LocalDate(2026, 4, 1), JurisdictionProfile.For(p.Region).WithLayers(layer.Value)).Report;
        Finding position = Assert.Single(report.For("WN-GUIDELINE"), f => f.MessageKey == "WN-GUIDELINE.position");
        Assert.Equal(expected, position.Argument("lower"));
    }

    [Theory]
    [InlineData("\"-101%\"")]
    [InlineData("11")]
    [InlineData("\"lots\"")]
    public void A_growth_ratio_outside_minus_100_to_1000_percent_is_invalid_input(string lower) =>
        Assert.False(Layer(lower).IsValid);
}
