namespace Union.Cli.Tests;

public class LabourCommandTests
{
    [Fact]
    public void The_example_checks_lawful_and_complete()
    {
        var (code, example, _) = CliRunner.Run("labour", "example");
        Assert.Equal(0, code);
        string path = CliRunner.TempFile(example, "labour.json");
        var (exit, output, error) = CliRunner.Run("labour", "check", path, "--as-of", "2026-11-25", "--lang", "zh");
        Assert.True(exit == 0, output + error);
        Assert.Contains("订立劳动合同 450 人时，最多可使用被派遣劳动者 50 人（现使用 50 人）", output);
        Assert.Contains("陈刚：连续工作年限于 2024-03-01 满足订立无固定期限劳动合同的条件", output);
        Assert.Contains("《劳动合同法》第十四条第二款第（一）项", output);
        Assert.Contains("结论：未发现违法情形，全部规则均已评估。", output);
    }

    [Fact]
    public void The_example_checks_lawful_on_any_day_it_is_checked()
    {
        var (_, example, _) = CliRunner.Run("labour", "example");
        string path = CliRunner.TempFile(example, "labour.json");
        Assert.Equal(0, CliRunner.Run("labour", "check", path).Code);
        Assert.Equal(0, CliRunner.Run("labour", "check", path, "--as-of", "2040-01-01").Code);
    }

    [Fact]
    public void The_flawed_example_exits_with_violations()
    {
        var (code, example, _) = CliRunner.Run("labour", "example", "--flawed");
        Assert.Equal(0, code);
        string path = CliRunner.TempFile(example, "flawed.json");
        var (exit, output, _) = CliRunner.Run("labour", "check", path, "--as-of", "2026-11-25", "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("LS-DISPATCH-CAP", output);
        Assert.Contains("at most 22 may be used, 18 too many", output);
        Assert.Contains("LS-DISPATCH-POST", output);
        Assert.Contains("LS-PROBATION", output);
        Assert.Contains("damages of 6,000 yuan", output);
        Assert.Contains("LS-LAYOFF", output);
        Assert.Contains("only 29 days before", output);
        Assert.Contains("Result: violations found.", output);
    }

    [Fact]
    public void The_report_in_json_carries_the_outcome()
    {
        var (_, example, _) = CliRunner.Run("labour", "example", "--flawed");
        string path = CliRunner.TempFile(example, "flawed.json");
        var (exit, output, _) = CliRunner.Run("labour", "check", path, "--as-of", "2026-11-25", "--format", "json");
        Assert.Equal(1, exit);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("labourStandards", doc.RootElement.GetProperty("domain").GetString());
        Assert.Contains(doc.RootElement.GetProperty("outcome").EnumerateArray(), o => o.GetProperty("name").GetString() == "dispatch.largestLawful" && o.GetProperty("value").GetString() == "22");
    }

    [Fact]
    public void Bad_input_exits_2_naming_the_file_and_the_json_path()
    {
        string path = CliRunner.TempFile("""{ "region": "110000", "layoffs": [ { "headcount": 10, "laidOff": 11, "effective": "2026-04-30" } ] }""", "bad.json");
        var (code, _, error) = CliRunner.Run("labour", "check", path);
        Assert.Equal(2, code);
        Assert.Contains(path, error);
        Assert.Contains("$.layoffs[0].laidOff", error);

        string typo = CliRunner.TempFile("""{ "region": "110000", "dispatch": { "ownEmployees": "many", "posts": [] } }""", "typo.json");
        var (code2, _, error2) = CliRunner.Run("labour", "check", typo);
        Assert.Equal(2, code2);
        Assert.Contains("$.dispatch.ownEmployees", error2);
    }

    [Fact]
    public void A_missing_input_exits_3_incomplete()
    {
        string path = CliRunner.TempFile("""{ "region": "110000", "employees": [ { "started": "2026-01-05", "contractSigned": "2026-01-05", "probationMonths": 1 } ] }""", "incomplete.json");
        var (code, output, _) = CliRunner.Run("labour", "check", path, "--as-of", "2026-11-25", "--lang", "en");
        Assert.Equal(3, code);
        Assert.Contains("$.employees[0].term", output);
    }

    [Fact]
    public void The_schema_describes_the_labour_file()
    {
        var (code, output, _) = CliRunner.Run("labour", "schema");
        Assert.Equal(0, code);
        Assert.Contains("\"ownEmployees\"", output);
        Assert.Contains("\"explainedToUnion\"", output);
        Assert.Contains("\"format\": \"date\"", output);
    }

    [Fact]
    public void The_rules_list_names_the_labour_codes()
    {
        var (code, output, _) = CliRunner.Run("rules", "--lang", "en");
        Assert.Equal(0, code);
        foreach (string c in new[] { "LS-DISPATCH-CAP", "LS-DISPATCH-POST", "LS-PROBATION", "LS-OPEN-ENDED", "LS-LAYOFF" })
        {
            Assert.Contains(c, output);
        }
    }
}
