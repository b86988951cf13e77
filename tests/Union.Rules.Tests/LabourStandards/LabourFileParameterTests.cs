using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>The national values the labour-file rules read, each against the article that holds its number and counting word.</summary>
public sealed class LabourFileParameterTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Theory]
    [InlineData("dispatch.maxRatio", "1/10", "ratio", Comparison.AtMost, "劳务派遣暂行规定", 4, 1, null)]
    [InlineData("dispatch.temporaryPostMaxMonths", "6", "month", Comparison.AtMost, "劳务派遣暂行规定", 3, 2, null)]
    [InlineData("ls.probation.maxByTerm", "3:1,12:2,36:6", "list", null, "劳动合同法", 19, 1, null)]
    [InlineData("ls.layoff.minPersons", "20", "person", Comparison.AtLeast, "劳动合同法", 41, 1, null)]
    [InlineData("ls.layoff.minRatio", "1/10", "ratio", Comparison.AtLeast, "劳动合同法", 41, 1, null)]
    [InlineData("ls.layoff.explanationPeriod", "30", "days", null, "劳动合同法", 41, 1, null)]
    [InlineData("ls.openEnded.serviceYears", "10", "year", Comparison.AtLeast, "劳动合同法", 14, 2, 1)]
    [InlineData("ls.openEnded.yearsToRetirement", "10", "year", Comparison.LessThan, "劳动合同法", 14, 2, 2)]
    [InlineData("ls.openEnded.fixedTerms", "2", "times", Comparison.AtLeast, "劳动合同法", 14, 2, 3)]
    public void Each_value_cites_the_article_that_holds_it(string name, string value, string unit, Comparison? comparison, string title, int article, int paragraph, int? item)
    {
        ParameterReading reading = JurisdictionProfile.National.Get(name, Today);
        Assert.Equal(value, reading.Value.ToString());
        Assert.Equal(unit, reading.Unit);
        Assert.Equal(comparison, reading.Comparison);
        Assert.True(Citation.TryParse(reading.Source, out Citation? citation), reading.Source);
        Assert.Equal(title, citation.Instrument.Title);
        Assert.Equal(article, citation.Article);
        Assert.Equal(paragraph, citation.Paragraph);
        Assert.Equal(item, citation.Item);
        Assert.Contains(LabourStandardParameters.All, p => p.Name == name);
    }

    [Theory]
    [InlineData("ls.probation.maxByTerm", "2007-12-31")]
    [InlineData("ls.layoff.minPersons", "2007-12-31")]
    [InlineData("dispatch.maxRatio", "2014-02-28")]
    public void No_value_before_the_text_took_effect(string name, string day) =>
        Assert.False(JurisdictionProfile.National.TryGet(name, NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value, out _));

    [Fact]
    public void The_probation_tiers_read_as_the_article_counts_them()
    {
        Assert.True(LabourStandardParameters.ProbationMaxByTerm.TryRead(JurisdictionProfile.National, Today, out IReadOnlyList<string> items));
        Assert.True(ProbationTiers.TryParse(items, out ProbationTiers? tiers));
        Assert.Null(tiers.MaxForFixedTerm(0));
        Assert.Null(tiers.MaxForFixedTerm(2));
        Assert.Equal(1, tiers.MaxForFixedTerm(3));
        Assert.Equal(1, tiers.MaxForFixedTerm(11));
        Assert.Equal(2, tiers.MaxForFixedTerm(12));
        Assert.Equal(2, tiers.MaxForFixedTerm(35));
        Assert.Equal(6, tiers.MaxForFixedTerm(36));
        Assert.Equal(6, tiers.MaxForFixedTerm(1_200));
        Assert.Equal(6, tiers.OpenEndedMax);
        Assert.Equal(3, tiers.ShortestTermWithProbation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3:1,3:2")]
    [InlineData("12:2,3:1")]
    [InlineData("3-1")]
    [InlineData("3:x")]
    [InlineData("-3:1")]
    public void Malformed_tiers_are_no_reading(string text) =>
        Assert.False(ProbationTiers.TryParse(text.Split(',', StringSplitOptions.RemoveEmptyEntries), out _));

    [Fact]
    public void The_domain_reports_national_rules_unless_a_layer_sets_an_ls_parameter()
    {
        Assert.Equal("ls.", LabourStandardsDomain.Default.ParameterPrefix);
        var file = new Union.Domain.LabourStandards.LabourFile(RegionCode.Shanghai);
        var review = LabourStandardsDomain.Default.Evaluate(file, Today, JurisdictionProfile.For(RegionCode.Shanghai));
        Finding notice = Assert.Single(review.Report.Findings, f => f.Code == LocalRegulationNotice.Code);
        Assert.Equal("engine.noLocalRegulation.ls", notice.MessageKey);
        Assert.Equal("《劳动合同法》", notice.Citation.ToChinese());

        var layer = ParameterLayer.Parse("""
            { "region": "310000", "parameters": { "ls.layoff.explanationPeriod": { "description": "提前说明期", "descriptionEn": "Lead time", "unit": "days", "values": [ { "from": "2020-01-01", "value": 30, "source": "a local labour-contract regulation" } ] } } }
            """, "local.json");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        var local = LabourStandardsDomain.Default.Evaluate(file, Today, JurisdictionProfile.For(RegionCode.Shanghai).WithLayers(layer.Value!));
        Assert.DoesNotContain(local.Report.Findings, f => f.Code == LocalRegulationNotice.Code);
        Assert.DoesNotContain(review.Report.Findings, f => f.IsViolation);
        Assert.Equal(ReviewVerdict.Lawful, review.Verdict);
    }

    [Theory]
    [InlineData("ls.probation.maxByTerm", "list", "\"12:2,3:1\"", "LS-PROBATION")]
    [InlineData("ls.layoff.explanationPeriod", "workingDays", "30", "LS-LAYOFF")]
    [InlineData("ls.openEnded.fixedTerms", "times", "2.5", "LS-OPEN-ENDED")]
    public void A_layer_value_the_rule_cannot_use_is_not_assessed_never_guessed(string name, string unit, string value, string code)
    {
        var layer = ParameterLayer.Parse(
            $$"""{ "parameters": { "{{name}}": { "description": "测试", "descriptionEn": "test", "unit": "{{unit}}", "values": [ { "from": "2020-01-01", "value": {{value}}, "source": "test" } ] } } }""",
            "bad.json");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        var file = Union.Domain.LabourStandards.LabourFileJson.Read(Union.Domain.LabourStandards.LabourFileJson.FlawedExample).Value!;
        RuleReport report = LabourStandardsDomain.Default.Evaluate(file, Today, JurisdictionProfile.National.WithLayers(layer.Value!)).Report;
        Finding finding = Assert.Single(report.For(code), f => f.Status == RuleStatus.NotAssessed);
        Assert.Equal("engine.parameterInvalid", finding.MessageKey);
        Assert.Equal(name, finding.Argument("parameter"));
        Assert.DoesNotContain(report.For(code), f => f.Status == RuleStatus.Passed);
    }
}
