using NodaTime;
using System.Text.Json.Nodes;
using Union.Domain.CollectiveContracts;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Tests.CollectiveContracts;

public sealed class ContractCaseTests
{
    public static IEnumerable<object[]> Cases => ContractCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_holds(string code, int index, string name)
    {
        JsonObject c = ContractCases.Case(code, index);
        JsonNode input = ContractCases.Input(c);
        JsonObject expected = c["expected"]!.AsObject();
        RuleReport report;
        Review<CollectiveContract>? review = null;
        if (c["comparison"]?.GetValue<bool>() == true)
        {
            var table = CollectiveContractDocument.ReadPayTable(input.ToJsonString(), name);
            Assert.True(table.IsValid, string.Join("; ", table.Issues));
            report = LabourContractComparison.Evaluate(table.Value, ContractCases.AsOf(c), ContractCases.Profile(c));
        }
        else
        {
            var doc = CollectiveContractDocument.Read(input.ToJsonString(), name);
            Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
            review = CollectiveContractDomain.Default.Evaluate(doc.Value, ContractCases.AsOf(c), ContractCases.Profile(c));
            report = review.Report;
        }

        var mine = report.For(code).ToArray();
        string dump = name + ": " + string.Join(" | ", mine.Select(f => f.MessageKey + "(" + string.Join(",", f.Arguments.Select(a => a.Key + "=" + a.Value)) + ")"));
        if (expected["status"] is { } status)
        {
            TraceNode? node = report.Trace.LastOrDefault(n => n.Code == code);
            Assert.NotNull(node);
            Assert.True(string.Equals(node.Status.ToString(), status.GetValue<string>(), StringComparison.OrdinalIgnoreCase), dump + " status " + node.Status);
        }

        foreach (JsonNode? key in expected["findings"]?.AsArray() ?? [])
        {
            Assert.True(mine.Any(f => f.MessageKey == key!.GetValue<string>()), dump + " lacks " + key);
        }

        foreach (JsonNode? key in expected["absent"]?.AsArray() ?? [])
        {
            Assert.False(mine.Any(f => f.MessageKey == key!.GetValue<string>()), dump + " has " + key);
        }

        foreach (var (key, citation) in expected["citations"]?.AsObject() ?? [])
        {
            Finding[] keyed = [.. mine.Where(f => f.MessageKey == key)];
            Assert.True(keyed.Length > 0, dump + " lacks " + key);
            Assert.All(keyed, f => Assert.Equal(citation!.GetValue<string>(), f.Citation.ToChinese()));
        }

        if (expected["violations"] is { } v)
        {
            Assert.Equal(v.GetValue<bool>(), mine.Any(f => f.IsViolation));
        }

        foreach (var (dateName, value) in expected["dates"]?.AsObject() ?? [])
        {
            Assert.NotNull(review);
            string? actual = review.Report.Outputs.FirstOrDefault(o => o.Name == dateName || o.Name.EndsWith("." + dateName, StringComparison.Ordinal))?.Value is LocalDate d ? d.ToString("uuuu-MM-dd", null) : null;
            Assert.True(actual == value!.GetValue<string>(), dump + $" {dateName} = {actual}");
        }

        if (expected["state"] is { } state)
        {
            Assert.NotNull(review);
            Assert.Equal(state.GetValue<string>(), review.Outcome.Single(o => o.Name == "state").Value);
        }
    }

    [Fact]
    public void Every_CC_code_has_cases()
    {
        var codes = RuleCatalog.All.Where(r => r.Code.StartsWith("CC-", StringComparison.Ordinal)).Select(r => r.Code).ToArray();
        Assert.Equal(26, codes.Length);
        foreach (string code in codes)
        {
            Assert.True(File.Exists(Path.Combine(ContractCases.Directory, code + ".json")), code);
        }
    }

    [Fact]
    public void Every_message_key_has_both_languages_with_the_same_placeholders()
    {
        foreach (MessageEntry e in CollectiveContractMessagesProbe.Entries)
        {
            Assert.Equal(Messages.Placeholders(e.Zh).Order(), Messages.Placeholders(e.En).Order());
        }

        foreach (IRule rule in RuleCatalog.All.Where(r => r.Code.StartsWith("CC-", StringComparison.Ordinal)))
        {
            Assert.True(Messages.Default.Contains(rule.Code + ".title"), rule.Code);
        }
    }

    private static class CollectiveContractMessagesProbe
    {
        internal static IEnumerable<MessageEntry> Entries => Messages.Default.Entries.Where(e => e.Key.StartsWith("CC-", StringComparison.Ordinal));
    }
}
