using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// A parameter layer read from JSON: every refusal named by its key, JSON path and arguments; every unit's range at its
/// limits; what an override takes from the shipped definition; the layer's name.
/// </summary>
public sealed class ParameterLayerTests
{
    private const string Path = "$.parameters['my.value'].values[0].value";

    /// <summary>A new parameter <c>my.value</c> in <paramref name="unit"/> with one value, written as JSON.</summary>
    private static string NewParameter(string unit, string value, string comparison = "") =>
        "{\"parameters\":{\"my.value\":{\"description\":\"测试\",\"descriptionEn\":\"test\",\"unit\":\"" + unit + "\"" + comparison
        + ",\"values\":[{\"from\":\"2025-01-01\",\"value\":" + value + ",\"source\":\"test\"}]}}}";

    private static ParameterLayer Read(string json, string? source = "mine.json")
    {
        DocumentResult<ParameterLayer> r = ParameterLayer.Parse(json, source);
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
        return r.Value!;
    }

    private static Dictionary<string, string> ArgumentsOf(ValidationIssue issue) =>
        (issue.Arguments ?? []).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("days", "a whole number from 1 to 100000", "1 至 100000 的整数")]
    [InlineData("workingDays", "a whole number from 1 to 100000", "1 至 100000 的整数")]
    [InlineData("person", "a whole number from 1 to 100000", "1 至 100000 的整数")]
    [InlineData("home", "a whole number from 1 to 100000", "1 至 100000 的整数")]
    [InlineData("months", "a whole number from 1 to 12000", "1 至 12000 的整数")]
    [InlineData("month", "a whole number from 1 to 12000", "1 至 12000 的整数")]
    [InlineData("years", "a whole number from 1 to 1000", "1 至 1000 的整数")]
    [InlineData("year", "a whole number from 0 to 1000 (0: no limit on that side)", "0 至 1000 的整数（0 表示该侧无限制）")]
    [InlineData("day", "a number from 1 to 366", "1 至 366 的数")]
    [InlineData("hour", "a number from 1 to 8784", "1 至 8784 的数")]
    [InlineData("growthRatio", "a growth ratio from -100% to 1000% (a number such as 0.07 or -0.02, or a text such as \"7%\")", "-100% 至 1000% 的增长率（如 0.07、-0.02 或 \"7%\"）")]
    [InlineData("ratio", "a ratio above 0 and at most 1", "大于 0、不超过 1 的比例")]
    [InlineData("multiple", "a number above 0 and at most 100", "大于 0、不超过 100 的数")]
    [InlineData("boolean", "true or false", "true 或 false")]
    [InlineData("choice", "a text", "文本")]
    [InlineData("list", "a text", "文本")]
    [InlineData("CNY/month", "an amount from 0 to 1000000000000 yuan", "0 至 1000000000000 元的金额")]
    [InlineData("CNY/person/month", "an amount from 0 to 1000000000000 yuan", "0 至 1000000000000 元的金额")]
    public void Each_checked_unit_describes_its_range_in_both_languages(string unit, string en, string zh)
    {
        Assert.Equal((en, zh), ParameterLayer.UnitRange(unit));
    }

    [Theory]
    [InlineData("weeks")]
    [InlineData("")]
    [InlineData("cny/month")]
    [InlineData("Days")]
    public void A_unit_that_is_not_checked_has_no_range_and_takes_any_value(string unit)
    {
        Assert.Null(ParameterLayer.UnitRange(unit));
        if (unit.Length > 0)
        {
            Assert.True(ParameterLayer.Parse(NewParameter(unit, "-5"), "mine.json").IsValid);
        }
    }

    /// <summary>Each unit's limits: on the line, one step inside and one step past it.</summary>
    [Theory]
    [InlineData("days", "100000", true)]
    [InlineData("days", "100001", false)]
    [InlineData("workingDays", "1", true)]
    [InlineData("workingDays", "0", false)]
    [InlineData("person", "2.5", false)]
    [InlineData("home", "3", true)]
    [InlineData("months", "1", true)]
    [InlineData("months", "12000", true)]
    [InlineData("months", "12001", false)]
    [InlineData("months", "0.5", false)]
    [InlineData("month", "1", true)]
    [InlineData("years", "1", true)]
    [InlineData("years", "0", false)]
    [InlineData("years", "1000", true)]
    [InlineData("years", "1001", false)]
    [InlineData("years", "1.5", false)]
    [InlineData("year", "0", true)]
    [InlineData("year", "-1", false)]
    [InlineData("year", "2.5", false)]
    [InlineData("day", "366", true)]
    [InlineData("day", "366.01", false)]
    [InlineData("hour", "1", true)]
    [InlineData("hour", "0.99", false)]
    [InlineData("growthRatio", "-1", true)]
    [InlineData("growthRatio", "-1.01", false)]
    [InlineData("growthRatio", "10", true)]
    [InlineData("growthRatio", "10.01", false)]
    [InlineData("growthRatio", "0", true)]
    [InlineData("growthRatio", "\"7%\"", true)]
    [InlineData("growthRatio", "\" -2% \"", true)]
    [InlineData("growthRatio", "\"-100%\"", true)]
    [InlineData("growthRatio", "\"-100.5%\"", false)]
    [InlineData("growthRatio", "\"1000%\"", true)]
    [InlineData("growthRatio", "\"1001%\"", false)]
    [InlineData("growthRatio", "\"1/2\"", true)]
    [InlineData("growthRatio", "\"21/2\"", false)]
    [InlineData("ratio", "\"1/1000000\"", true)]
    [InlineData("ratio", "0.5", true)]
    [InlineData("ratio", "1", true)]
    [InlineData("ratio", "1.01", false)]
    [InlineData("multiple", "0.01", true)]
    [InlineData("boolean", "true", true)]
    [InlineData("boolean", "false", true)]
    [InlineData("choice", "\"workersCongress\"", true)]
    [InlineData("list", "\"a,b\"", true)]
    [InlineData("list", "1", false)]
    [InlineData("CNY/month", "0", true)]
    [InlineData("CNY/month", "-0.01", false)]
    [InlineData("CNY/month", "2740.5", true)]
    public void A_value_is_accepted_only_within_its_units_range(string unit, string value, bool valid)
    {
        DocumentResult<ParameterLayer> r = ParameterLayer.Parse(NewParameter(unit, value), "mine.json");
        Assert.Equal(valid, r.IsValid);
        if (!valid)
        {
            Assert.Equal(Path, Assert.Single(r.Issues).Path);
        }
    }

    /// <summary>A number of the right kind out of range names the unit, the range in each language and the value.</summary>
    [Theory]
    [InlineData("days", "0", "0")]
    [InlineData("ratio", "\"3/2\"", "3/2")]
    [InlineData("ratio", "2", "2")]
    [InlineData("growthRatio", "11", "11")]
    [InlineData("CNY/month", "-1", "-1")]
    [InlineData("multiple", "101", "101")]
    public void A_value_out_of_range_is_a_range_issue_with_its_arguments(string unit, string value, string written)
    {
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(NewParameter(unit, value), "mine.json").Issues);
        Assert.Equal("parameter.valueRange", issue.Key);
        Assert.Equal(Path, issue.Path);
        Assert.Equal("mine.json", issue.Source);
        (string en, string zh) = ParameterLayer.UnitRange(unit)!.Value;
        Assert.Equal(
            new Dictionary<string, string> { ["unit"] = unit, ["range"] = en, ["rangeZh"] = zh, ["value"] = written },
            ArgumentsOf(issue));
    }

    /// <summary>A value of the wrong kind names the unit and the kind expected.</summary>
    [Theory]
    [InlineData("days", "\"ten\"", "integer")]
    [InlineData("months", "\"ten\"", "integer")]
    [InlineData("years", "false", "integer")]
    [InlineData("year", "true", "integer")]
    [InlineData("day", "\"1\"", "number")]
    [InlineData("hour", "false", "number")]
    [InlineData("multiple", "\"2\"", "number")]
    [InlineData("growthRatio", "true", "growth ratio")]
    [InlineData("growthRatio", "\"fast\"", "growth ratio")]
    [InlineData("ratio", "\"half\"", "ratio")]
    [InlineData("ratio", "-0.5", "ratio")]
    [InlineData("boolean", "1", "boolean")]
    [InlineData("boolean", "\"true\"", "boolean")]
    [InlineData("choice", "true", "string")]
    [InlineData("list", "2", "string")]
    [InlineData("CNY/month", "\"2740\"", "amount")]
    public void A_value_of_the_wrong_kind_is_a_kind_issue_naming_the_kind_expected(string unit, string value, string expected)
    {
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(NewParameter(unit, value), "mine.json").Issues);
        Assert.Equal("parameter.valueKind", issue.Key);
        Assert.Equal(Path, issue.Path);
        Assert.Equal(new Dictionary<string, string> { ["unit"] = unit, ["expected"] = expected }, ArgumentsOf(issue));
    }

    /// <summary>A threshold (a parameter with a comparison) must be a number or a ratio, and not negative.</summary>
    [Theory]
    [InlineData("\"two thirds\"", "parameter.threshold")]
    [InlineData("true", "parameter.threshold")]
    [InlineData("-1", "parameter.thresholdNegative")]
    [InlineData("-0.01", "parameter.thresholdNegative")]
    public void A_threshold_that_is_no_number_or_is_negative_is_refused(string value, string key)
    {
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(NewParameter("weeks", value, ",\"comparison\":\"atLeast\""), "mine.json").Issues);
        Assert.Equal(key, issue.Key);
        Assert.Equal(Path, issue.Path);
        Assert.Empty(issue.Arguments ?? []);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"2/3\"")]
    [InlineData("\"66%\"")]
    [InlineData("12.5")]
    public void A_threshold_that_is_a_number_or_a_ratio_is_accepted(string value)
    {
        Assert.True(ParameterLayer.Parse(NewParameter("weeks", value, ",\"comparison\":\"atMost\""), "mine.json").IsValid);
    }

    [Fact]
    public void Without_a_comparison_a_text_or_a_negative_number_is_left_to_the_unit()
    {
        Assert.True(ParameterLayer.Parse(NewParameter("weeks", "\"two\""), "mine.json").IsValid);
        Assert.True(ParameterLayer.Parse(NewParameter("weeks", "-1"), "mine.json").IsValid);
    }

    [Fact]
    public void A_threshold_the_unit_refuses_is_a_range_issue_once_the_threshold_check_passes()
    {
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(NewParameter("days", "0", ",\"comparison\":\"atLeast\""), "mine.json").Issues);
        Assert.Equal("parameter.valueRange", issue.Key);
    }

    [Fact]
    public void The_shipped_comparison_makes_an_override_a_threshold()
    {
        // cc.approval.quorumRatio ships with a comparison, so a text that is no ratio is refused as a threshold.
        const string json = """{"parameters":{"cc.approval.quorumRatio":{"values":[{"from":"2026-01-01","value":"most","source":"s"}]}}}""";
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(json, "mine.json").Issues);
        Assert.Equal("parameter.threshold", issue.Key);
        Assert.Equal("$.parameters['cc.approval.quorumRatio'].values[0].value", issue.Path);
    }

    [Fact]
    public void An_override_whose_own_unit_accepts_is_still_checked_against_the_shipped_unit_and_named_by_it()
    {
        // 0 is an amount of CNY but not a number of days: the shipped unit of cc.reply.period decides.
        const string json = """{"parameters":{"cc.reply.period":{"unit":"CNY/month","values":[{"from":"2026-01-01","value":0,"source":"s"}]}}}""";
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(json, "mine.json").Issues);
        Assert.Equal("parameter.valueRange", issue.Key);
        Assert.Equal("days", ArgumentsOf(issue)["unit"]);
    }

    [Fact]
    public void A_value_both_units_refuse_is_one_issue_named_by_the_layers_own_unit()
    {
        const string json = """{"parameters":{"cc.reply.period":{"unit":"day","values":[{"from":"2026-01-01","value":0,"source":"s"}]}}}""";
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(json, "mine.json").Issues);
        Assert.Equal("day", ArgumentsOf(issue)["unit"]);
    }

    [Fact]
    public void An_override_in_the_shipped_unit_is_checked_once()
    {
        const string json = """{"parameters":{"cc.reply.period":{"unit":"days","values":[{"from":"2026-01-01","value":0,"source":"s"}]}}}""";
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(json, "mine.json").Issues);
        Assert.Equal("days", ArgumentsOf(issue)["unit"]);
    }

    [Theory]
    [InlineData("description", "\"  \"")]
    [InlineData("descriptionEn", "\"\"")]
    [InlineData("unit", "\" \"")]
    public void A_member_an_override_writes_must_say_something(string member, string value)
    {
        string json = "{\"parameters\":{\"cc.reply.period\":{\"" + member + "\":" + value
            + ",\"values\":[{\"from\":\"2026-01-01\",\"value\":15,\"source\":\"s\"}]}}}";
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(json, "mine.json").Issues);
        Assert.Equal("parameter." + member, issue.Key);
        Assert.Equal("$.parameters['cc.reply.period']." + member, issue.Path);
    }

    [Theory]
    [InlineData("description")]
    [InlineData("descriptionEn")]
    [InlineData("unit")]
    public void A_new_parameter_with_a_blank_member_is_refused_by_that_member(string member)
    {
        string json = NewParameter("weeks", "1").Replace("\"" + member + "\":\"" + (member switch { "description" => "测试", "descriptionEn" => "test", _ => "weeks" }) + "\"", "\"" + member + "\":\" \"", StringComparison.Ordinal);
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(json, "mine.json").Issues);
        Assert.Equal("parameter." + member, issue.Key);
        Assert.Equal("$.parameters['my.value']." + member, issue.Path);
    }

    [Fact]
    public void A_new_parameter_without_any_description_or_unit_has_three_issues_in_order()
    {
        const string json = """{"parameters":{"my.value":{"values":[{"from":"2026-01-01","value":1,"source":"s"}]}}}""";
        DocumentResult<ParameterLayer> r = ParameterLayer.Parse(json, "mine.json");
        Assert.Equal(
            ["parameter.description", "parameter.descriptionEn", "parameter.unit"],
            r.Issues.Select(i => i.Key));
        Assert.Equal(
            ["$.parameters['my.value'].description", "$.parameters['my.value'].descriptionEn", "$.parameters['my.value'].unit"],
            r.Issues.Select(i => i.Path));
    }

    [Theory]
    [InlineData("my.value", true)]
    [InlineData("a", true)]
    [InlineData("a1.b2C", true)]
    [InlineData("My.value", false)]
    [InlineData("my..value", false)]
    [InlineData("my.value.", false)]
    [InlineData("my.1value", false)]
    [InlineData("my_value", false)]
    [InlineData("x my.value", false)]
    public void A_parameter_name_is_dot_separated_camel_case(string name, bool valid)
    {
        string json = NewParameter("weeks", "1").Replace("my.value", name, StringComparison.Ordinal);
        DocumentResult<ParameterLayer> r = ParameterLayer.Parse(json, "mine.json");
        Assert.Equal(valid, r.IsValid);
        if (!valid)
        {
            ValidationIssue issue = Assert.Single(r.Issues);
            Assert.Equal("parameter.name", issue.Key);
            Assert.Equal($"$.parameters['{name}']", issue.Path);
        }
    }

    [Fact]
    public void Every_value_is_checked_and_each_issue_names_its_own_index()
    {
        const string json = """
        {"parameters":{"my.value":{"description":"测试","descriptionEn":"test","unit":"days","values":[
          {"from":"2024-01-01","value":5,"source":"s"},
          {"from":"2025-01-01","value":0,"source":"s"},
          {"from":"2025-01-01","value":6,"source":" "}]}}}
        """;
        DocumentResult<ParameterLayer> r = ParameterLayer.Parse(json, "mine.json");
        Assert.Equal(
            [
                ("$.parameters['my.value'].values[1].value", "parameter.valueRange"),
                ("$.parameters['my.value'].values[2].source", "parameter.source"),
                ("$.parameters['my.value'].values[2].from", "parameter.sameFrom"),
            ],
            r.Issues.Select(i => (i.Path, i.Key!)));
        Assert.All(r.Issues, i => Assert.NotNull(i.Line));
    }

    [Fact]
    public void Two_parameters_are_each_checked()
    {
        const string json = """
        {"parameters":{
          "a.one":{"description":"一","descriptionEn":"one","unit":"days","values":[{"from":"2024-01-01","value":0,"source":"s"}]},
          "b.two":{"description":"二","descriptionEn":"two","unit":"days","values":[{"from":"2024-01-01","value":0,"source":"s"}]}}}
        """;
        Assert.Equal(
            ["$.parameters['a.one'].values[0].value", "$.parameters['b.two'].values[0].value"],
            ParameterLayer.Parse(json, "mine.json").Issues.Select(i => i.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_layer_is_named_by_its_source_else_its_region_else_national()
    {
        string national = NewParameter("weeks", "1");
        string regional = national.Replace("{\"parameters\"", "{\"region\":\"310000\",\"parameters\"", StringComparison.Ordinal);
        Assert.Equal("mine.json", Read(regional).Name);
        Assert.Equal("310000", Read(regional, null).Name);
        Assert.Equal("national", Read(national, null).Name);
        ParameterLayer layer = Read(regional, null);
        Assert.Equal(RegionCode.Shanghai, layer.Region);
        Assert.Null(Read(national, null).Region);
    }

    [Fact]
    public void A_layer_keeps_its_description_and_a_new_parameter_its_own_members()
    {
        const string json = """
        {"description":"调用方数据","parameters":{"my.value":{"description":"测试","descriptionEn":"test","unit":"weeks",
          "comparison":"atMost","adjustmentCycleMonths":24,"referenceOnly":true,
          "values":[{"from":"2026-01-01","value":2,"source":"b"},{"from":"2024-01-01","value":1,"source":"a"}]}}}
        """;
        ParameterLayer layer = Read(json);
        Assert.Equal("调用方数据", layer.Description);
        ParameterDefinition d = Assert.Single(layer.Parameters).Value;
        Assert.Equal(("测试", "test", "weeks", (Comparison?)Comparison.AtMost, (int?)24, true), (d.Description, d.DescriptionEn, d.Unit, d.Comparison, d.AdjustmentCycleMonths, d.ReferenceOnly));
        Assert.Equal([new LocalDate(2024, 1, 1), new LocalDate(2026, 1, 1)], d.Values.Select(v => v.From));
        Assert.Equal(["a", "b"], d.Values.Select(v => v.Source));
    }

    [Fact]
    public void A_new_parameter_is_neither_a_threshold_nor_reference_only_unless_it_says_so()
    {
        ParameterDefinition d = Assert.Single(Read(NewParameter("weeks", "1")).Parameters).Value;
        Assert.Null(d.Comparison);
        Assert.Null(d.AdjustmentCycleMonths);
        Assert.False(d.ReferenceOnly);
    }

    [Fact]
    public void An_override_takes_what_it_leaves_out_from_the_shipped_definition_and_keeps_what_it_writes()
    {
        // A shipped parameter carried for reference only stays so; one with an adjustment cycle keeps it.
        string referenceOnly = EmbeddedParameters.Definitions.First(p => p.Value.ReferenceOnly).Key;
        KeyValuePair<string, ParameterDefinition> cycled = EmbeddedParameters.Definitions.First(p => p.Value.AdjustmentCycleMonths is not null);
        string json = "{\"parameters\":{\"" + referenceOnly + "\":{\"values\":[" + ValueOf(EmbeddedParameters.Definitions[referenceOnly]) + "]},"
            + "\"" + cycled.Key + "\":{\"values\":[" + ValueOf(cycled.Value) + "]}}}";
        ParameterLayer r = Read(json);
        Assert.True(r.Parameters[referenceOnly].ReferenceOnly);
        Assert.Equal(cycled.Value.AdjustmentCycleMonths, r.Parameters[cycled.Key].AdjustmentCycleMonths);
        Assert.Equal(cycled.Value.Comparison, r.Parameters[cycled.Key].Comparison);

        string written = "{\"parameters\":{\"" + referenceOnly + "\":{\"referenceOnly\":false,\"description\":\"改\",\"descriptionEn\":\"changed\",\"values\":["
            + ValueOf(EmbeddedParameters.Definitions[referenceOnly]) + "]},"
            + "\"" + cycled.Key + "\":{\"adjustmentCycleMonths\":7,\"values\":[" + ValueOf(cycled.Value) + "]}}}";
        ParameterLayer own = Read(written);
        Assert.False(own.Parameters[referenceOnly].ReferenceOnly);
        Assert.Equal(("改", "changed"), (own.Parameters[referenceOnly].Description, own.Parameters[referenceOnly].DescriptionEn));
        Assert.Equal(7, own.Parameters[cycled.Key].AdjustmentCycleMonths);

        static string ValueOf(ParameterDefinition d) =>
            "{\"from\":\"2030-01-01\",\"value\":" + System.Text.Json.JsonSerializer.Serialize(d.Values[^1].Value, Union.Rules.Serialization.RulesJsonContext.Default.ParameterScalar) + ",\"source\":\"s\"}";
    }

    [Fact]
    public void An_entry_written_from_a_definition_says_reference_only_only_when_it_is()
    {
        ParameterDefinition referenceOnly = EmbeddedParameters.Definitions.First(p => p.Value.ReferenceOnly).Value;
        ParameterDefinition read = EmbeddedParameters.Definitions.First(p => !p.Value.ReferenceOnly && p.Value.Comparison is not null).Value;
        Assert.True(ParameterEntry.From(referenceOnly).ReferenceOnly);
        ParameterEntry entry = ParameterEntry.From(read);
        Assert.Null(entry.ReferenceOnly);
        Assert.Equal((read.Description, read.DescriptionEn, read.Unit, read.Comparison, read.AdjustmentCycleMonths), (entry.Description, entry.DescriptionEn, entry.Unit, entry.Comparison, entry.AdjustmentCycleMonths));
        Assert.Equal(read.Values, entry.Values);
    }

    [Fact]
    public void Bytes_are_read_as_text_is_with_or_without_a_byte_order_mark_and_refused_when_not_utf8()
    {
        string json = NewParameter("days", "0");
        byte[] plain = System.Text.Encoding.UTF8.GetBytes(json);
        byte[] bom = [0xEF, 0xBB, 0xBF, .. plain];
        foreach (byte[] bytes in new[] { plain, bom })
        {
            ValidationIssue issue = Assert.Single(ParameterLayer.Parse(bytes, "mine.json").Issues);
            Assert.Equal((Path, "parameter.valueRange", "mine.json"), (issue.Path, issue.Key!, issue.Source!));
            Assert.Equal(1, issue.Line);
        }

        Assert.True(ParameterLayer.Parse(System.Text.Encoding.UTF8.GetBytes(NewParameter("days", "3")), "mine.json").Value!.Parameters.ContainsKey("my.value"));
        Assert.False(ParameterLayer.Parse(new byte[] { 0x7B, 0xFF, 0xFE, 0x7D }, "mine.json").IsValid);
    }

    [Fact]
    public void An_embedded_layer_is_not_compared_with_the_shipped_units()
    {
        // The embedded files are read before the shipped units exist: only the layer's own unit is checked.
        const string json = """{"parameters":{"cc.reply.period":{"description":"测试","descriptionEn":"test","unit":"CNY/month","values":[{"from":"2026-01-01","value":0,"source":"s"}]}}}""";
        Assert.False(ParameterLayer.Parse(json, "mine.json").IsValid);
        DocumentResult<ParameterLayer> embedded = ParameterLayer.ParseEmbedded(json, "embedded.json");
        Assert.True(embedded.IsValid, string.Join("; ", embedded.Issues));
        Assert.Equal("embedded.json", embedded.Value!.Name);
        Assert.False(ParameterLayer.ParseEmbedded("""{"parameters":{"x":{"values":[]}}}""", "embedded.json").IsValid);
    }

    [Fact]
    public void Layers_of_one_region_merge_and_a_parameter_defined_twice_is_refused()
    {
        ParameterLayer a = Read(NewParameter("weeks", "1"), "a.json");
        ParameterLayer b = Read(NewParameter("weeks", "2").Replace("my.value", "my.other", StringComparison.Ordinal), "b.json");
        ParameterLayer merged = ParameterLayer.Merge("310000", RegionCode.Shanghai, [a, b]);
        Assert.Equal(("310000", (RegionCode?)RegionCode.Shanghai, (string?)null), (merged.Name, merged.Region, merged.Description));
        Assert.Equal(["my.other", "my.value"], merged.Parameters.Keys.Order(StringComparer.Ordinal));
        Assert.Same(a.Parameters["my.value"], merged.Parameters["my.value"]);
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => ParameterLayer.Merge("310000", RegionCode.Shanghai, [a, a]));
        Assert.Contains("my.value", ex.Message, StringComparison.Ordinal);
    }
}
