using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.Tests.CollectiveContracts;

/// <summary>
/// Reads the legal cases of <c>Cases/CollectiveContracts/*.json</c>: each case names an <c>asOf</c>, an optional
/// <c>region</c>, optional <c>layers</c> (parameter layers in <c>layers/</c> laid on the region's profile, as a caller's own), an <c>input</c> (merged onto the lawful example when <c>"base": "example"</c>; objects merge, arrays and
/// values replace, <c>null</c> removes) and what it <c>expected</c>: the rule's <c>status</c>, message keys that must be
/// present (<c>findings</c>) or absent (<c>absent</c>), the first citation of the findings of a key (<c>citations</c>, rendered in
/// Chinese), <c>dates</c> by name, the <c>state</c>, and <c>violations</c>.
/// </summary>
internal static class ContractCases
{
    internal static string Directory => Path.Combine(AppContext.BaseDirectory, "Cases", "CollectiveContracts");

    internal static IEnumerable<object[]> All() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal).SelectMany(file =>
        {
            var array = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
            return array.Select((_, i) => new object[] { Path.GetFileNameWithoutExtension(file), i, array[i]!["name"]!.GetValue<string>() });
        });

    internal static JsonObject Case(string file, int index) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, file + ".json")))!.AsArray()[index]!.AsObject();

    internal static JsonNode Input(JsonObject c)
    {
        JsonNode input = c["input"]!.DeepClone();
        if (c["base"]?.GetValue<string>() == "example")
        {
            JsonNode merged = JsonNode.Parse(CollectiveContractDocument.Example)!;
            Merge(merged.AsObject(), input.AsObject());
            return merged;
        }

        return input;
    }

    internal static JurisdictionProfile Profile(JsonObject c)
    {
        JurisdictionProfile profile = c["region"]?.GetValue<string>() is { } r ? JurisdictionProfile.For(RegionCode.Parse(r)) : JurisdictionProfile.National;
        foreach (JsonNode? l in c["layers"]?.AsArray() ?? [])
        {
            string name = l!.GetValue<string>();
            DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(File.ReadAllText(Path.Combine(Directory, "layers", name)), name);
            Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
            profile = profile.WithLayers(layer.Value!);
        }

        return profile;
    }

    internal static LocalDate AsOf(JsonObject c) => LocalDatePattern.Iso.Parse(c["asOf"]!.GetValue<string>()).Value;

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToArray())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject o && target[key] is JsonObject t)
            {
                Merge(t, o);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
