using Snapshooter.Xunit;

namespace Union.Cli.Tests;

public class FrameTests
{
    [Fact]
    public void Rules_lists_the_catalog()
    {
        var (code, output, _) = CliRunner.Run("rules", "--lang", "en");
        Assert.Equal(0, code);
        Assert.StartsWith("Implemented rules:", output);
    }

    [Fact]
    public void Parameters_prints_shanghai_with_values_dates_and_sources()
    {
        var (code, output, _) = CliRunner.Run("parameters", "--region", "310000", "--as-of", "2026-11-25", "--lang", "zh");
        Assert.Equal(0, code);
        Assert.Contains("standard.minimumWage.monthly = 2740 CNY/month  [310000]", output);
        Assert.Contains("自 2025-07-01 起施行；来源：沪人社规〔2025〕10号", output);
        Assert.Contains("cc.reply.period = ≤ 15 days  [310000]", output);
    }

    [Fact]
    public void Parameters_prints_beijing_with_a_stale_warning_for_its_dibao()
    {
        var (code, output, _) = CliRunner.Run("parameters", "--region", "110000", "--as-of", "2026-11-25", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("standard.minimumWage.monthly = 2540 CNY/month  [110000]", output);
        Assert.Contains("standard.subsistenceAllowance.urban = 1395", output);
        Assert.Contains("older than its statutory adjustment cycle (since 2024-07-01)", output);
        Assert.Contains("cc.negotiators.maxPerSide = ≤ 10 person  [110000]", output);
    }

    [Fact]
    public void Parameters_json_for_shanghai_matches_the_snapshot()
    {
        var (code, output, _) = CliRunner.Run("parameters", "--region", "310000", "--as-of", "2026-11-25", "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("\"上海市集体合同条例 第十五条第一款\"", output);
        Snapshot.Match(output);
    }

    [Fact]
    public void A_caller_layer_is_applied_on_top()
    {
        string layer = CliRunner.TempFile("""{"region":"110000","parameters":{"standard.subsistenceAllowance.urban":{"description":"低保","descriptionEn":"dibao","unit":"CNY/person/month","values":[{"from":"2025-07-01","value":1450,"source":"caller"}]}}}""", "bj.json");
        var (code, output, _) = CliRunner.Run("parameters", "--region", "110000", "--as-of", "2026-11-25", "--parameters", layer);
        Assert.Equal(0, code);
        Assert.Contains("standard.subsistenceAllowance.urban = 1450 CNY/person/month  [" + layer + "]", output);
    }

    [Theory]
    [InlineData("""{"parameters":{"x.y":{"description":"a","descriptionEn":"b","unit":"day","values":[{"from":"2026-02-30","value":1,"source":"s"}]}}}""", "$.parameters['x.y'].values[0].from")]
    [InlineData("""{"parameters":{"x.y":{"description":"a","descriptionEn":"b","unit":"day","values":[{"from":"2026-02-01","value":1,"source":"s"}]}},"typo":1}""", "$.typo")]
    [InlineData("""{"parameters": [""", "$")]
    public void A_bad_parameter_layer_exits_2_naming_the_file_and_the_json_path(string json, string path)
    {
        string file = CliRunner.TempFile(json, "bad-layer.json");
        var (code, output, error) = CliRunner.Run("parameters", "--parameters", file);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(file + ": " + path, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("parameters", "--region", "990000")]
    [InlineData("parameters", "--as-of", "2026-02-30")]
    [InlineData("parameters", "--parameters", "/nonexistent/layer.json")]
    [InlineData("parameters", "--lang", "fr")]
    [InlineData("parameters", "--no-such-option")]
    [InlineData("no-such-command")]
    public void Bad_options_exit_2_without_a_stack_trace(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.NotEqual(string.Empty, error);
        Assert.DoesNotContain("   at ", error);
    }
}

public class DemoTests
{
    [Fact]
    public void Demo_runs_every_bundled_example_and_says_the_wage_guideline_was_not_supplied()
    {
        var (code, output, error) = CliRunner.Run("demo", "--lang", "en", "--as-of", "2026-11-25");
        Assert.True(code == 3, error);
        Assert.Contains("== Collective contract review (example: Beijing, 2026) ==", output);
        Assert.Contains("2026-11-25: in force.", output);
        Assert.Contains("== Wage proposal costing ==", output);
        Assert.Contains("Category: relative hardship", output);
        Assert.Contains("== Labour file review (example: Shanghai, 2026) ==", output);
        Assert.Contains("at most 50 dispatched workers", output);
        Assert.Contains("WN-GUIDELINE", output);
        Assert.Contains("== Workers' congress review (example: Shanghai) ==", output);
        Assert.Contains("Next session due by: 2026-12-18 (WC-FREQUENCY)", output);
        Assert.Contains("== Union organisation review (example: Shanghai, 2024-2029 term) ==", output);
        Assert.Contains("Union funds: 42,141.52 yuan", output);
        Assert.DoesNotContain("Result: violations found.", output);
    }

    [Fact]
    public void Demo_in_json_is_one_document()
    {
        var (code, output, _) = CliRunner.Run("demo", "--lang", "en", "--as-of", "2026-11-25", "--format", "json");
        Assert.Equal(3, code);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(["contract", "wage", "wageCost", "hardship", "congress", "org", "labour"], doc.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Demo_honours_the_region_option()
    {
        var (_, output, _) = CliRunner.Run("demo", "--lang", "en", "--as-of", "2026-11-25", "--region", "440300");
        Assert.Contains("Region: Shenzhen (440300)", output);
    }

    [Fact]
    public void Parameters_marks_a_value_no_rule_checks_as_reference_only()
    {
        var (code, output, _) = CliRunner.Run("parameters", "--region", "330000", "--as-of", "2026-11-25", "--lang", "en");
        Assert.Equal(0, code);
        string line = output.Split('\n').Single(l => l.StartsWith("cc.negotiators.minPerSideLargeEnterprise = ", StringComparison.Ordinal));
        Assert.EndsWith("(reference only: no rule checks it yet)", line.TrimEnd());
        string read = output.Split('\n').Single(l => l.StartsWith("cc.reply.period = ", StringComparison.Ordinal));
        Assert.DoesNotContain("reference only", read, StringComparison.Ordinal);

        (_, output, _) = CliRunner.Run("parameters", "--region", "330000", "--as-of", "2026-11-25", "--format", "json");
        Assert.Contains("\"referenceOnly\": true", output, StringComparison.Ordinal);
    }
}
