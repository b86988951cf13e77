using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Tests.Cases;

/// <summary>
/// One legal case of <c>Cases/&lt;Domain&gt;/&lt;CODE&gt;.json</c>, the same form in every domain (Cases/README.md):
/// <c>name</c>, <c>asOf</c>, optional <c>region</c> (<c>national</c> or a code; by default the document's own region, national
/// when it names none), optional <c>base</c> (<c>example</c>: the domain's lawful example; a file name: that file in the folder;
/// absent: <c>input</c> is the whole document), optional <c>layers</c> (file names in <c>layers/</c> or inline layers, laid on the
/// profile as a caller's own), <c>input</c> (merged over the base as a JSON merge patch, RFC 7386: objects merge, <c>null</c>
/// removes, arrays and values replace) and <c>expected</c>.
/// </summary>
internal sealed class LegalCase
{
    private static readonly HashSet<string> CaseKeys = ["name", "asOf", "region", "base", "layers", "input", "expected", "rule"];

    private LegalCase(string folder, string file, int index, JsonObject json)
    {
        Folder = folder;
        File = file;
        Index = index;
        Json = json;
    }

    /// <summary>Gets the folder under Cases/.</summary>
    public string Folder { get; }

    /// <summary>Gets the file name without extension (the rule's code unless <c>rule</c> says otherwise).</summary>
    public string File { get; }

    /// <summary>Gets the case's position in its file.</summary>
    public int Index { get; }

    /// <summary>Gets the case as written.</summary>
    public JsonObject Json { get; }

    /// <summary>Gets the case's name.</summary>
    public string Name => Json["name"]!.GetValue<string>();

    /// <summary>Gets the code of the rule the case is about.</summary>
    public string Code => Json["rule"]?.GetValue<string>() ?? File;

    /// <summary>Gets the date of the review.</summary>
    public LocalDate AsOf => LocalDatePattern.Iso.Parse(Json["asOf"]!.GetValue<string>()).Value;

    /// <summary>Gets what the case expects.</summary>
    public JsonObject Expected => Json["expected"]!.AsObject();

    /// <summary>Gets the directory of the case files.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Cases");

    /// <summary>Reads one case.</summary>
    public static LegalCase Load(string folder, string file, int index)
    {
        JsonArray cases = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Root, folder, file + ".json")))!.AsArray();
        var c = new LegalCase(folder, file, index, cases[index]!.AsObject());
        string[] unknown = [.. c.Json.Select(p => p.Key).Where(k => !CaseKeys.Contains(k) && !CaseDomains.For(folder).CaseKeys.Contains(k))];
        Assert.True(unknown.Length == 0, $"{c.Name}: unknown case keys {string.Join(", ", unknown)}");
        return c;
    }

    /// <summary>Reads the case of a file with the given name.</summary>
    public static LegalCase Named(string folder, string file, string name)
    {
        JsonArray cases = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Root, folder, file + ".json")))!.AsArray();
        int index = cases.Select((c, i) => (c, i)).Single(x => x.c!["name"]!.GetValue<string>() == name).i;
        return Load(folder, file, index);
    }

    /// <summary>Reads the case's document through a domain and resolves its profile, for tests that do more with a case.</summary>
    public PreparedCase<T> Prepare<T>(ReviewDomain<T> domain)
        where T : class
    {
        T document = Read((json, name) => domain.Read(json, name), () => domain.Write(domain.Example));
        return new PreparedCase<T>(document, AsOf, Profile(domain.RegionOf(document)));
    }

    /// <summary>Lists every case of a folder's files as (folder, file, index, name).</summary>
    public static IEnumerable<object[]> All(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.json")
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .SelectMany(path =>
            {
                JsonArray cases = JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsArray();
                string file = Path.GetFileNameWithoutExtension(path);
                return cases.Select((c, i) => new object[] { folder, file, i, c!["name"]!.GetValue<string>() });
            });

    /// <summary>Builds the document's JSON: the base with the input merged over it, or the input alone.</summary>
    /// <param name="example">The domain's lawful example as JSON.</param>
    public string DocumentJson(Func<string> example)
    {
        JsonNode input = Json["input"]?.DeepClone() ?? new JsonObject();
        string? baseName = Json["base"]?.GetValue<string>();
        if (baseName is null)
        {
            return input.ToJsonString();
        }

        JsonObject merged = (baseName == "example"
            ? JsonNode.Parse(example())
            : JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Root, Folder, baseName))))!.AsObject();
        MergePatch(merged, input.AsObject());
        return merged.ToJsonString();
    }

    /// <summary>Reads the document through the domain's reader; the case fails when the document is not valid.</summary>
    public T Read<T>(Func<string, string, DocumentResult<T>> read, Func<string> example)
        where T : class
    {
        DocumentResult<T> result = read(DocumentJson(example), Name);
        Assert.True(result.IsValid, Name + ": " + string.Join("; ", result.Issues));
        return result.Value!;
    }

    /// <summary>The profile: <c>region</c> (or the document's region, or national), then each layer in order.</summary>
    /// <param name="documentRegion">The region the document names.</param>
    public JurisdictionProfile Profile(RegionCode? documentRegion)
    {
        JurisdictionProfile profile = Json["region"]?.GetValue<string>() switch
        {
            null => documentRegion is { } r ? JurisdictionProfile.For(r) : JurisdictionProfile.National,
            "national" => JurisdictionProfile.National,
            string code => JurisdictionProfile.For(RegionCode.Parse(code)),
        };
        foreach (JsonNode? l in Json["layers"]?.AsArray() ?? [])
        {
            DocumentResult<ParameterLayer> layer = l is JsonValue v
                ? ParameterLayer.Parse(System.IO.File.ReadAllText(Path.Combine(Root, Folder, "layers", v.GetValue<string>())), v.GetValue<string>())
                : ParameterLayer.Parse(l!.ToJsonString(), l!["description"]?.GetValue<string>() ?? Name);
            Assert.True(layer.IsValid, Name + ": " + string.Join("; ", layer.Issues));
            profile = profile.WithLayers(layer.Value!);
        }

        return profile;
    }

    /// <summary>Applies a JSON merge patch (RFC 7386): objects merge, <c>null</c> removes a member, anything else replaces.</summary>
    public static void MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (KeyValuePair<string, JsonNode?> p in patch.ToArray())
        {
            if (p.Value is null)
            {
                target.Remove(p.Key);
            }
            else if (p.Value is JsonObject po && target[p.Key] is JsonObject to)
            {
                MergePatch(to, po);
            }
            else
            {
                target[p.Key] = p.Value.DeepClone();
            }
        }
    }
}

/// <summary>A case's document, date and profile.</summary>
internal sealed record PreparedCase<T>(T Document, LocalDate AsOf, JurisdictionProfile Profile);

/// <summary>What running a case produced: the rule report, the review's outcome, and a check of the domain's own expectations.</summary>
/// <param name="Report">The rule report.</param>
/// <param name="Outcome">The review's outcome section (empty when the case did not run a whole review).</param>
/// <param name="CheckExtra">Checks the expectations only this domain knows (keys listed in <see cref="CaseDomain.ExpectedKeys"/>).</param>
internal sealed record CaseRun(RuleReport Report, IReadOnlyList<OutcomeItem> Outcome, Action<JsonObject, string>? CheckExtra = null);

/// <summary>How one domain's cases are read and run.</summary>
internal abstract class CaseDomain
{
    /// <summary>Gets the folder under Cases/.</summary>
    public abstract string Folder { get; }

    /// <summary>Gets the codes of the domain's rules.</summary>
    public abstract IReadOnlyList<string> Codes { get; }

    /// <summary>Gets the case keys only this domain reads.</summary>
    public virtual IReadOnlySet<string> CaseKeys { get; } = new HashSet<string>();

    /// <summary>Gets the expectation keys only this domain checks.</summary>
    public virtual IReadOnlySet<string> ExpectedKeys { get; } = new HashSet<string>();

    /// <summary>Runs a case.</summary>
    public abstract CaseRun Run(LegalCase c);
}

/// <summary>A domain whose cases are reviewed by its <see cref="ReviewDomain{TDocument}"/>.</summary>
internal class ReviewCaseDomain<T>(string folder, ReviewDomain<T> domain, IEnumerable<IRule> rules) : CaseDomain
    where T : class
{
    public override string Folder => folder;

    public override IReadOnlyList<string> Codes { get; } = [.. rules.Select(r => r.Code).Distinct(StringComparer.Ordinal)];

    protected ReviewDomain<T> Domain => domain;

    public override CaseRun Run(LegalCase c)
    {
        (T document, LocalDate asOf, JurisdictionProfile profile) = c.Prepare(domain);
        Review<T> review = domain.Evaluate(document, asOf, profile);
        return new CaseRun(review.Report, review.Outcome);
    }
}

/// <summary>Runs a case and checks every expectation it states; an expectation the runner does not know fails the case.</summary>
internal static class LegalCaseRunner
{
    private static readonly HashSet<string> CommonKeys =
        ["status", "violations", "findings", "present", "absent", "citations", "arguments", "outputs", "parameters", "read", "unread", "outcome"];

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static void Check(LegalCase c)
    {
        CaseDomain domain = CaseDomains.For(c.Folder);
        JsonObject expected = c.Expected;
        string[] unknown = [.. expected.Select(p => p.Key).Where(k => !CommonKeys.Contains(k) && !domain.ExpectedKeys.Contains(k))];
        Assert.True(unknown.Length == 0, $"{c.Name}: unknown expectations {string.Join(", ", unknown)}");

        CaseRun run = domain.Run(c);
        RuleReport report = run.Report;
        string code = c.Code;
        Finding[] findings = [.. report.For(code)];
        TraceNode? node = report.Trace.LastOrDefault(n => n.Code == code);
        string dump = $"{c.File}: {c.Name}: {node?.Status}: " + string.Join(" | ", findings.Select(f => f.MessageKey + " " + f.Path + " (" + string.Join(", ", f.Arguments.Select(a => a.Key + "=" + a.Value)) + ")"));

        if (expected["status"] is JsonNode status)
        {
            Assert.True(node is not null, dump + ": the rule did not run");
            Assert.True(status.GetValue<string>() == node.Status.ToString(), dump + ": status");
        }

        if (expected["violations"] is JsonNode violations)
        {
            Assert.True(violations.GetValue<bool>() == findings.Any(f => f.IsViolation), dump + ": violations");
        }

        if (expected["findings"] is JsonArray want)
        {
            Assert.True(want.Count == findings.Length, $"{dump}: expected {want.Count} findings, got {findings.Length}");
            for (int i = 0; i < want.Count; i++)
            {
                JsonObject w = want[i]!.AsObject();
                Finding f = findings[i];
                Assert.True(w["key"]!.GetValue<string>() == f.MessageKey, $"{dump}: finding {i} is {f.MessageKey}");
                if (w["severity"] is JsonNode s)
                {
                    Assert.True(s.GetValue<string>() == f.Severity.ToString(), $"{dump}: severity of {f.MessageKey}");
                }

                if (w["citation"] is JsonNode cited)
                {
                    Assert.True(cited.GetValue<string>() == f.RenderCitations(Chinese), $"{dump}: citation of {f.MessageKey} is {f.RenderCitations(Chinese)}");
                }

                if (w["path"] is JsonNode p)
                {
                    Assert.True(p.GetValue<string>() == f.Path, $"{dump}: path of {f.MessageKey}");
                }

                foreach (KeyValuePair<string, JsonNode?> a in w["args"]?.AsObject() ?? [])
                {
                    Assert.True(a.Value!.ToString() == f.Argument(a.Key), $"{dump}: argument {a.Key} of {f.MessageKey}: expected {a.Value}, got {f.Argument(a.Key)}");
                }
            }
        }

        foreach (JsonNode? key in expected["present"]?.AsArray() ?? [])
        {
            Assert.True(report.Findings.Any(f => f.MessageKey == key!.GetValue<string>()), dump + ": lacks " + key);
        }

        foreach (JsonNode? key in expected["absent"]?.AsArray() ?? [])
        {
            Assert.False(report.Findings.Any(f => f.MessageKey == key!.GetValue<string>()), dump + ": has " + key);
        }

        foreach (KeyValuePair<string, JsonNode?> citation in expected["citations"]?.AsObject() ?? [])
        {
            Finding[] keyed = [.. findings.Where(f => f.MessageKey == citation.Key)];
            Assert.True(keyed.Length > 0, dump + ": lacks " + citation.Key);
            foreach (Finding f in keyed)
            {
                Assert.True(citation.Value!.GetValue<string>() == f.RenderCitations(Chinese), $"{dump}: citation of {f.MessageKey} is {f.RenderCitations(Chinese)}");
            }
        }

        foreach (KeyValuePair<string, JsonNode?> arguments in expected["arguments"]?.AsObject() ?? [])
        {
            Finding? f = findings.FirstOrDefault(f => f.MessageKey == arguments.Key);
            Assert.True(f is not null, dump + ": lacks " + arguments.Key);
            foreach (KeyValuePair<string, JsonNode?> a in arguments.Value!.AsObject())
            {
                string wanted = a.Value!.ToString();
                string? got = f.Argument(a.Key);
                bool same = got == wanted
                    || (decimal.TryParse(got, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal g)
                        && decimal.TryParse(wanted, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal w) && g == w);
                Assert.True(same, $"{dump}: {arguments.Key}.{a.Key} = {got}, expected {wanted}");
            }
        }

        foreach (KeyValuePair<string, JsonNode?> o in expected["outputs"]?.AsObject() ?? [])
        {
            RuleOutput? output = report.Outputs.LastOrDefault(x => x.Name == o.Key);
            if (o.Value is null)
            {
                Assert.True(output is null, $"{dump}: output {o.Key} should not be computed, is {RuleContext.Format(output?.Value)}");
                continue;
            }

            Assert.True(output is not null, $"{dump}: no output {o.Key}; outputs: {string.Join(", ", report.Outputs.Select(x => x.Name))}");
            Assert.True(o.Value.ToString() == RuleContext.Format(output.Value), $"{dump}: output {o.Key}: expected {o.Value}, got {RuleContext.Format(output.Value)}");
        }

        foreach (KeyValuePair<string, JsonNode?> p in expected["parameters"]?.AsObject() ?? [])
        {
            Assert.True(node is not null, dump + ": the rule did not run");
            ParameterReading? reading = node.Parameters.LastOrDefault(r => r.Name == p.Key);
            Assert.True(reading is not null, $"{dump}: did not read {p.Key}; read {string.Join(", ", node.Parameters.Select(r => r.Name))}");
            if (p.Value is JsonObject detail)
            {
                Assert.Equal(detail["value"]!.ToString(), reading.Value.ToString());
                if (detail["layer"] is JsonNode layer)
                {
                    Assert.Equal(layer.GetValue<string>(), reading.Layer);
                }

                if (detail["comparison"] is JsonNode comparison)
                {
                    Assert.Equal(comparison.GetValue<string>(), reading.Comparison switch
                    {
                        Comparison.AtLeast => "atLeast",
                        Comparison.AtMost => "atMost",
                        Comparison.MoreThan => "moreThan",
                        Comparison.LessThan => "lessThan",
                        _ => null,
                    });
                }
            }
            else
            {
                Assert.True(p.Value!.ToString() == reading.Value.ToString(), $"{dump}: {p.Key} = {reading.Value}, expected {p.Value}");
            }
        }

        foreach (JsonNode? read in expected["read"]?.AsArray() ?? [])
        {
            Assert.True(node is not null && node.Parameters.Any(r => r.Name == read!.GetValue<string>()), $"{dump}: {read} not read");
        }

        foreach (JsonNode? unread in expected["unread"]?.AsArray() ?? [])
        {
            Assert.True(node is not null && node.Parameters.All(r => r.Name != unread!.GetValue<string>()), $"{dump}: {unread} read");
        }

        foreach (KeyValuePair<string, JsonNode?> o in expected["outcome"]?.AsObject() ?? [])
        {
            OutcomeItem? item = run.Outcome.FirstOrDefault(x => x.Name == o.Key);
            Assert.True(item is not null && item.Value == o.Value!.GetValue<string>(), $"{dump}: outcome {o.Key} = {item?.Value}, expected {o.Value}");
        }

        run.CheckExtra?.Invoke(expected, dump);
    }
}
