using System.Text.Json.Nodes;
using Union.Domain.Organisation;
using Union.Rules.Engine;
using Union.Rules.Organisation;

namespace Union.Rules.Tests.Organisation;

/// <summary>
/// Runs every legal case of Cases/Organisation against the rule it names: the rule's status, its findings in order (message key,
/// severity, citation, path, arguments), its outputs, the parameters it read, and whether it found a violation.
/// </summary>
public sealed class OrganisationCaseTests
{
    public static readonly string[] Codes =
    [
        "ORG-COMMITTEE", "ORG-RELATIVES", "ORG-FULLTIME-CHAIR", "ORG-TERM", "ORG-OFFICER-PROTECTION", "ORG-FUNDS", "ORG-DUES",
    ];

    public static IEnumerable<object[]> Cases() => Codes.SelectMany(OrganisationCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_holds(string code, string name)
    {
        JsonObject testCase = OrganisationCases.Find(code, name);
        GrassrootsUnion document = OrganisationCases.Document(testCase);
        JurisdictionProfile profile = OrganisationCases.Profile(testCase, document);
        RuleReport report = OrganisationDomain.Default.Evaluate(document, OrganisationCases.AsOf(testCase), profile).Report;
        var expected = (JsonObject)testCase["expected"]!;
        TraceNode node = report.NodeFor(code) ?? throw new InvalidOperationException("The rule did not run: " + code);
        Finding[] findings = report.For(code).ToArray();
        string dump = name + ": " + string.Join(" | ", findings.Select(f => f.MessageKey + "(" + string.Join(",", f.Arguments.Select(a => a.Key + "=" + a.Value)) + ")"));
        Assert.True(expected["status"]!.GetValue<string>() == node.Status.ToString(), dump + " status " + node.Status);
        if (expected["findings"] is JsonArray want)
        {
            Assert.True(want.Count == findings.Length, $"{dump}: expected {want.Count} findings, got {findings.Length}");
            for (int i = 0; i < want.Count; i++)
            {
                var w = (JsonObject)want[i]!;
                Finding f = findings[i];
                Assert.True(w["key"]!.GetValue<string>() == f.MessageKey, $"{dump}: finding {i} is {f.MessageKey}");
                if (w["severity"] is JsonNode s)
                {
                    Assert.Equal(s.GetValue<string>(), f.Severity.ToString());
                }

                if (w["citation"] is JsonNode cited)
                {
                    Assert.Equal(cited.GetValue<string>(), f.RenderCitations(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")));
                }

                if (w["path"] is JsonNode p)
                {
                    Assert.Equal(p.GetValue<string>(), f.Path);
                }

                foreach (KeyValuePair<string, JsonNode?> a in w["args"]?.AsObject() ?? [])
                {
                    Assert.True(a.Value!.ToString() == f.Argument(a.Key), $"{name}: argument {a.Key} of {f.MessageKey}: expected {a.Value}, got {f.Argument(a.Key)}");
                }
            }
        }

        foreach (JsonNode? key in expected["absent"]?.AsArray() ?? [])
        {
            Assert.False(findings.Any(f => f.MessageKey == key!.GetValue<string>()), dump + " has " + key);
        }

        foreach (KeyValuePair<string, JsonNode?> o in expected["outputs"]?.AsObject() ?? [])
        {
            RuleOutput? output = report.Outputs.FirstOrDefault(x => x.Name == o.Key);
            if (o.Value is null)
            {
                Assert.True(output is null, $"{name}: output {o.Key} should not be computed, is {RuleContext.Format(output?.Value)}");
                continue;
            }

            Assert.True(output is not null, $"{name}: no output {o.Key}");
            Assert.True(o.Value.ToString() == RuleContext.Format(output!.Value), $"{name}: output {o.Key}: expected {o.Value}, got {RuleContext.Format(output.Value)}");
        }

        foreach (KeyValuePair<string, JsonNode?> p in expected["parameters"]?.AsObject() ?? [])
        {
            ParameterReading? reading = node.Parameters.FirstOrDefault(r => r.Name == p.Key);
            Assert.True(reading is not null, $"{name}: parameter {p.Key} not read");
            Assert.Equal(p.Value!.ToString(), reading!.Value.ToString());
        }

        if (expected["violations"] is JsonNode v)
        {
            Assert.Equal(v.GetValue<bool>(), findings.Any(f => f.IsViolation));
        }
    }

    [Fact]
    public void Every_ORG_code_has_cases_and_messages()
    {
        Assert.Equal(Codes.Length, OrganisationDomain.DefaultRules.Rules.Count);
        foreach (IRule rule in OrganisationDomain.DefaultRules.Rules)
        {
            Assert.Contains(rule.Code, Codes);
            Assert.True(OrganisationCases.All(rule.Code).Count() >= 4, rule.Code);
            Assert.True(Messages.Default.Contains(rule.Code + ".title"), rule.Code);
            Assert.Contains(RuleCatalog.All, r => r.Code == rule.Code);
        }
    }

    [Fact]
    public void Every_ORG_message_has_the_same_placeholders_in_both_languages()
    {
        MessageEntry[] entries = [.. Messages.Default.Entries.Where(e => e.Key.StartsWith("ORG-", StringComparison.Ordinal) || e.Key.StartsWith("value.notPayroll.", StringComparison.Ordinal))];
        Assert.True(entries.Length > 30);
        foreach (MessageEntry e in entries)
        {
            Assert.Equal(Messages.Placeholders(e.Zh).Order(), Messages.Placeholders(e.En).Order());
        }
    }
}
