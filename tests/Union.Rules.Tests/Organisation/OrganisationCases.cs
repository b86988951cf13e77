using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Organisation;

/// <summary>
/// Reads the legal cases of <c>Cases/Organisation/*.json</c>, one file per ORG code. Each case's <c>input</c> is merged over the
/// lawful example (objects merge, arrays and values replace, <c>null</c> removes), so a case states only what it is about.
/// <c>region</c> (<c>national</c> or a code) replaces the document's own profile; <c>layers</c> names parameter layers in
/// <c>Cases/Organisation/layers/</c> laid on top, as a caller's own.
/// </summary>
public static class OrganisationCases
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Cases", "Organisation");

    public static IEnumerable<object[]> All(string code)
    {
        var cases = (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, code + ".json")))!;
        foreach (JsonNode? c in cases)
        {
            yield return [code, c!["name"]!.GetValue<string>()];
        }
    }

    public static JsonObject Find(string code, string name)
    {
        var cases = (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, code + ".json")))!;
        return (JsonObject)cases.Single(c => c!["name"]!.GetValue<string>() == name)!;
    }

    public static GrassrootsUnion Document(JsonObject testCase)
    {
        var merged = (JsonObject)JsonNode.Parse(GrassrootsUnionJson.Example)!;
        if (testCase["input"] is JsonObject input)
        {
            Merge(merged, input);
        }

        DocumentResult<GrassrootsUnion> read = GrassrootsUnionJson.Read(merged.ToJsonString(), "case");
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        return read.Value!;
    }

    public static JurisdictionProfile Profile(JsonObject testCase, GrassrootsUnion document)
    {
        JurisdictionProfile profile = testCase["region"]?.GetValue<string>() switch
        {
            null => JurisdictionProfile.For(document.Region),
            "national" => JurisdictionProfile.National,
            string r => JurisdictionProfile.For(RegionCode.Parse(r)),
        };
        foreach (JsonNode? l in testCase["layers"]?.AsArray() ?? [])
        {
            string name = l!.GetValue<string>();
            DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(File.ReadAllText(Path.Combine(Directory, "layers", name)), name);
            Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
            profile = profile.WithLayers(layer.Value!);
        }

        return profile;
    }

    public static LocalDate AsOf(JsonObject testCase) => LocalDatePattern.Iso.Parse(testCase["asOf"]!.GetValue<string>()).Value;

    public static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (KeyValuePair<string, JsonNode?> p in patch.ToArray())
        {
            if (p.Value is null)
            {
                target.Remove(p.Key);
            }
            else if (p.Value is JsonObject po && target[p.Key] is JsonObject to)
            {
                Merge(to, po);
            }
            else
            {
                target[p.Key] = p.Value.DeepClone();
            }
        }
    }
}
