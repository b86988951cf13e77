using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// How a rule reads parameters through its context: what is recorded (reading, fact, finding and its arguments), what is
/// cited, and what each reader returns when the value is absent or of another kind.
/// </summary>
public sealed class RuleContextParameterTests
{
    private static readonly Citation Article44 = new(Instruments.LabourLaw, 44);

    private static readonly Citation Article15 = new(Instruments.LabourLaw, 15);

    private static readonly Citation Article16 = new(Instruments.LabourLaw, 16);

    private const string Layer = """
    { "parameters": {
      "x.test.text": { "description": "文本", "descriptionEn": "text", "unit": "choice",
        "values": [ { "from": "2020-01-01", "value": "abc", "source": "劳动法 第十五条" } ] },
      "x.test.share": { "description": "比例", "descriptionEn": "share", "unit": "ratio", "comparison": "atMost",
        "values": [ { "from": "2020-01-01", "value": "1/2", "source": "劳动法 第十六条" } ] },
      "x.test.plain": { "description": "比例", "descriptionEn": "share", "unit": "ratio",
        "values": [ { "from": "2020-01-01", "value": "2/3", "source": "a caller's note" } ] },
      "x.test.flag": { "description": "开关", "descriptionEn": "flag", "unit": "boolean",
        "values": [ { "from": "2020-01-01", "value": true, "source": "劳动法 第十五条" } ] },
      "x.test.count": { "description": "人数", "descriptionEn": "count", "unit": "person",
        "values": [ { "from": "2020-01-01", "value": 3, "source": "劳动法 第十五条" },
                    { "from": "2026-07-01", "value": 5, "source": "劳动法 第十五条" } ] } } }
    """;

    private static RuleContextTests.Run Start(RegionCode? region = null)
    {
        DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(Layer, "mine.json");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        return RuleContextTests.Start(profile: (region is { } r ? JurisdictionProfile.For(r) : JurisdictionProfile.National).WithLayers(layer.Value!));
    }

    /// <summary>Fails once and returns the finding's citations.</summary>
    private static IReadOnlyList<Citation> CitationsOfAFailure(RuleContextTests.Run run)
    {
        run.Context.Fail(new MessageKey("X-TEST.late"), "$.x");
        return run.Findings[^1].Citations;
    }

    [Fact]
    public void A_missing_parameter_read_by_its_handle_is_not_assessed_naming_the_parameter_the_region_and_the_day_read()
    {
        RuleContextTests.Run run = Start(RegionCode.Shanghai);
        Assert.False(run.Context.TryRead(Parameter.Number("x.test.absent"), out decimal value, new LocalDate(2025, 1, 2)));
        Assert.Equal(0m, value);
        Finding f = Assert.Single(run.Findings);
        Assert.Equal(("engine.parameterMissing", RuleStatus.NotAssessed, "$"), (f.MessageKey, f.Status, f.Path));
        Assert.Equal(("x.test.absent", "310000", "2025-01-02"), (f.Argument("parameter"), f.Argument("region"), f.Argument("date")));
        Assert.Empty(run.Node!.Facts);
        Assert.Empty(run.Node!.Parameters);
        Assert.Equal(RuleStatus.NotAssessed, run.Context.Status);
    }

    [Fact]
    public void A_missing_parameter_read_by_its_name_is_not_assessed_naming_the_region_or_the_nation()
    {
        RuleContextTests.Run shanghai = Start(RegionCode.Shanghai);
        Assert.False(shanghai.Context.TryParameter("x.test.absent", out _, new LocalDate(2025, 1, 2)));
        Finding f = Assert.Single(shanghai.Findings);
        Assert.Equal(("engine.parameterMissing", "$"), (f.MessageKey, f.Path));
        Assert.Equal(("x.test.absent", "310000", "2025-01-02"), (f.Argument("parameter"), f.Argument("region"), f.Argument("date")));

        RuleContextTests.Run national = Start();
        Assert.False(national.Context.TryParameter("x.test.absent", out _));
        Assert.Equal("national", Assert.Single(national.Findings).Argument("region"));
        Assert.False(national.Context.TryRead(Parameter.Number("x.test.absent"), out _));
        Assert.Equal("national", national.Findings[^1].Argument("region"));
    }

    [Fact]
    public void A_missing_regional_only_parameter_is_a_fact_not_a_finding()
    {
        RuleContextTests.Run run = Start();
        Assert.False(run.Context.TryRead(Parameter.Number("x.test.absent", regionalOnly: true), out _));
        Assert.Empty(run.Findings);
        Assert.Equal(new TraceFact("x.test.absent", "none"), Assert.Single(run.Node!.Facts));
        Assert.Equal(RuleStatus.Passed, run.Context.Status);
    }

    [Fact]
    public void A_value_of_another_kind_is_recorded_and_not_assessed_naming_the_value_and_the_kind_wanted()
    {
        RuleContextTests.Run run = Start();
        Assert.False(run.Context.TryRead(Parameter.Number("x.test.text"), out _, out ParameterReading reading));
        Assert.Equal("x.test.text", reading.Name);
        Finding f = Assert.Single(run.Findings);
        Assert.Equal(("engine.parameterInvalid", RuleStatus.NotAssessed, "$"), (f.MessageKey, f.Status, f.Path));
        Assert.Equal(("x.test.text", "abc", "number"), (f.Argument("parameter"), f.Argument("value"), f.Argument("kind")));
        Assert.Equal("x.test.text", Assert.Single(run.Node!.Parameters).Name);
    }

    [Fact]
    public void A_value_is_read_for_the_day_asked_and_on_the_day_of_the_context_otherwise()
    {
        RuleContextTests.Run run = Start();
        Parameter<decimal> count = Parameter.Number("x.test.count");
        Assert.True(run.Context.TryRead(count, out decimal now, out ParameterReading first));
        Assert.True(run.Context.TryRead(count, out decimal later, out ParameterReading second, new LocalDate(2026, 7, 1)));
        Assert.Equal((3m, new LocalDate(2020, 1, 1)), (now, first.From));
        Assert.Equal((5m, new LocalDate(2026, 7, 1)), (later, second.From));
        Assert.True(run.Context.TryParameter("x.test.count", out ParameterReading third, new LocalDate(2026, 6, 30)));
        Assert.Equal(ParameterScalar.FromNumber(3), third.Value);
        Assert.True(run.Context.TryNumber("x.test.count", out decimal n, new LocalDate(2026, 7, 1)));
        Assert.Equal(5m, n);
        Assert.Equal(4, run.Node!.Parameters.Count);
        Assert.Empty(run.Findings);
    }

    [Fact]
    public void A_regional_article_is_cited_once_however_often_it_is_read_and_each_new_article_after_it()
    {
        RuleContextTests.Run run = Start();
        Assert.True(run.Context.TryRead(Parameter.Number("x.test.count"), out _));
        Assert.True(run.Context.TryParameter("x.test.count", out _));
        Assert.True(run.Context.TryRatio("x.test.share", out _, out _));
        Assert.Equal([Article15, Article16, Article44], CitationsOfAFailure(run));
    }

    [Fact]
    public void A_source_that_is_no_article_is_recorded_but_not_cited()
    {
        RuleContextTests.Run run = Start();
        Assert.True(run.Context.TryRatio("x.test.plain", out _, out _));
        Assert.Single(run.Node!.Parameters);
        Assert.Equal([Article44], CitationsOfAFailure(run));
    }

    [Fact]
    public void A_reading_without_citing_is_recorded_and_never_cited_and_an_absent_one_is_silent()
    {
        RuleContextTests.Run run = Start();
        Assert.True(run.Context.TryReadWithoutCiting(Parameter.Number("x.test.count"), out decimal value));
        Assert.Equal(3m, value);
        Assert.Equal("x.test.count", Assert.Single(run.Node!.Parameters).Name);
        Assert.False(run.Context.TryReadWithoutCiting(Parameter.Number("x.test.absent"), out _));
        Assert.False(run.Context.TryReadWithoutCiting(Parameter.Number("x.test.text"), out _));
        Assert.Empty(run.Findings);
        Assert.Single(run.Node!.Parameters);
        Assert.Equal([Article44], CitationsOfAFailure(run));
    }

    [Fact]
    public void A_ratio_carries_its_comparison_or_at_least_when_it_declares_none()
    {
        RuleContextTests.Run run = Start();
        Assert.True(run.Context.TryRatio("x.test.share", out Ratio share, out Comparison shareComparison));
        Assert.Equal((Ratio.Of(1, 2), Comparison.AtMost), (share, shareComparison));
        Assert.True(run.Context.TryRatio("x.test.plain", out Ratio plain, out Comparison plainComparison));
        Assert.Equal((Ratio.Of(2, 3), Comparison.AtLeast), (plain, plainComparison));
        Assert.False(run.Context.TryRatio("x.test.text", out _, out Comparison textComparison));
        Assert.Equal(Comparison.AtLeast, textComparison);
        Assert.False(run.Context.TryRatio("x.test.absent", out _, out Comparison absentComparison));
        Assert.Equal(Comparison.AtLeast, absentComparison);
        Assert.Equal("engine.parameterMissing", Assert.Single(run.Findings).MessageKey);
    }

    [Fact]
    public void A_number_that_is_text_reads_false_without_a_finding()
    {
        RuleContextTests.Run run = Start();
        Assert.False(run.Context.TryNumber("x.test.text", out decimal value));
        Assert.Equal(0m, value);
        Assert.Empty(run.Findings);
    }

    [Fact]
    public void A_flag_in_force_is_recorded_and_a_value_of_another_kind_falls_back_unrecorded()
    {
        RuleContextTests.Run run = Start();
        Assert.True(run.Context.Flag("x.test.flag", fallback: false));
        Assert.Equal("x.test.flag", Assert.Single(run.Node!.Parameters).Name);
        Assert.False(run.Context.Flag("x.test.text", fallback: false));
        Assert.True(run.Context.Flag("x.test.text", fallback: true));
        Assert.Single(run.Node!.Parameters);
        Assert.Empty(run.Findings);
    }

    [Fact]
    public void A_look_up_on_a_day_names_the_first_day_of_the_value_then_in_force()
    {
        RuleContextTests.Run run = Start();
        Assert.True(run.Context.TryLookUp("x.test.count", out ParameterReading reading, new LocalDate(2026, 7, 1)));
        Assert.Equal(ParameterScalar.FromNumber(5), reading.Value);
        Assert.True(run.Context.IsInForce(Parameter.Number("x.test.count"), new LocalDate(2026, 6, 30)));
        Assert.False(run.Context.IsInForce(Parameter.Number("x.test.count"), new LocalDate(2019, 12, 31)));
        Assert.Equal(
            [new TraceFact("inForce:x.test.count", "2026-07-01"), new TraceFact("inForce:x.test.count", "2020-01-01"), new TraceFact("inForce:x.test.count", "none")],
            run.Node!.Facts);
    }
}
