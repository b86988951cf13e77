using Union.Domain.CollectiveContracts;
using Union.Domain.Common;

namespace Union.Domain.Tests.CollectiveContracts;

public sealed class CollectiveContractDocumentTests
{
    [Fact]
    public void The_example_is_valid()
    {
        var result = CollectiveContractDocument.Read(CollectiveContractDocument.Example, "example.json");
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(8, result.Value.Negotiators.Count);
    }

    [Theory]
    [InlineData("""{ "signing": { "date": "2026-02-30" } }""", "$.signing.date")]
    [InlineData("""{ "employer": { "headcount": -1 } }""", "$.employer.headcount")]
    [InlineData("""{ "negotiators": [ { "id": "a", "side": "employee" }, { "id": "b" } ] }""", "$.negotiators[1].side")]
    [InlineData("""{ "approval": { "bodySize": "sixty" } }""", "$.approval.bodySize")]
    [InlineData("""{ "approval": { "bodySize": 30, "present": 31 } }""", "$.approval.present")]
    [InlineData("""{ "approval": { "bodySize": 30, "present": 20, "inFavour": 21 } }""", "$.approval.inFavour")]
    [InlineData("""{ "term": { "start": "2026-06-01", "end": "2026-05-31" } }""", "$.term.end")]
    [InlineData("""{ "filing": { "sent": "2026-06-02", "received": "2026-06-01" } }""", "$.filing.received")]
    [InlineData("""{ "kind": "bogus" }""", "$.kind")]
    [InlineData("""{ "colour": "red" }""", "$")]
    [InlineData("""{ "clauses": { "wageStandards": [ { "monthly": -5 } ] } }""", "$.clauses.wageStandards[0].monthly")]
    [InlineData("""{ "clauses": { "wageStandards": [ { "monthly": 3000, "employeeContributionsByKind": { "housingFund": -1 } } ] } }""", "$.clauses.wageStandards[0].employeeContributionsByKind.housingFund")]
    [InlineData("""{ "clauses": { "wageStandards": [ { "monthly": 3000, "employeeContributions": 300, "employeeContributionsByKind": { "pension": 240, "housingFund": 100 } } ] } }""", "$.clauses.wageStandards[0].employeeContributionsByKind")]
    [InlineData("""{ "clauses": { "wageStandards": [ { "monthly": 3000, "employeeContributionsByKind": { "workInjury": 10 } } ] } }""", "$.clauses.wageStandards[0].employeeContributionsByKind")]
    public void Input_that_is_not_a_contract_is_rejected_naming_the_path(string json, string path)
    {
        var result = CollectiveContractDocument.Read(json, "bad.json");
        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, i => i.Path.StartsWith(path, StringComparison.Ordinal) || (path == "$" && i.Path.StartsWith('$')));
        Assert.All(result.Issues, i => Assert.Equal("bad.json", i.Source));
    }

    [Fact]
    public void Contributions_may_be_given_by_kind_beside_the_total()
    {
        var result = CollectiveContractDocument.Read("""{ "clauses": { "wageStandards": [ { "grade": "一级", "monthly": 3000, "employeeContributions": 410, "employeeContributionsByKind": { "pension": 160, "medical": 40, "unemployment": 10, "housingFund": 200 } } ] } }""");
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        WageStandard w = result.Value.Clauses!.WageStandards[0];
        Assert.Equal(Money.FromYuan(410m), w.EmployeeContributions);
        Assert.Equal(Money.FromYuan(200m), w.EmployeeContributionsByKind!.Of(EmployeeContributionKind.HousingFund));
        Assert.Equal(Money.FromYuan(410m), w.EmployeeContributionsByKind!.GivenTotal);
    }

    [Fact]
    public void A_pay_line_carries_its_contributions_by_kind()
    {
        var table = CollectiveContractDocument.ReadPayTable("""{ "lines": [ { "id": "L1", "monthlyWage": 2690, "employeeContributionsByKind": { "housingFund": 200 } } ] }""");
        Assert.True(table.IsValid, string.Join("; ", table.Issues));
        Assert.Null(table.Value.Lines[0].EmployeeContributionsByKind!.Pension);
        var bad = CollectiveContractDocument.ReadPayTable("""{ "lines": [ { "employeeContributions": 100, "employeeContributionsByKind": { "housingFund": 200 } } ] }""");
        Assert.False(bad.IsValid);
        Assert.Contains(bad.Issues, i => i.Path.StartsWith("$.lines[0].employeeContributionsByKind", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unlawful_contract_is_valid_input()
    {
        var result = CollectiveContractDocument.Read("""{ "kind": "special", "term": { "years": 7 }, "approval": { "bodySize": 30, "present": 3, "inFavour": 1 } }""");
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
    }

    [Fact]
    public void The_schema_describes_the_document()
    {
        string schema = CollectiveContractSchema.ContractSchema();
        Assert.Contains("\"negotiators\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"workersCongress\"", schema, StringComparison.Ordinal);
        Assert.Contains("json-schema.org", schema, StringComparison.Ordinal);
    }
}
