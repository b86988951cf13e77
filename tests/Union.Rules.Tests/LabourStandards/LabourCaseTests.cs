using System.Text.Json.Nodes;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// Runs every legal case of Cases/LabourStandards against the rule it names: the rule's status, each finding in order (key,
/// severity, citation, path, arguments), the outputs it computed and the parameters it read (name and value).
/// </summary>
public sealed class LabourCaseTests
{
    public static readonly string[] Codes = ["LS-DISPATCH-CAP", "LS-DISPATCH-POST", "LS-PROBATION", "LS-OPEN-ENDED", "LS-LAYOFF"];

    public static IEnumerable<object[]> Cases() => Codes.SelectMany(LabourCases.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_holds(string code, string name)
    {
        JsonObject testCase = LabourCases.Find(code, name);
        LabourFile file = LabourCases.File(testCase);
        RuleReport report = LabourStandardsDomain.Default.Evaluate(file, LabourCases.AsOf(testCase), LabourCases.Profile(file)).Report;
        var expected = (JsonObject)testCase["expected"]!;
        TraceNode node = report.NodeFor(code) ?? throw new InvalidOperationException("The rule did not run: " + code);
        Finding[] findings = [.. report.For(code)];
        string dump = $"{name}: {node.Status}: " + string.Join(" | ", findings.Select(f => f.MessageKey + " " + f.Path + " (" + string.Join(", ", f.Arguments.Select(a => a.Key + "=" + a.Value)) + ")"));
        Assert.True(expected["status"]!.GetValue<string>() == node.Status.ToString(), dump);
        var want = (JsonArray)expected["findings"]!;
        Assert.True(want.Count == findings.Length, $"expected {want.Count} findings; {dump}");
        for (int i = 0; i < want.Count; i++)
        {
            var w = (JsonObject)want[i]!;
            Finding f = findings[i];
            Assert.True(w["key"]!.GetValue<string>() == f.MessageKey, dump);
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

            foreach (KeyValuePair<string, JsonNode?> a in w["args"]?.AsObject() ?? [])
            {
                Assert.True(a.Value!.ToString() == f.Argument(a.Key), $"{name}: argument {a.Key}: expected {a.Value}, got {f.Argument(a.Key)}");
            }
        }

        foreach (KeyValuePair<string, JsonNode?> o in expected["outputs"]?.AsObject() ?? [])
        {
            RuleOutput? output = report.Outputs.FirstOrDefault(x => x.Name == o.Key);
            Assert.True(output is not null, $"{name}: no output {o.Key}; {string.Join(", ", report.Outputs.Select(x => x.Name))}");
            Assert.Equal(o.Value!.ToString(), RuleContext.Format(output.Value));
            Assert.Equal(code, output.Code);
        }

        foreach (JsonNode? absent in expected["noOutputs"]?.AsArray() ?? [])
        {
            Assert.DoesNotContain(report.Outputs, x => x.Name == absent!.GetValue<string>());
        }

        foreach (KeyValuePair<string, JsonNode?> p in expected["parameters"]?.AsObject() ?? [])
        {
            ParameterReading? reading = node.Parameters.FirstOrDefault(r => r.Name == p.Key);
            Assert.True(reading is not null, $"{name}: parameter {p.Key} not read; read {string.Join(", ", node.Parameters.Select(r => r.Name))}");
            Assert.Equal(p.Value!.ToString(), reading.Value.ToString());
        }
    }

    [Fact]
    public void Every_code_has_cases_messages_and_a_catalog_row()
    {
        foreach (string code in Codes)
        {
            Assert.Contains(LabourStandardsDomain.DefaultRules.Rules, r => r.Code == code);
        }

        foreach (IRule rule in LabourStandardsDomain.DefaultRules.Rules)
        {
            Assert.StartsWith("LS-", rule.Code, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(LabourCases.Directory, rule.Code + ".json")), rule.Code);
            Assert.True(Messages.Default.Contains(rule.Code + ".title"), rule.Code);
            Assert.Contains(RuleCatalog.All, r => r.Code == rule.Code);
        }
    }

    [Fact]
    public void Every_message_has_the_same_placeholders_in_both_languages()
    {
        var keys = Messages.Default.Entries.Where(e => e.Key.StartsWith("LS-", StringComparison.Ordinal) || e.Key.StartsWith("outcome.ls.", StringComparison.Ordinal)).ToArray();
        Assert.True(keys.Length > 30);
        foreach (MessageEntry e in keys)
        {
            Assert.Equal(Messages.Placeholders(e.Zh).Order(), Messages.Placeholders(e.En).Order());
        }
    }
}
