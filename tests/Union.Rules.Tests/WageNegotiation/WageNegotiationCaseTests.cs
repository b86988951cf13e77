using System.Text.Json.Nodes;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.WageNegotiation;

namespace Union.Rules.Tests.WageNegotiation;

/// <summary>Runs every legal case of Cases/WageNegotiation against the rule it names.</summary>
public sealed class WageNegotiationCaseTests
{
    public static readonly string[] Codes =
    [
        "WN-CONTENT", "WN-REPLY", "WN-DISCLOSURE", "WN-APPROVAL", "WN-FILING", "WN-EFFECT", "WN-PUBLICATION", "WN-FREQUENCY",
        "WN-GUIDELINE", "WN-FACTORS", "WN-MINWAGE-MONTHLY", "WN-MINWAGE-HOURLY", "WN-OVERTIME-PAY", "WN-OVERTIME-CAP", "WN-COST", "WN-PROBATION-PAY",
    ];

    public static IEnumerable<object[]> Cases() => Codes.SelectMany(WageCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_holds(string code, string name)
    {
        JsonObject testCase = WageCases.Find(code, name);
        WageProposal proposal = WageCases.Proposal(testCase);
        JurisdictionProfile profile = WageCases.Profile(testCase, proposal);
        RuleReport report = WageNegotiationDomain.Default.Evaluate(proposal, WageCases.AsOf(testCase), profile).Report;
        var expected = (JsonObject)testCase["expected"]!;
        TraceNode node = report.NodeFor(code) ?? throw new InvalidOperationException("The rule did not run: " + code);
        Assert.Equal(expected["status"]!.GetValue<string>(), node.Status.ToString());
        Finding[] findings = report.For(code).ToArray();
        if (expected["findings"] is JsonArray want)
        {
            Assert.True(want.Count == findings.Length, $"{name}: expected {want.Count} findings, got {findings.Length}: {string.Join(" | ", findings.Select(f => f.MessageKey + " " + string.Join(",", f.Arguments)))}");
            for (int i = 0; i < want.Count; i++)
            {
                var w = (JsonObject)want[i]!;
                Finding f = findings[i];
                Assert.Equal(w["key"]!.GetValue<string>(), f.MessageKey);
                if (w["severity"] is JsonNode s)
                {
                    Assert.Equal(s.GetValue<string>(), f.Severity.ToString());
                }

                if (w["citation"] is JsonNode cited)
                {
                    Assert.Equal(cited.GetValue<string>(), f.Citation.ToChinese());
                }

                if (w["path"] is JsonNode p)
                {
                    Assert.Equal(p.GetValue<string>(), f.Path);
                }

                if (w["args"] is JsonObject args)
                {
                    foreach (KeyValuePair<string, JsonNode?> a in args)
                    {
                        Assert.True(a.Value!.ToString() == f.Argument(a.Key), $"{name}: argument {a.Key}: expected {a.Value}, got {f.Argument(a.Key)}");
                    }
                }
            }
        }

        if (expected["outputs"] is JsonObject outputs)
        {
            foreach (KeyValuePair<string, JsonNode?> o in outputs)
            {
                TraceFact? fact = node.Outputs.FirstOrDefault(x => x.Name == o.Key);
                Assert.True(fact is not null, $"{name}: no output {o.Key}");
                Assert.Equal(o.Value!.ToString(), fact!.Value);
            }
        }
    }

    [Fact]
    public void Every_code_has_cases_and_messages()
    {
        foreach (IRule rule in WageNegotiationDomain.DefaultRules.Rules)
        {
            Assert.Contains(rule.Code, Codes);
            Assert.True(File.Exists(Path.Combine(WageCases.Directory, rule.Code + ".json")), rule.Code);
            Assert.True(Messages.Default.Contains(rule.Code + ".title"), rule.Code);
            Assert.Contains(RuleCatalog.All, r => r.Code == rule.Code);
        }

        Assert.Equal(Codes.Length, WageNegotiationDomain.DefaultRules.Rules.Count);
    }

    [Fact]
    public void Every_message_has_the_same_placeholders_in_both_languages()
    {
        foreach (MessageEntry e in Messages.Default.Entries.Where(e => e.Key.StartsWith("WN-", StringComparison.Ordinal)))
        {
            Assert.Equal(Messages.Placeholders(e.Zh).Order(), Messages.Placeholders(e.En).Order());
        }
    }
}
