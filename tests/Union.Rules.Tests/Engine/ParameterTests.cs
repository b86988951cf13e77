using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

public class ParameterTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public void Every_embedded_file_is_valid_and_every_value_has_a_source()
    {
        var files = EmbeddedParameters.Files().ToList();
        Assert.NotEmpty(files);
        foreach ((string resource, DocumentResult<ParameterLayer> result) in files)
        {
            Assert.True(result.IsValid, resource + ": " + string.Join("; ", result.Issues));
            foreach ((string name, ParameterDefinition def) in result.Value.Parameters)
            {
                Assert.All(def.Values, v => Assert.False(string.IsNullOrWhiteSpace(v.Source), $"{resource} {name} {v.From}"));
            }
        }
    }

    [Fact]
    public void Shanghai_replies_in_15_days_and_the_nation_in_20()
    {
        Assert.Equal(ParameterScalar.FromNumber(20), JurisdictionProfile.National.Get("cc.reply.period", Today).Value);
        ParameterReading sh = JurisdictionProfile.For(RegionCode.Shanghai).Get("cc.reply.period", Today);
        Assert.Equal(ParameterScalar.FromNumber(15), sh.Value);
        Assert.Equal("310000", sh.Layer);
        Assert.Contains("上海市集体合同条例", sh.Source);
        Assert.Equal(ParameterScalar.FromNumber(20), JurisdictionProfile.For(RegionCode.Shanghai).Get("cc.reply.period", new LocalDate(2007, 12, 31)).Value);
    }

    [Fact]
    public void Beijing_has_three_to_ten_negotiators_a_side()
    {
        JurisdictionProfile bj = JurisdictionProfile.For(RegionCode.Beijing);
        Assert.Equal(ParameterScalar.FromNumber(10), bj.Get("cc.negotiators.maxPerSide", Today).Value);
        Assert.False(JurisdictionProfile.National.TryGet("cc.negotiators.maxPerSide", Today, out _));
    }

    [Theory]
    [InlineData("2025-06-30", 2690)]
    [InlineData("2025-07-01", 2740)]
    [InlineData("2023-07-01", 2690)]
    [InlineData("2023-06-30", 2590)]
    public void Shanghai_minimum_wage_changes_on_its_date(string date, int expected)
    {
        ParameterReading r = JurisdictionProfile.For(RegionCode.Shanghai).Get("standard.minimumWage.monthly", NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        Assert.Equal(ParameterScalar.FromNumber(expected), r.Value);
        Assert.False(r.IsStale);
    }

    [Fact]
    public void A_city_falls_through_to_its_province_and_the_nation()
    {
        JurisdictionProfile guangzhou = JurisdictionProfile.For(RegionCode.Parse("440106"));
        Assert.Equal(ParameterScalar.FromNumber(2680), guangzhou.Get("standard.minimumWage.monthly", Today).Value);
        Assert.Equal("440100", guangzhou.Get("standard.minimumWage.monthly", Today).Layer);
        Assert.Equal("national", guangzhou.Get("cc.filing.period", Today).Layer);
    }

    [Fact]
    public void A_value_older_than_its_adjustment_cycle_still_answers_with_a_warning()
    {
        ParameterReading dibao = JurisdictionProfile.For(RegionCode.Beijing).Get("standard.subsistenceAllowance.urban", Today);
        Assert.Equal(ParameterScalar.FromNumber(1395), dibao.Value);
        Assert.Equal(new LocalDate(2024, 7, 1), dibao.StaleSince);
        Assert.False(JurisdictionProfile.For(RegionCode.Beijing).Get("standard.subsistenceAllowance.urban", new LocalDate(2024, 6, 30)).IsStale);

        ParameterReading hangzhou = JurisdictionProfile.For(RegionCode.Parse("330100")).Get("standard.minimumWage.monthly", Today);
        Assert.Equal(new LocalDate(2026, 1, 1), hangzhou.StaleSince);
    }

    [Fact]
    public void A_missing_value_is_a_clear_error_naming_parameter_region_and_date()
    {
        var ex = Assert.Throws<ParameterNotInForceException>(() => JurisdictionProfile.For(RegionCode.Shanghai).Get("standard.wageGuideline.base", Today));
        Assert.Contains("standard.wageGuideline.base", ex.Message);
        Assert.Contains("310000", ex.Message);
        Assert.Contains("2026-11-25", ex.Message);
        Assert.Throws<ParameterNotInForceException>(() => JurisdictionProfile.For(RegionCode.Shanghai).Get("standard.minimumWage.monthly", new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void A_caller_layer_overrides_the_embedded_value_from_its_date()
    {
        const string json = """
        {
          "region": "110000",
          "description": "北京市 2025 年低保（调用方数据）",
          "parameters": {
            "standard.subsistenceAllowance.urban": {
              "description": "城市低保标准", "descriptionEn": "Urban 低保", "unit": "CNY/person/month", "adjustmentCycleMonths": 12,
              "values": [ { "from": "2025-07-01", "value": 1450.50, "source": "caller's notice" } ]
            },
            "standard.wageGuideline.base": {
              "description": "工资指导线基准线", "descriptionEn": "Wage guideline base line", "unit": "ratio",
              "values": [ { "from": "2026-01-01", "value": "6%", "source": "caller's notice" } ]
            }
          }
        }
        """;
        DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(json, "beijing-2025.json");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        JurisdictionProfile bj = JurisdictionProfile.For(RegionCode.Beijing).WithLayers(layer.Value);
        ParameterReading r = bj.Get("standard.subsistenceAllowance.urban", Today);
        Assert.Equal(ParameterScalar.FromNumber(1450.50m), r.Value);
        Assert.Equal("1450.50", r.Value.ToString());
        Assert.Equal("beijing-2025.json", r.Layer);
        Assert.Equal(ParameterScalar.FromNumber(1395), bj.Get("standard.subsistenceAllowance.urban", new LocalDate(2025, 6, 30)).Value);
        Assert.True(bj.Get("standard.wageGuideline.base", Today).Value.TryGetRatio(out Ratio g));
        Assert.Equal(Ratio.Of(6, 100), g);

        JurisdictionProfile sh = JurisdictionProfile.For(RegionCode.Shanghai).WithLayers(layer.Value);
        Assert.False(sh.TryGet("standard.wageGuideline.base", Today, out _));
    }

    [Fact]
    public void An_override_of_a_shipped_parameter_needs_only_its_values()
    {
        const string json = """
        { "region": "110000", "parameters": {
            "cc.approval.quorumRatio": { "values": [ { "from": "2026-01-01", "value": "3/4", "source": "caller's reading" } ] } } }
        """;
        DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(json, "override.json");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        ParameterDefinition shipped = JurisdictionProfile.National.Definition("cc.approval.quorumRatio")!;
        ParameterDefinition d = layer.Value.Parameters["cc.approval.quorumRatio"];
        Assert.Equal((shipped.Description, shipped.DescriptionEn, shipped.Unit, shipped.Comparison), (d.Description, d.DescriptionEn, d.Unit, d.Comparison));
        Assert.NotNull(d.Comparison);

        ParameterReading r = JurisdictionProfile.For(RegionCode.Beijing).WithLayers(layer.Value).Get("cc.approval.quorumRatio", Today);
        Assert.Equal("override.json", r.Layer);
        Assert.True(r.Value.TryGetRatio(out Ratio q));
        Assert.Equal(Ratio.Of(3, 4), q);
        Assert.Equal(shipped.Comparison, r.Comparison);
    }

    [Fact]
    public void An_override_is_still_checked_against_the_shipped_unit()
    {
        const string json = """{ "parameters": { "cc.reply.period": { "values": [ { "from": "2026-01-01", "value": -3, "source": "s" } ] } } }""";
        DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(json, "override.json");
        Assert.False(layer.IsValid);
        Assert.Contains(layer.Issues, i => i.Path == "$.parameters['cc.reply.period'].values[0].value");
    }

    [Theory]
    [InlineData("description")]
    [InlineData("descriptionEn")]
    [InlineData("unit")]
    public void A_new_parameter_still_needs_its_description_and_unit(string member)
    {
        var members = new Dictionary<string, string> { ["description"] = "\"新参数\"", ["descriptionEn"] = "\"A new parameter\"", ["unit"] = "\"day\"" };
        members.Remove(member);
        string json = "{\"parameters\":{\"my.newParameter\":{" + string.Concat(members.Select(m => $"\"{m.Key}\":{m.Value},"))
            + "\"values\":[{\"from\":\"2020-01-01\",\"value\":1,\"source\":\"s\"}]}}}";
        DocumentResult<ParameterLayer> r = ParameterLayer.Parse(json, "mine.json");
        Assert.False(r.IsValid);
        Assert.Contains(r.Issues, i => i.Path == "$.parameters['my.newParameter']." + member);
    }

    [Theory]
    [InlineData("""{"parameters":{"Bad Name":{"description":"a","descriptionEn":"b","unit":"day","values":[{"from":"2020-01-01","value":1,"source":"s"}]}}}""", "$.parameters['Bad Name']")]
    [InlineData("""{"parameters":{"x.y":{"description":"a","descriptionEn":"b","unit":"day","values":[{"from":"2020-01-01","value":1,"source":""}]}}}""", "$.parameters['x.y'].values[0].source")]
    [InlineData("""{"parameters":{"x.y":{"description":"a","descriptionEn":"b","unit":"day","values":[]}}}""", "$.parameters['x.y'].values")]
    [InlineData("""{"parameters":{"x.y":{"description":"a","descriptionEn":"b","unit":"day","comparison":"atLeast","values":[{"from":"2020-01-01","value":true,"source":"s"}]}}}""", "$.parameters['x.y'].values[0].value")]
    [InlineData("""{"parameters":{"x.y":{"description":"a","descriptionEn":"b","unit":"day","comparison":"sometimes","values":[{"from":"2020-01-01","value":1,"source":"s"}]}}}""", "$.parameters['x.y'].comparison")]
    [InlineData("""{"parameters":{"x.y":{"description":"a","descriptionEn":"b","unit":"day","values":[{"from":"2020-01-01","value":1,"source":"s","sauce":1}]}}}""", "$.parameters['x.y'].values[0].sauce")]
    [InlineData("""{"region":"12345","parameters":{}}""", "$.region")]
    [InlineData("""{"parameters":{"x.y":{"description":"a","descriptionEn":"b","unit":"day","values":[{"from":"2020-01-01","value":1,"source":"s"},{"from":"2020-01-01","value":2,"source":"s"}]}}}""", "$.parameters['x.y'].values[1].from")]
    public void A_bad_layer_names_the_json_path(string json, string path)
    {
        DocumentResult<ParameterLayer> r = ParameterLayer.Parse(json, "mine.json");
        Assert.False(r.IsValid);
        Assert.Contains(r.Issues, i => i.Path == path);
    }
}
