using Union.Domain.CollectiveContracts;

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
    public void Input_that_is_not_a_contract_is_rejected_naming_the_path(string json, string path)
    {
        var result = CollectiveContractDocument.Read(json, "bad.json");
        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, i => i.Path.StartsWith(path, StringComparison.Ordinal) || (path == "$" && i.Path.StartsWith('$')));
        Assert.All(result.Issues, i => Assert.Equal("bad.json", i.Source));
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
