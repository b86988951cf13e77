namespace Union.Cli.Tests.WorkersCongress;

public sealed class CongressCommandTests
{
    [Fact]
    public void The_example_checks_lawful_with_exit_0()
    {
        var (code, example, _) = CliRunner.Run("congress", "example");
        Assert.Equal(0, code);
        string file = CliRunner.TempFile(example);
        var (exit, output, error) = CliRunner.Run("congress", "check", file, "--as-of", "2026-06-01", "--lang", "en");
        Assert.True(exit == 0, output + error);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Region: Shanghai (310000)", output, StringComparison.Ordinal);
        Assert.Contains("Fewest delegates: 55 (WC-DELEGATES)", output, StringComparison.Ordinal);
        Assert.Contains("Next session due by: 2026-12-18 (WC-FREQUENCY)", output, StringComparison.Ordinal);
        Assert.Contains("Result: no violation found; every rule was assessed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flawed_example_exits_1_citing_the_zhejiang_articles()
    {
        var (_, example, _) = CliRunner.Run("congress", "example", "--flawed");
        string file = CliRunner.TempFile(example);
        var (code, output, _) = CliRunner.Run("congress", "check", file, "--as-of", "2026-06-01", "--lang", "zh");
        Assert.Equal(1, code);
        foreach (string expected in new[] { "WC-DELEGATES", "WC-MANAGERS", "WC-QUORUM", "WC-PASS", "WC-FREQUENCY", "《浙江省企业民主管理条例》第十五条第三款", "《浙江省企业民主管理条例》第十条第一款", "结论：存在违法情形。" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_flawed_example_in_json_names_the_verdict_and_the_dates()
    {
        var (_, example, _) = CliRunner.Run("congress", "example", "--flawed");
        string file = CliRunner.TempFile(example);
        var (code, output, _) = CliRunner.Run("congress", "check", file, "--as-of", "2026-06-01", "--format", "json");
        Assert.Equal(1, code);
        Assert.Contains("\"verdict\": \"violationsFound\"", output, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"nextSessionDue\",\n      \"value\": \"2025-06-20\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_region_option_applies_another_regions_numbers()
    {
        var (_, example, _) = CliRunner.Run("congress", "example");
        string file = CliRunner.TempFile(example);
        var (code, output, _) = CliRunner.Run("congress", "check", file, "--as-of", "2026-06-01", "--lang", "en", "--region", "330000");
        Assert.Equal(1, code);
        Assert.Contains("58 delegates, fewer than the 75 due for 640 employees.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "form": "congres" }""", "$.form")]
    [InlineData("""{ "form": "congress", "employees": -1 }""", "$.employees")]
    [InlineData("""{ "form": "congress", "delegates": [ { "category": "frontLine", "count": 3, "women": 4 } ] }""", "$.delegates[0].women")]
    [InlineData("""{ "form": "congress", "sessions": [ { "date": "2026-02-30" } ] }""", "$.sessions[0].date")]
    [InlineData("""{ "form": "congress", "sessions": [ { "date": "2026-01-01", "bodySize": 30, "present": 31 } ] }""", "$.sessions[0].present")]
    public void Input_that_is_not_a_congress_record_exits_2_naming_the_file_and_path(string json, string path)
    {
        string file = CliRunner.TempFile(json, "bad-congress.json");
        var (code, _, error) = CliRunner.Run("congress", "check", file);
        Assert.Equal(2, code);
        Assert.Contains("bad-congress.json", error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_is_printed()
    {
        var (code, output, _) = CliRunner.Run("congress", "schema");
        Assert.Equal(0, code);
        Assert.Contains("json-schema.org", output, StringComparison.Ordinal);
        Assert.Contains("\"resolutions\"", output, StringComparison.Ordinal);
    }
}
