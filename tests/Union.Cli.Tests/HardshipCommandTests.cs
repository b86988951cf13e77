namespace Union.Cli.Tests;

public class HardshipCommandTests
{
    [Fact]
    public void Example_is_assessed_with_its_computation_near_miss_and_citations()
    {
        var (code, example, _) = CliRunner.Run("hardship", "example");
        Assert.Equal(0, code);
        string path = CliRunner.TempFile(example);
        var (exit, output, _) = CliRunner.Run("hardship", "assess", path, "--lang", "zh");
        Assert.Equal(0, exit);
        Assert.Contains("认定结果：相对困难", output);
        Assert.Contains("(82,000 元 + 0 元 − 25,100 元) ÷ 3 人 ÷ 12 个月 = 1,580.56 元", output);
        Assert.Contains("深度困难：人均月收入 1,580.56 元，标准 1,395 元，高出 185.56 元。", output);
        Assert.Contains("《平顶山市总工会困难职工家庭认定标准》", output);
        Assert.DoesNotContain("《困难职工帮扶认定办法（地方实施细则）》", output);
    }

    [Fact]
    public void Assess_reports_a_bad_field_with_file_and_json_path()
    {
        string path = CliRunner.TempFile("""{ "applicationDate": "2025-03-01", "applicant": { "unionMember": true }, "members": [ { "birthDate": "1980-01-01", "disabilityGrade": 7 } ] }""");
        var (code, _, error) = CliRunner.Run("hardship", "assess", path);
        Assert.Equal(2, code);
        Assert.Contains(path, error);
        Assert.Contains("$.members[0].disabilityGrade", error);
    }

    [Fact]
    public void Batch_skips_a_malformed_line_and_keeps_every_other_result()
    {
        var (_, households, _) = CliRunner.Run("hardship", "households", "50");
        string[] lines = households.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string input = string.Join('\n', lines.Take(10).Append("{ broken").Concat(lines.Skip(10)));
        string path = CliRunner.TempFile(input, "households.jsonl");
        string outPath = Path.Combine(Path.GetDirectoryName(path)!, "results.jsonl");
        var (code, summary, error) = CliRunner.Run("hardship", "batch", path, "--out", outPath, "--region", "110000", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains($"{path}:11:", error);
        Assert.Contains("51 lines", summary);
        Assert.Contains("malformed 1", summary);
        Assert.Contains("51 rows = 50 results + 1 rejected", summary);
        string[] results = File.ReadAllLines(outPath);
        Assert.Equal(50, results.Length);
        Assert.Equal(50, results.Count(r => r.Contains("\"category\"", StringComparison.Ordinal)));
        Assert.Contains("\"line\":12,", results[10]);
        Assert.Contains("\"line\":11,", Assert.Single(File.ReadAllLines(Path.Combine(Path.GetDirectoryName(path)!, "results.rejects.jsonl"))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Batch_without_the_local_subsistence_allowance_is_incomplete_and_says_what_each_line_lacks(bool full)
    {
        var (_, households, _) = CliRunner.Run("hardship", "households", "20");
        string path = CliRunner.TempFile(households, "households.jsonl");
        string outPath = Path.Combine(Path.GetDirectoryName(path)!, full ? "full.jsonl" : "screen.jsonl");
        string[] args = ["hardship", "batch", path, "--out", outPath, "--region", "310000", "--lang", "en", .. full ? new[] { "--full" } : []];
        var (code, summary, _) = CliRunner.Run(args);
        Assert.Equal(3, code);
        Assert.Contains("not assessed 20", summary);
        Assert.Contains("20 not assessed: missing parameter standard.subsistenceAllowance.urban; supply it with --region or --parameters.", summary);
        Assert.All(File.ReadAllLines(outPath), r => Assert.Contains("\"assessed\":false", r));
        Assert.All(File.ReadAllLines(outPath), r => Assert.Matches("\"missing\":\\[[^\\]]*\"standard.subsistenceAllowance.urban\"", r));
    }

    [Fact]
    public void Batch_with_every_household_assessed_exits_0()
    {
        var (_, households, _) = CliRunner.Run("hardship", "households", "20");
        string path = CliRunner.TempFile(households, "households.jsonl");
        var (code, output, _) = CliRunner.Run("hardship", "batch", path, "--region", "110000");
        Assert.Equal(0, code);
        Assert.DoesNotContain("\"missing\"", output);
    }

    [Fact]
    public void Batch_full_mode_and_screening_agree_on_the_summary()
    {
        var (_, households, _) = CliRunner.Run("hardship", "households", "300");
        string path = CliRunner.TempFile(households, "households.jsonl");
        string dir = Path.GetDirectoryName(path)!;
        var (_, screening, _) = CliRunner.Run("hardship", "batch", path, "--out", Path.Combine(dir, "a.jsonl"), "--region", "110000", "--lang", "en");
        var (_, full, _) = CliRunner.Run("hardship", "batch", path, "--out", Path.Combine(dir, "b.jsonl"), "--region", "110000", "--lang", "en", "--full");
        Assert.Equal(screening[screening.IndexOf(':', StringComparison.Ordinal)..], full[full.IndexOf(':', StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Schema_describes_the_application()
    {
        var (code, output, _) = CliRunner.Run("hardship", "schema");
        Assert.Equal(0, code);
        Assert.Contains("\"applicationDate\"", output);
        Assert.Contains("\"format\": \"date\"", output);
    }

    [Theory]
    [InlineData(250_000, 50_000_000, 200_000_000, 10, false, "250,000 lines (25%), 25,000 lines/s, about 00:00:30 left   ")]
    [InlineData(250_000, 50_000_000, 200_000_000, 10, true, "已处理 250,000 行（25%），每秒 25,000 行，预计剩余 00:00:30   ")]
    [InlineData(5_000, 1_000, 1_000, 2, false, "5,000 lines (100%), 2,500 lines/s, about 00:00:00 left   ")]
    public void The_progress_line_shows_count_share_rate_and_time_left(long lines, long read, long length, int seconds, bool zh, string expected) =>
        Assert.Equal(expected, Union.Cli.Commands.HardshipCommands.Progress(lines, read, length, TimeSpan.FromSeconds(seconds), zh));
}
