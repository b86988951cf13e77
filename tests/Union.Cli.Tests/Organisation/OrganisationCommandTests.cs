using Snapshooter.Xunit;

namespace Union.Cli.Tests.Organisation;

public class OrganisationCommandTests
{
    private const string DuesRate = """
        {"parameters":{"union.dues.rate":{"description":"会费比例","descriptionEn":"dues rate","unit":"ratio","values":[{"from":"2020-01-01","value":"1/200","source":"caller"}]}}}
        """;

    [Fact]
    public void The_example_checks_clean_and_exits_0()
    {
        var (code, example, _) = CliRunner.Run("org", "example");
        Assert.Equal(0, code);
        string file = CliRunner.TempFile(example, "org.json");
        var (check, output, error) = CliRunner.Run("org", "check", file, "--as-of", "2026-06-01", "--lang", "en");
        Assert.Equal(string.Empty, error);
        Assert.Equal(0, check);
        Assert.Contains("The term ends: 2029-03-14 (ORG-TERM)", output);
        Assert.Contains("Labour contract protected to: 2034-03-14 (张华) (ORG-OFFICER-PROTECTION)", output);
        Assert.Contains("Union funds: 42,141.52 yuan (kept 25,284.91 yuan, to higher levels 16,856.61 yuan) (ORG-FUNDS)", output);
        Assert.Contains("Result: no violation found; every rule was assessed.", output);
    }

    [Fact]
    public void The_flawed_example_exits_1_and_names_the_missing_dues_rate()
    {
        string file = CliRunner.TempFile(CliRunner.Run("org", "example", "--flawed").Out, "flawed.json");
        var (code, output, _) = CliRunner.Run("org", "check", file, "--as-of", "2026-06-01", "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("[Violation/Failed] ORG-COMMITTEE", output);
        Assert.Contains("[Violation/Failed] ORG-RELATIVES", output);
        Assert.Contains("[Violation/Failed] ORG-TERM", output);
        Assert.Contains("[Violation/Failed] ORG-OFFICER-PROTECTION", output);
        Assert.Contains("the dues rate union.dues.rate is needed", output);
        Assert.Contains("Result: violations found.", output);
    }

    [Fact]
    public void Dues_without_a_rate_are_incomplete_and_a_callers_rate_completes_them()
    {
        string example = CliRunner.Run("org", "example").Out;
        string withDues = example.TrimEnd().TrimEnd('}') + """, "dues": { "month": "2026-01-01", "members": [ { "name": "张华", "monthlyBaseWage": 6000, "bonuses": 800 } ] } }""";
        string file = CliRunner.TempFile(withDues, "dues.json");
        var (incomplete, output, _) = CliRunner.Run("org", "check", file, "--as-of", "2026-06-01", "--lang", "en");
        Assert.Equal(3, incomplete);
        Assert.Contains("Rules not assessed:", output);
        Assert.Contains("union.dues.rate", output);

        string layer = CliRunner.TempFile(DuesRate, "dues-rate.json");
        var (complete, completed, error) = CliRunner.Run("org", "check", file, "--as-of", "2026-06-01", "--lang", "en", "--parameters", layer);
        Assert.True(complete == 0, error + completed);
        Assert.Contains("Dues in all: 30.00 yuan (ORG-DUES)", completed);
        Assert.Contains("dues base 6,000 yuan (bonuses and allowances of 800.00 yuan left out), dues 30.00 yuan", completed);
    }

    [Fact]
    public void Bad_input_exits_2_naming_the_file_and_the_path()
    {
        string file = CliRunner.TempFile("""{"region":"310000","employer":"某公司","employees":10,"members":-3,"form":"organiser"}""", "bad-org.json");
        var (code, _, error) = CliRunner.Run("org", "check", file, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("bad-org.json", error);
        Assert.Contains("$.members", error);

        string reversed = CliRunner.TempFile("""{"region":"310000","employer":"某公司","employees":10,"members":3,"form":"organiser","funds":{"from":"2026-02-01","to":"2026-01-31","payroll":[]}}""", "reversed.json");
        var (code2, _, error2) = CliRunner.Run("org", "check", reversed, "--lang", "zh");
        Assert.Equal(2, code2);
        Assert.Contains("$.funds.to", error2);
        Assert.Contains("经费期间的最后一日早于第一日", error2);
    }

    [Fact]
    public void The_schema_is_json_with_the_documents_members()
    {
        var (code, output, _) = CliRunner.Run("org", "schema");
        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Contains("\"relationToPrincipal\"", output);
        Assert.Contains("\"notPayroll\"", output);
    }

    [Fact]
    public void Funds_in_chinese_and_english_show_each_component_the_items_left_out_and_the_rounding()
    {
        string file = CliRunner.TempFile(CliRunner.Run("org", "example").Out, "org.json");
        var (code, zh, _) = CliRunner.Run("funds", file);
        Assert.Equal(0, code);
        Assert.Contains("（一）计时工资（第五条）", zh);
        Assert.Contains("1,536,000.00", zh);
        Assert.Contains("解除劳动合同经济补偿 第十一条第（十）项", zh);
        Assert.Contains("2,107,076.12 × 2% = 42141.5224，四舍五入到分：42,141.52", zh);
        Assert.Contains("基层工会留成 60%：25,284.91", zh);
        Assert.Contains("上解上级工会：16,856.61", zh);

        var (_, en, _) = CliRunner.Run("funds", file, "--lang", "en");
        Assert.Contains("(1) time wages (art. 5)", en);
        Assert.Contains("art. 11(10)", en);
        Assert.Contains("rounded half up to the fen: 42,141.52", en);
        Assert.Contains("parameter union.funds.retainedShare = 3/5", en);
    }

    [Fact]
    public void Funds_as_json_match_the_snapshot()
    {
        string file = CliRunner.TempFile(CliRunner.Run("org", "example").Out, "org.json");
        var (code, output, _) = CliRunner.Run("funds", file, "--format", "json");
        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(42141.52m, doc.RootElement.GetProperty("amountToFen").GetDecimal());
        Assert.Equal(42141.5224m, doc.RootElement.GetProperty("amount").GetDecimal());
        Snapshot.Match(output);
    }

    [Fact]
    public void A_provinces_share_in_a_layer_changes_the_split()
    {
        string file = CliRunner.TempFile(CliRunner.Run("org", "example").Out, "org.json");
        string layer = CliRunner.TempFile("""{"region":"310000","parameters":{"union.funds.retainedShare":{"description":"留成","descriptionEn":"share","unit":"ratio","values":[{"from":"2022-01-01","value":"1/2","source":"caller"}]}}}""", "share.json");
        var (code, output, _) = CliRunner.Run("funds", file, "--lang", "en", "--parameters", layer);
        Assert.Equal(0, code);
        Assert.Contains("Kept by the grassroots union, 50%: 21,070.76", output);
        Assert.Contains("To higher levels: 21,070.76", output);
    }

    [Fact]
    public void Funds_of_a_document_without_a_period_or_before_the_law_exit_2()
    {
        string none = CliRunner.TempFile("""{"region":"310000","employer":"某公司","employees":10,"members":3,"form":"organiser"}""", "nofunds.json");
        var (code, _, error) = CliRunner.Run("funds", none, "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("nofunds.json", error);
        Assert.Contains("$.funds", error);

        string early = CliRunner.TempFile("""{"region":"310000","employer":"某公司","employees":10,"members":3,"form":"organiser","funds":{"from":"2021-11-01","to":"2021-11-30","payroll":[{"component":"timeWages","amount":100}]}}""", "early.json");
        var (code2, _, error2) = CliRunner.Run("funds", early, "--lang", "en");
        Assert.Equal(2, code2);
        Assert.Contains("union.funds.rate", error2);
    }
}
