using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Validation;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.WageNegotiation;

/// <summary>
/// Reads the legal cases of Cases/WageNegotiation/*.json. Each case's <c>input</c> is deep-merged over <c>_base.json</c>
/// (objects merged, arrays and values replaced), so a case states only what it is about. <c>layers</c> names parameter layer
/// files in Cases/WageNegotiation/layers/ laid on top of the proposal's regional profile.
/// </summary>
public static class WageCases
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Cases", "WageNegotiation");

    public static JsonObject Base() => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "_base.json")))!;

    public static IEnumerable<object[]> All(string code)
    {
        string file = Path.Combine(Directory, code + ".json");
        var cases = (JsonArray)JsonNode.Parse(File.ReadAllText(file))!;
        foreach (JsonNode? c in cases)
        {
            yield return [code, c!["name"]!.GetValue<string>()];
        }
    }

    public static JsonObject Find(string code, string name)
    {
        var cases = (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, code + ".json")))!;
        return (JsonObject)cases.First(c => c!["name"]!.GetValue<string>() == name)!;
    }

    public static WageProposal Proposal(JsonObject testCase)
    {
        JsonObject merged = Base();
        if (testCase["input"] is JsonObject input)
        {
            Merge(merged, input);
        }

        DocumentResult<WageProposal> read = WageProposalJson.Read(merged.ToJsonString(), "case");
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        return read.Value!;
    }

    public static JurisdictionProfile Profile(JsonObject testCase, WageProposal proposal)
    {
        JurisdictionProfile profile = JurisdictionProfile.For(proposal.Region);
        if (testCase["layers"] is JsonArray layers)
        {
            foreach (JsonNode? l in layers)
            {
                string name = l!.GetValue<string>();
                DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(File.ReadAllText(Path.Combine(Directory, "layers", name)), name);
                Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
                profile = profile.WithLayers(layer.Value!);
            }
        }

        return profile;
    }

    public static LocalDate AsOf(JsonObject testCase) => LocalDatePattern.Iso.Parse(testCase["asOf"]!.GetValue<string>()).Value;

    public static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (KeyValuePair<string, JsonNode?> p in patch.ToArray())
        {
            if (p.Value is JsonObject po && target[p.Key] is JsonObject to)
            {
                Merge(to, po);
            }
            else
            {
                target[p.Key] = p.Value?.DeepClone();
            }
        }
    }
}
