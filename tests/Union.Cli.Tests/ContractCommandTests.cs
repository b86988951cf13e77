namespace Union.Cli.Tests;

public sealed class ContractCommandTests
{
    private const string Broken = """
    { "kind": "comprehensive", "employer": { "region": "110000" },
      "request": { "received": "2026-03-03", "replied": "2026-03-24" },
      "approval": { "body": "workersCongress", "bodySize": 30, "present": 20, "inFavour": 14, "date": "2026-04-20" },
      "signing": { "date": "2026-04-22" }, "filing": { "sent": "2026-05-07", "received": "2026-05-08" } }
    """;

    [Fact]
    public void The_example_is_lawful_and_in_force()
    {
        var (_, example, _) = CliRunner.Run("contract", "example");
        string file = CliRunner.TempFile(example);
        var (code, output, error) = CliRunner.Run("contract", "check", file, "--as-of", "2026-06-01", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("in force", output, StringComparison.Ordinal);
        Assert.Contains("In effect from: 2026-05-14 (CC-EFFECT)", output, StringComparison.Ordinal);
        Assert.Contains("Expires: 2029-05-13 (CC-TERM)", output, StringComparison.Ordinal);
        Assert.Contains("Result: no violation found; every rule was assessed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_contract_exits_1_with_its_findings()
    {
        string file = CliRunner.TempFile(Broken);
        var (code, output, _) = CliRunner.Run("contract", "check", file, "--as-of", "2026-06-01", "--lang", "zh");
        Assert.Equal(1, code);
        Assert.Contains("CC-REPLY", output, StringComparison.Ordinal);
        Assert.Contains("CC-APPROVAL-MAJORITY", output, StringComparison.Ordinal);
        Assert.Contains("CC-FILING", output, StringComparison.Ordinal);
        Assert.Contains("《集体合同规定》第三十六条", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_contract_in_json_names_dates_and_state()
    {
        string file = CliRunner.TempFile(Broken);
        var (code, output, _) = CliRunner.Run("contract", "check", file, "--as-of", "2026-06-01", "--format", "json");
        Assert.Equal(1, code);
        Assert.Contains("\"name\": \"state\",\n      \"value\": \"inForce\"", output, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"filingDue\"", output, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"violationsFound\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "signing": { "date": "2026-02-30" } }""", "$.signing.date")]
    [InlineData("""{ "employer": { "headcount": -1 } }""", "$.employer.headcount")]
    [InlineData("""{ "negotiators": [ { "id": "a" } ] }""", "$.negotiators[0].side")]
    [InlineData("""{ "approval": { "bodySize": true } }""", "$.approval.bodySize")]
    public void Input_that_is_not_a_contract_exits_2_naming_the_file_and_path(string json, string path)
    {
        string file = CliRunner.TempFile(json, "bad-contract.json");
        var (code, _, error) = CliRunner.Run("contract", "check", file);
        Assert.Equal(2, code);
        Assert.Contains("bad-contract.json", error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_is_printed()
    {
        var (code, output, _) = CliRunner.Run("contract", "schema");
        Assert.Equal(0, code);
        Assert.Contains("json-schema.org", output, StringComparison.Ordinal);
        Assert.Contains("\"negotiators\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pay_line_below_the_minimum_wage_exits_1()
    {
        string file = CliRunner.TempFile("""{ "collectiveContract": { "employer": { "region": "310000" } }, "lines": [ { "id": "L1", "monthlyWage": 2739.99, "employeeContributions": 0 } ] }""");
        var (code, output, _) = CliRunner.Run("contract", "compare", file, "--as-of", "2026-06-01", "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("CC-WAGE-FLOOR", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pay_line_below_the_minimum_names_the_line_field_that_exists()
    {
        string file = CliRunner.TempFile("""{ "collectiveContract": { "employer": { "region": "310000" } }, "lines": [ { "id": "L1", "monthlyWage": 3000, "employeeContributions": 0 }, { "id": "L2", "hourlyWage": 24.99 } ] }""");
        var (code, output, _) = CliRunner.Run("contract", "compare", file, "--as-of", "2026-06-01", "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("$.lines[1].hourlyWage", output, StringComparison.Ordinal);
        Assert.DoesNotContain("$.lines[1].hourly ", output, StringComparison.Ordinal);
    }
}
