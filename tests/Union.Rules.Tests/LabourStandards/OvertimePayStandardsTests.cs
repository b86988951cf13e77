using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using Union.Rules.Tests.Engine;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// The shared checks of 劳动法 第四十四条 (the three overtime multiples) and the overtime base's regional rules, called directly:
/// each multiple checked on its own, exactly on the statutory multiple and one hundredth below, the comparison a caller's layer
/// states, the rule's own citation when the source names no article, and an unknown pay component in the list left out.
/// </summary>
public sealed class OvertimePayStandardsTests
{
    private static readonly MessageKey Below = new("X-TEST.below", "kind", "rate", "minimum");

    private static readonly LocalDate Day = new(2026, 6, 1);

    private static readonly System.Globalization.CultureInfo Zh = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");

    private static RuleContextTests.Run Start(JurisdictionProfile? profile = null) => RuleContextTests.Start(profile: profile);

    private static JurisdictionProfile Caller(string name, string value, string comparison, string unit = "multiple") =>
        JurisdictionProfile.National.WithLayers(SeparationProfiles.Layer($$"""
            { "parameters": { "{{name}}": { "description": "测试值", "descriptionEn": "test value", "unit": "{{unit}}", {{comparison}}
              "values": [ { "from": "1995-01-01", "value": {{value}}, "source": "test layer" } ] } } }
            """));

    [Fact]
    public void A_multiple_not_agreed_is_not_checked_and_nothing_is_read()
    {
        RuleContextTests.Run run = Start();
        Assert.True(OvertimePayStandards.CheckMultiple(run.Context, LabourStandardParameters.RestDayRate, null, "$.restDayRate", Below));
        Assert.Empty(run.Findings);
        Assert.Empty(run.Node!.Parameters);
    }

    [Theory]
    [InlineData(2.0, true)]
    [InlineData(2.5, true)]
    [InlineData(1.99, false)]
    public void The_rest_day_multiple_holds_at_200_percent_and_fails_below_citing_the_article_its_source_names(decimal rate, bool holds)
    {
        RuleContextTests.Run run = Start();
        Assert.Equal(holds, OvertimePayStandards.CheckMultiple(run.Context, LabourStandardParameters.RestDayRate, rate, "$.restDayRate", Below));
        if (holds)
        {
            Assert.Empty(run.Findings);
            return;
        }

        Finding f = Assert.Single(run.Findings);
        Assert.Equal("X-TEST.below", f.MessageKey);
        Assert.Equal("$.restDayRate", f.Path);
        Assert.Equal("overtime.restDayRate", f.Argument("kind"));
        Assert.Equal("1.99", f.Argument("rate"));
        Assert.Equal("2", f.Argument("minimum"));
        Assert.Contains("第四十四条", f.RenderCitations(Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void A_callers_layer_reading_the_multiple_as_more_than_fails_a_rate_exactly_on_it_and_cites_the_rule_when_its_source_names_no_article()
    {
        RuleContextTests.Run run = Start(Caller("overtime.restDayRate", "2", "\"comparison\": \"moreThan\","));
        Assert.False(OvertimePayStandards.CheckMultiple(run.Context, LabourStandardParameters.RestDayRate, 2m, "$.restDayRate", Below));
        Finding f = Assert.Single(run.Findings);
        Assert.Equal("2", f.Argument("minimum"));
        Assert.Equal("《劳动法》第四十四条", f.RenderCitations(Zh));
    }

    [Theory]
    [InlineData(1.5, 2.0, 3.0, true, 0)]
    [InlineData(1.49, 2.0, 3.0, false, 1)]
    [InlineData(1.5, 1.99, 3.0, false, 1)]
    [InlineData(1.5, 2.0, 2.99, false, 1)]
    [InlineData(1.49, 1.99, 2.99, false, 3)]
    public void The_three_multiples_hold_only_when_each_does(decimal workday, decimal restDay, decimal holiday, bool holds, int failures)
    {
        RuleContextTests.Run run = Start();
        Assert.Equal(holds, OvertimePayStandards.CheckMultiples(run.Context, (workday, "$.w"), (restDay, "$.r"), (holiday, "$.h"), Below));
        Assert.Equal(failures, run.Findings.Count);
    }

    [Fact]
    public void An_unknown_component_in_the_list_left_out_of_the_base_is_not_assessed_naming_it()
    {
        RuleContextTests.Run run = Start(Caller("wage.overtimeBase.excludedComponents", "\"bonus,tips\"", string.Empty, "list"));
        Assert.False(OvertimePayStandards.TryReadBaseRules(run.Context, Day, out OvertimeBaseRules rules));
        Assert.Same(OvertimeBaseRules.National, rules);
        Finding f = Assert.Single(run.Findings);
        Assert.Equal("engine.parameterInvalid", f.MessageKey);
        Assert.Equal("$", f.Path);
        Assert.Equal("wage.overtimeBase.excludedComponents", f.Argument("parameter"));
        Assert.Equal("tips", f.Argument("value"));
        Assert.Equal("PayComponentKind", f.Argument("kind"));
        Assert.Equal(RuleStatus.NotAssessed, run.Node!.Status);
    }

    [Fact]
    public void The_minimum_wage_floor_under_the_base_applies_only_where_a_region_sets_it_true()
    {
        RuleContextTests.Run national = Start();
        Assert.True(OvertimePayStandards.TryReadBaseRules(national.Context, Day, out OvertimeBaseRules n));
        Assert.False(n.MinimumWageFloor);
        Assert.False(OvertimePayStandards.BaseRulesFor(JurisdictionProfile.National, Day).MinimumWageFloor);

        JurisdictionProfile off = Caller("wage.overtimeBase.minimumWageFloor", "false", string.Empty, "flag");
        RuleContextTests.Run withFalse = Start(off);
        Assert.True(OvertimePayStandards.TryReadBaseRules(withFalse.Context, Day, out OvertimeBaseRules f));
        Assert.False(f.MinimumWageFloor);
        Assert.False(OvertimePayStandards.BaseRulesFor(off, Day).MinimumWageFloor);

        JurisdictionProfile shanghai = JurisdictionProfile.For(RegionCode.Shanghai);
        RuleContextTests.Run sh = Start(shanghai);
        Assert.True(OvertimePayStandards.TryReadBaseRules(sh.Context, Day, out OvertimeBaseRules s));
        Assert.True(s.MinimumWageFloor);
        Assert.True(OvertimePayStandards.BaseRulesFor(shanghai, Day).MinimumWageFloor);
    }
}
