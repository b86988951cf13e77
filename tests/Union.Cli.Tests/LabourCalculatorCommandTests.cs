using System.Text.Json;

namespace Union.Cli.Tests;

/// <summary><c>union labour compensation</c> and <c>union labour double-wage</c>: steps in both languages, JSON, exit codes.</summary>
public class LabourCalculatorCommandTests
{
    private const string AverageWage = """
        { "region": "110000", "parameters": { "ls.compensation.averageMonthlyWage": { "description": "本地区上年度职工月平均工资（示例）", "descriptionEn": "Local average monthly wage (example)", "unit": "CNY/month",
          "values": [ { "from": "2020-01-01", "value": 12000, "source": "example figure" } ] } } }
        """;

    [Fact]
    public void Compensation_under_the_cap_shows_every_step_and_exits_0()
    {
        string layer = CliRunner.TempFile(AverageWage, "average.json");
        var (code, output, error) = CliRunner.Run("labour", "compensation", "--start", "2014-01-01", "--end", "2026-01-01", "--wage", "40000", "--ground", "economicLayoff", "--region", "110000", "--parameters", layer);
        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Contains("工作年限 2014-01-01 至 2026-01-01，首尾两日均计入：12 年 0 个月 1 日。", output);
        Assert.Contains("满 12 年，另 0 个月 1 日：不满 6 个月，支付 0.5 个月工资；合计 12.5 个月", output);
        Assert.Contains("月工资 40,000 元高于本地区上年度职工月平均工资 12,000 元的 3 倍（36,000 元）", output);
        Assert.Contains("经济补偿标准 = 36,000 元 × 12 个月 = 432,000 元", output);
        Assert.Contains("应付：432,000 元", output);
        Assert.Contains("ls.compensation.capMultiple = 3 multiple（劳动合同法 第四十七条第二款", output);
        Assert.Contains("standard.minimumWage.monthly = 2540", output);
    }

    [Fact]
    public void Compensation_of_an_unlawful_dismissal_in_English_and_JSON_doubles_the_amount()
    {
        string layer = CliRunner.TempFile(AverageWage, "average.json");
        var (code, output, _) = CliRunner.Run("labour", "compensation", "--start", "2020-01-01", "--end", "2025-12-31", "--wage", "10000", "--unlawful", "--region", "110000", "--parameters", layer, "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("Exactly 6 whole years: 6 months (art. 47(1)).", output);
        Assert.Contains("unlawful dissolution (art. 48): damages of 2 times the compensation of 60,000 yuan, 120,000 yuan (art. 87)", output);
        Assert.Contains("Owed: 120,000 yuan", output);

        var (jsonCode, json, _) = CliRunner.Run("labour", "compensation", "--start", "2020-01-01", "--end", "2025-12-31", "--wage", "10000", "--unlawful", "--region", "110000", "--parameters", layer, "--format", "json", "--lang", "en");
        Assert.Equal(0, jsonCode);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.Equal(60000m, result.GetProperty("amount").GetDecimal());
        Assert.Equal(120000m, result.GetProperty("damages").GetDecimal());
        Assert.Equal("unlawfulDissolution", result.GetProperty("ground").GetString());
        Assert.Equal("damages", result.GetProperty("liability").GetString());
        Assert.Equal("notApplied", result.GetProperty("cap").GetString());
        Assert.Equal(6, result.GetProperty("service").GetProperty("years").GetInt32());
        Assert.True(doc.RootElement.GetProperty("steps").GetArrayLength() >= 6);
        Assert.Contains(result.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "ls.compensation.damagesMultiple" && p.GetProperty("source").GetString() == "劳动合同法 第八十七条");
    }

    [Fact]
    public void Compensation_without_the_local_average_wage_is_incomplete_and_exits_3()
    {
        var (code, output, _) = CliRunner.Run("labour", "compensation", "--start", "2020-01-01", "--end", "2025-12-31", "--wage", "20000", "--region", "110000", "--lang", "en");
        Assert.Equal(3, code);
        Assert.Contains("the cap is open", output);
        Assert.Contains("Missing parameters (supply them with --parameters): ls.compensation.averageMonthlyWage", output);
        Assert.Contains("Economic compensation: open", output);
    }

    [Fact]
    public void Double_wage_counts_the_period_and_the_deemed_contract_and_exits_0()
    {
        var (code, output, error) = CliRunner.Run("labour", "double-wage", "--employed", "2026-01-31", "--wage", "8700", "--as-of", "2027-06-01");
        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Contains("2026-01-31 用工，当日不计入，1 个月至 2026-02-28 届满", output);
        Assert.Contains("二倍工资期间：2026-03-01 至 2027-01-30，10 个月 30 日", output);
        Assert.Contains("计薪日（星期一至星期五，含法定节假日）21 日 ÷ 月计薪天数 21.75", output);
        Assert.Contains("应另付：95,400 元", output);
        Assert.Contains("视为已订立无固定期限劳动合同：自 2027-01-31 起", output);

        var (jsonCode, json, _) = CliRunner.Run("labour", "double-wage", "--employed", "2026-01-31", "--signed", "2026-03-03", "--wage", "8700", "--as-of", "2026-06-01", "--format", "json", "--lang", "en");
        Assert.Equal(0, jsonCode);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.Equal("late", result.GetProperty("status").GetString());
        Assert.Equal("2026-03-01", result.GetProperty("from").GetString());
        Assert.Equal("2026-03-02", result.GetProperty("to").GetString());
        Assert.Equal(400m, result.GetProperty("extraWage").GetDecimal());
    }

    [Fact]
    public void Double_wage_signed_on_the_last_day_of_the_month_owes_nothing()
    {
        var (code, output, _) = CliRunner.Run("labour", "double-wage", "--employed", "2026-01-31", "--signed", "2026-02-28", "--wage", "8700", "--as-of", "2026-06-01", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("Status: signed within the month", output);
        Assert.Contains("Double wage: none", output);
    }

    [Theory]
    [InlineData("--start", "labour", "compensation", "--start", "2026-02-30", "--end", "2026-06-30", "--wage", "1")]
    [InlineData("--end", "labour", "compensation", "--start", "2026-01-01", "--end", "30/06/2026", "--wage", "1")]
    [InlineData("--end", "labour", "compensation", "--start", "2026-07-01", "--end", "2026-06-30", "--wage", "1")]
    [InlineData("--wage", "labour", "compensation", "--start", "2026-01-01", "--end", "2026-06-30", "--wage", "-5")]
    [InlineData("--ground", "labour", "compensation", "--start", "2026-01-01", "--end", "2026-06-30", "--wage", "1", "--ground", "fired")]
    [InlineData("--employed", "labour", "double-wage", "--employed", "2026-1-5")]
    [InlineData("--signed", "labour", "double-wage", "--employed", "2026-01-05", "--signed", "tomorrow")]
    [InlineData("--start", "labour", "compensation", "--end", "2026-06-30", "--wage", "1")]
    public void Bad_input_exits_2_naming_the_option(string option, params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(option, error);
    }
}
