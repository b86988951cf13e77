using System.Text.Json.Nodes;
using Union.Domain.WorkersCongress;
using Union.Rules.Engine;
using Union.Rules.WorkersCongress;

namespace Union.Rules.Tests.WorkersCongress;

/// <summary>Runs every legal case of Cases/WorkersCongress against the rule it names.</summary>
public sealed class CongressCaseTests
{
    public static readonly string[] Codes = ["WC-FORM", "WC-DELEGATES", "WC-MANAGERS", "WC-QUORUM", "WC-PASS", "WC-FREQUENCY"];

    public static IEnumerable<object[]> Cases() => Codes.SelectMany(CongressCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_holds(string code, string name)
    {
        JsonObject testCase = CongressCases.Find(code, name);
        WorkersCongressRecord record = CongressCases.Record(testCase);
        RuleReport report = WorkersCongressDomain.Default.Evaluate(record, CongressCases.AsOf(testCase), CongressCases.Profile(testCase)).Report;
        var expected = (JsonObject)testCase["expected"]!;
        TraceNode node = report.NodeFor(code) ?? throw new InvalidOperationException("The rule did not run: " + code);
        Finding[] findings = [.. report.For(code)];
        string dump = $"{name}: {node.Status}: " + string.Join(" | ", findings.Select(f => f.MessageKey + " " + f.Citation.ToChinese() + " " + string.Join(",", f.Arguments)));
        Assert.True(expected["status"]!.GetValue<string>() == node.Status.ToString(), dump);
        var want = (JsonArray?)expected["findings"] ?? [];
        Assert.True(want.Count == findings.Length, $"{dump}: expected {want.Count} findings");
        for (int i = 0; i < want.Count; i++)
        {
            var w = (JsonObject)want[i]!;
            Finding f = findings[i];
            Assert.True(w["key"]!.GetValue<string>() == f.MessageKey, dump);
            if (w["severity"] is JsonNode s)
            {
                Assert.True(s.GetValue<string>() == f.Severity.ToString(), dump);
            }

            if (w["citation"] is JsonNode cited)
            {
                Assert.True(cited.GetValue<string>() == f.Citation.ToChinese(), dump);
            }

            if (w["path"] is JsonNode p)
            {
                Assert.True(p.GetValue<string>() == f.Path, dump);
            }

            foreach (KeyValuePair<string, JsonNode?> a in (JsonObject?)w["args"] ?? [])
            {
                Assert.True(a.Value!.ToString() == f.Argument(a.Key), $"{dump}: argument {a.Key}: expected {a.Value}, got {f.Argument(a.Key)}");
            }
        }

        foreach (KeyValuePair<string, JsonNode?> o in (JsonObject?)expected["outputs"] ?? [])
        {
            TraceFact? fact = node.Outputs.LastOrDefault(x => x.Name == o.Key);
            Assert.True(fact is not null, $"{dump}: no output {o.Key}");
            Assert.Equal(o.Value!.ToString(), fact.Value);
        }

        foreach (JsonNode? absent in (JsonArray?)expected["noOutputs"] ?? [])
        {
            Assert.DoesNotContain(node.Outputs, x => x.Name == absent!.GetValue<string>());
        }

        foreach (KeyValuePair<string, JsonNode?> p in (JsonObject?)expected["parameters"] ?? [])
        {
            ParameterReading? reading = node.Parameters.LastOrDefault(r => r.Name == p.Key);
            Assert.True(reading is not null, $"{dump}: did not read {p.Key}");
            var w = (JsonObject)p.Value!;
            Assert.Equal(w["layer"]!.GetValue<string>(), reading.Layer);
            Assert.Equal(w["value"]!.ToString(), reading.Value.ToString());
            if (w["comparison"] is JsonNode c)
            {
                Assert.Equal(c.GetValue<string>(), reading.Comparison switch
                {
                    Domain.Common.Comparison.AtLeast => "atLeast",
                    Domain.Common.Comparison.AtMost => "atMost",
                    Domain.Common.Comparison.MoreThan => "moreThan",
                    Domain.Common.Comparison.LessThan => "lessThan",
                    _ => null,
                });
            }
        }

        foreach (JsonNode? unread in (JsonArray?)expected["unread"] ?? [])
        {
            Assert.DoesNotContain(node.Parameters, r => r.Name == unread!.GetValue<string>());
        }
    }

    [Fact]
    public void Every_code_has_cases_and_messages()
    {
        foreach (IRule rule in WorkersCongressDomain.DefaultRules.Rules)
        {
            Assert.Contains(rule.Code, Codes);
            Assert.True(File.Exists(Path.Combine(CongressCases.Directory, rule.Code + ".json")), rule.Code);
            Assert.True(Messages.Default.Contains(rule.Code + ".title"), rule.Code);
            Assert.Contains(RuleCatalog.All, r => r.Code == rule.Code);
        }

        Assert.Equal(Codes.Length, WorkersCongressDomain.DefaultRules.Rules.Count);
    }

    [Fact]
    public void Every_message_has_the_same_placeholders_in_both_languages()
    {
        foreach (MessageEntry e in Messages.Default.Entries.Where(e => e.Key.StartsWith("WC-", StringComparison.Ordinal)))
        {
            Assert.Equal(Messages.Placeholders(e.Zh).Order(), Messages.Placeholders(e.En).Order());
        }
    }
}
