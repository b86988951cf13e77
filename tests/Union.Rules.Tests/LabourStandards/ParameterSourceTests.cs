using System.Globalization;
using NodaTime;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using Union.Rules.Tests.Engine;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// Where the calculators read their parameters: from a profile, each reading and each missing name listed once; from a rule's
/// context, a value the calculation cannot use reported as not assessed with the parameter, the value and its kind. A remark
/// renders through the catalog it is given.
/// </summary>
public sealed class ParameterSourceTests
{
    private static readonly LocalDate Day = new(2026, 6, 1);

    private static readonly LocalDate Before = new(1990, 1, 1);

    [Fact]
    public void A_profile_source_lists_each_reading_and_each_missing_name_once()
    {
        ParameterSource source = ParameterSource.Of(JurisdictionProfile.National);
        Assert.True(source.TryRead(SeparationParameters.PartialMonth, Day, out string first));
        Assert.True(source.TryRead(SeparationParameters.PartialMonth, Day, out string again));
        Assert.Equal(first, again);
        Assert.Equal("ls.writtenContract.partialMonth", Assert.Single(source.Readings).Name);

        Assert.False(source.TryRead(SeparationParameters.PartialMonth, Before, out _));
        Assert.False(source.TryRead(SeparationParameters.PartialMonth, Before, out _));
        Assert.Equal(["ls.writtenContract.partialMonth"], source.Missing);
    }

    [Fact]
    public void A_value_the_calculation_cannot_use_is_missing_once_whether_or_not_it_was_missing_before()
    {
        ParameterSource source = ParameterSource.Of(JurisdictionProfile.National);
        source.Invalid(SeparationParameters.PartialMonth, "weeks");
        source.Invalid(SeparationParameters.PartialMonth, null);
        Assert.Equal(["ls.writtenContract.partialMonth"], source.Missing);
    }

    [Theory]
    [InlineData("weeks", "weeks")]
    [InlineData(null, "")]
    public void From_a_rules_context_an_unusable_value_is_not_assessed_naming_the_parameter_value_and_kind(string? value, string shown)
    {
        RuleContextTests.Run run = RuleContextTests.Start();
        ParameterSource source = ParameterSource.Of(run.Context);
        source.Invalid(SeparationParameters.PartialMonth, value);
        Assert.Equal(["ls.writtenContract.partialMonth"], source.Missing);
        Finding f = Assert.Single(run.Findings);
        Assert.Equal("engine.parameterInvalid", f.MessageKey);
        Assert.Equal("$", f.Path);
        Assert.Equal("ls.writtenContract.partialMonth", f.Argument("parameter"));
        Assert.Equal(shown, f.Argument("value"));
        Assert.Equal(SeparationParameters.PartialMonth.Kind, f.Argument("kind"));
        Assert.Equal(RuleStatus.NotAssessed, run.Node!.Status);
    }

    [Fact]
    public void A_remark_renders_through_the_catalog_it_is_given_and_names_its_arguments()
    {
        var remark = new CalculatorRemark("x.remark", [new("a", "1"), new("b", "2")]);
        Messages own = Messages.Default.With([new MessageEntry("x.remark", "甲{a}乙{b}", "a {a} b {b}")]);
        Assert.Equal("a 1 b 2", remark.Render(CultureInfo.InvariantCulture, own));
        Assert.Equal("甲1乙2", remark.Render(new CultureInfo("zh-CN"), own));
        Assert.Equal("2", remark.Argument("b"));
        Assert.Null(remark.Argument("c"));
        Assert.Null(new CalculatorRemark("x.remark", []).Argument("a"));
    }
}
