using Snapshooter.Xunit;
using Union.Domain.WageNegotiation;

namespace Union.Cli.Tests.WageNegotiation;

public class WageCommandTests
{
    private const string Guideline = """
        {"parameters":{
          "standard.wageGuideline.base":{"description":"基准线","descriptionEn":"base","unit":"ratio","values":[{"from":"2026-01-01","value":"6%","source":"test"}]},
          "standard.wageGuideline.upper":{"description":"上线","descriptionEn":"upper","unit":"ratio","values":[{"from":"2026-01-01","value":"10%","source":"test"}]},
          "standard.wageGuideline.lower":{"description":"下线","descriptionEn":"lower","unit":"ratio","values":[{"from":"2026-01-01","value":"3%","source":"test"}]}}}
        """;

    [Fact]
    public void The_example_with_a_guideline_checks_clean_and_exits_0()
    {
        string file = CliRunner.TempFile(CliRunner.Run("wage", "example").Out, "lawful.json");
        string layer = CliRunner.TempFile(CliRunner.Run("wage", "guideline").Out, "guideline.json");
        var (code, output, error) = CliRunner.Run("wage", "check", file, "--as-of", "2026-02-01", "--lang", "en", "--parameters", layer);
        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Contains("Result: no violation found; every rule was assessed.", output);
        Assert.Contains("In effect from: 2026-01-10 (WN-EFFECT)", output);
        Assert.Contains("No review opinion within the review period: deemed approved", output);
    }

    [Fact]
    public void The_example_without_a_guideline_is_incomplete_and_exits_3()
    {
        string file = CliRunner.TempFile(CliRunner.Run("wage", "example").Out, "lawful.json");
        var (code, output, _) = CliRunner.Run("wage", "check", file, "--as-of", "2026-02-01", "--lang", "en");
        Assert.Equal(3, code);
        Assert.Contains("Rules not assessed:", output);
        Assert.Contains("standard.wageGuideline.base", output);
        Assert.Contains("Result: incomplete.", output);
        Assert.DoesNotContain("every rule was assessed", output);
    }

    [Fact]
    public void A_layer_tagged_with_the_documents_region_applies_without_region_option()
    {
        string file = CliRunner.TempFile(CliRunner.Run("wage", "example").Out, "lawful.json");
        string layer = CliRunner.TempFile(CliRunner.Run("wage", "guideline").Out.Replace("{\n  \"description\"", "{\n  \"region\": \"310000\",\n  \"description\"", StringComparison.Ordinal), "shanghai-guideline.json");
        Assert.Contains("\"region\": \"310000\"", File.ReadAllText(layer));
        var (code, output, _) = CliRunner.Run("wage", "check", file, "--as-of", "2026-02-01", "--lang", "en", "--parameters", layer);
        Assert.Equal(0, code);
        Assert.DoesNotContain("standard.wageGuideline.base", output);
    }

    [Fact]
    public void A_layer_of_another_region_is_invalid_input_not_silently_ignored()
    {
        string file = CliRunner.TempFile(CliRunner.Run("wage", "example").Out, "lawful.json");
        string layer = CliRunner.TempFile(CliRunner.Run("wage", "guideline").Out.Replace("{\n  \"description\"", "{\n  \"region\": \"110000\",\n  \"description\"", StringComparison.Ordinal), "beijing-guideline.json");
        var (code, _, error) = CliRunner.Run("wage", "check", file, "--as-of", "2026-02-01", "--lang", "en", "--parameters", layer);
        Assert.Equal(2, code);
        Assert.Contains("beijing-guideline.json", error);
        Assert.Contains("110000", error);
    }

    [Fact]
    public void The_flawed_example_exits_1_with_its_violations()
    {
        string file = CliRunner.TempFile(CliRunner.Run("wage", "example", "--flawed").Out, "flawed.json");
        string layer = CliRunner.TempFile(Guideline, "guideline.json");
        var (code, output, _) = CliRunner.Run("wage", "check", file, "--as-of", "2026-04-01", "--lang", "en", "--parameters", layer);
        Assert.Equal(1, code);
        Assert.Contains("WN-MINWAGE-MONTHLY", output);
        Assert.Contains("on 2026-09-01", output);
        Assert.Contains("WN-FILING", output);
        Assert.Contains("exceeds the guideline's upper line of 10.00%", output);
        Assert.Contains("Result: violations found.", output);
    }

    [Fact]
    public void The_flawed_example_as_json_matches_the_snapshot()
    {
        string file = CliRunner.TempFile(CliRunner.Run("wage", "example", "--flawed").Out, "flawed.json");
        var (code, output, _) = CliRunner.Run("wage", "check", file, "--as-of", "2026-04-01", "--format", "json");
        Assert.Equal(1, code);
        Snapshot.Match(output.Replace(file.Replace("\\", "\\\\"), "flawed.json"));
    }

    [Fact]
    public void Cost_prints_per_grade_per_year_and_totals()
    {
        string file = CliRunner.TempFile(CliRunner.Run("wage", "example").Out, "lawful.json");
        var (code, output, _) = CliRunner.Run("wage", "cost", file, "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("Per grade and year:", output);
        Assert.Contains("Term total: payroll 53,230,554.77", output);
        Assert.Contains("union funds 1,064,611.10", output);
    }

    [Fact]
    public void Cost_compare_as_json_matches_the_snapshot()
    {
        string a = CliRunner.TempFile(CliRunner.Run("wage", "example").Out, "a.json");
        string b = CliRunner.TempFile(CliRunner.Run("wage", "example", "--flawed").Out, "b.json");
        var (code, output, _) = CliRunner.Run("wage", "cost", a, "--compare", b, "--format", "json");
        Assert.Equal(0, code);
        Snapshot.Match(output);
    }

    [Fact]
    public void Schema_is_a_json_schema_naming_the_fields()
    {
        var (code, output, _) = CliRunner.Run("wage", "schema");
        Assert.Equal(0, code);
        Assert.Contains("\"$schema\"", output);
        Assert.Contains("\"employeeContributions\"", output);
        Assert.Contains("\"nightShiftAllowance\"", output);
    }

    [Fact]
    public void The_example_round_trips()
    {
        var read = WageProposalJson.Read(CliRunner.Run("wage", "example").Out);
        Assert.True(read.IsValid);
        Assert.Equal(WageProposalExamples.Lawful.Grades.Count, read.Value!.Grades.Count);
        Assert.Equal(WageProposalExamples.Lawful.Term, read.Value.Term);
    }

    [Theory]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2025-12-31"},"grades":[{"name":"a","headcount":1,"basePay":3000}]}""", "$.term.end")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":-1,"basePay":3000}]}""", "$.grades[0].headcount")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":3000,"components":[{"kind":"Tips","amount":1}]}]}""", "$.grades[0].components[0].kind")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":3000}],"adjustments":[{"termYear":2,"increasePercent":5}]}""", "$.adjustments[0]")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":3000}],"bonus":1}""", "$.bonus")]
    public void A_malformed_proposal_exits_2_naming_the_file_and_the_json_path(string json, string path)
    {
        string file = CliRunner.TempFile(json, "bad.json");
        foreach (string command in new[] { "check", "cost" })
        {
            var (code, _, error) = CliRunner.Run("wage", command, file);
            Assert.Equal(2, code);
            Assert.Contains(file, error);
            Assert.Contains(path, error);
            Assert.DoesNotContain("   at ", error);
        }
    }

    [Fact]
    public void Cost_in_a_year_without_union_funds_rate_names_the_missing_parameter()
    {
        string file = CliRunner.TempFile("""{"region":"310000","year":2020,"term":{"start":"2020-01-01","end":"2020-12-31"},"grades":[{"name":"a","headcount":1,"basePay":3000}]}""", "old.json");
        var (code, _, error) = CliRunner.Run("wage", "cost", file);
        Assert.Equal(2, code);
        Assert.Contains("union.funds.rate", error);
    }
}
