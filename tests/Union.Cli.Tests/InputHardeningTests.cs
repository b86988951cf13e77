using System.Globalization;
using System.Text;
using Union.Cli.Commands;
using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Hardship;

namespace Union.Cli.Tests;

public sealed class InputHardeningTests
{
    private static readonly Dictionary<string, string> Invariant = new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };

    [Fact]
    public void A_directory_is_named_as_a_directory_not_a_missing_file()
    {
        string dir = Path.GetDirectoryName(CliRunner.TempFile("{}"))!;
        var (code, _, error) = CliRunner.Run("contract", "check", dir, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains($"{dir}: is a directory, not a file.", error);

        (_, _, error) = CliRunner.Run("contract", "check", dir);
        Assert.Contains("这是一个目录", error);
    }

    [Fact]
    public void A_missing_file_is_named_as_missing()
    {
        string path = Path.Combine(Path.GetTempPath(), "union-cli-tests", "no-such-file.json");
        var (code, _, error) = CliRunner.Run("wage", "check", path, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains($"{path}: file not found.", error);
    }

    [Fact]
    public void A_file_over_the_limit_states_the_limit()
    {
        string path = CliRunner.TempBytes(new byte[CliFiles.MaxFileBytes + 1]);
        var (code, _, error) = CliRunner.Run("hardship", "assess", path, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("the largest accepted is 16 MiB (16777216 bytes)", error);

        string atLimit = CliRunner.TempBytes([.. Encoding.UTF8.GetBytes("{}"), .. Enumerable.Repeat((byte)' ', (int)CliFiles.MaxFileBytes - 2)]);
        (code, _, error) = CliRunner.Run("contract", "check", atLimit, "--lang", "en", "--as-of", "2026-11-25");
        Assert.DoesNotContain("largest accepted", error);
        Assert.NotEqual(2, code);
    }

    [Fact]
    public void A_gbk_file_is_rejected_with_the_iconv_hint_never_read_with_replacement_characters()
    {
        byte[] gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(CollectiveContractDocument.Example);
        string path = CliRunner.TempBytes(gbk, "gbk.json");
        var (code, _, error) = CliRunner.Run("contract", "check", path, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("the file looks like GBK: convert it with iconv -f GBK -t UTF-8", error);
    }

    [Fact]
    public void Issues_are_written_in_the_chosen_language_with_line_and_column()
    {
        string path = CliRunner.TempFile("{\n  \"kind\": 99\n}", "kind.json");
        var (code, _, error) = CliRunner.Run("contract", "check", path, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains($"{path}: $.kind (line 2, column 11): A value is given by its name, not the number 99; allowed: comprehensive, special, industryWide, regional.", error);

        (_, _, error) = CliRunner.Run("contract", "check", path);
        Assert.Contains($"{path}: $.kind (第 2 行第 11 列): 取值须写名称而不是数字 99", error);
    }

    [Fact]
    public void An_as_of_date_outside_the_accepted_range_is_invalid_input()
    {
        var (code, _, error) = CliRunner.Run("parameters", "--as-of", "9999-12-31");
        Assert.Equal(2, code);
        Assert.Contains("--as-of", error);
    }

    [Fact]
    public void The_language_is_decided_by_the_culture_name_alone()
    {
        Assert.True(Messages.IsChinese(CliLanguage.Chinese));
        Assert.False(Messages.IsChinese(CliLanguage.English));
        Assert.True(Messages.IsChinese(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.True(Messages.IsChinese(CultureInfo.GetCultureInfo("zh")));
        Assert.False(Messages.IsChinese(CultureInfo.GetCultureInfo("en-US")));
        Assert.False(Messages.IsChinese(CultureInfo.InvariantCulture));
        Assert.Equal("zh-Hans", CliLanguage.For("zh").Name);
        Assert.Equal("en", CliLanguage.For("en").Name);
    }

    [Fact]
    public void Under_invariant_globalization_every_command_runs_and_the_language_still_follows_lang()
    {
        var (code, output, error) = CliRunner.RunProcess(Invariant, "contract", "example");
        Assert.True(code == 0, error);
        Assert.Contains("集体合同", output);

        string path = CliRunner.TempFile(CollectiveContractDocument.Example, "example.json");
        (code, output, error) = CliRunner.RunProcess(Invariant, "contract", "check", path, "--as-of", "2026-11-25");
        Assert.True(code is 0 or 1, error);
        Assert.Contains("结论：", output);

        (code, output, error) = CliRunner.RunProcess(Invariant, "contract", "check", path, "--as-of", "2026-11-25", "--lang", "en");
        Assert.True(code is 0 or 1, error);
        Assert.Contains("Result:", output);

        string bad = CliRunner.TempFile("{\"kind\": 99}", "bad.json");
        (code, _, error) = CliRunner.RunProcess(Invariant, "contract", "check", bad);
        Assert.Equal(2, code);
        Assert.Contains("取值须写名称", error);
    }

    [Fact]
    public void A_batch_line_whose_assessment_fails_is_reported_and_skipped_and_the_rest_kept()
    {
        string lines = string.Join('\n', HardshipPopulation.Generate(5, 7).Select(a => System.Text.Json.JsonSerializer.Serialize(a, Union.Domain.Serialization.DomainJsonContext.Default.HardshipApplication)));
        string path = CliRunner.TempFile(lines, "batch.jsonl");
        HardshipCommands.BeforeBatchAssessment = (file, line) =>
        {
            if (file == path && line == 3)
            {
                throw new InvalidOperationException("assessment failed");
            }
        };
        try
        {
            var (code, output, error) = CliRunner.Run("hardship", "batch", path, "--region", "110000", "--lang", "en");
            Assert.Equal(2, code);
            Assert.Contains($"{path}:3: internal error while assessing the line (InvalidOperationException: assessment failed)", error);
            string[] rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(4, rows.Length);
            Assert.Contains("\"line\":4,", rows[2]);
            Assert.Contains("\"line\":3,", Assert.Single(File.ReadAllLines(Path.Combine(Path.GetDirectoryName(path)!, "batch.rejects.jsonl"))));
        }
        finally
        {
            HardshipCommands.BeforeBatchAssessment = null;
        }
    }
}
