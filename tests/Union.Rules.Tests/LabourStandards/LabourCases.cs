using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.LabourStandards;
using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// Reads the legal cases of Cases/LabourStandards/*.json. Each case's <c>input</c> is deep-merged over <c>_base.json</c>
/// (objects merged, arrays and values replaced, <c>null</c> removes), so a case states only what it is about; the profile is the
/// file's region's.
/// </summary>
public static class LabourCases
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Cases", "LabourStandards");

    public static IEnumerable<object[]> All(string code)
    {
        var cases = (JsonArray)JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Directory, code + ".json")))!;
        foreach (JsonNode? c in cases)
        {
            yield return [code, c!["name"]!.GetValue<string>()];
        }
    }

    public static JsonObject Find(string code, string name)
    {
        var cases = (JsonArray)JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Directory, code + ".json")))!;
        return (JsonObject)cases.Single(c => c!["name"]!.GetValue<string>() == name)!;
    }

    public static LabourFile File(JsonObject testCase)
    {
        var merged = (JsonObject)JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Directory, "_base.json")))!;
        if (testCase["input"] is JsonObject input)
        {
            Merge(merged, input);
        }

        DocumentResult<LabourFile> read = LabourFileJson.Read(merged.ToJsonString(), "case");
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        return read.Value!;
    }

    public static JurisdictionProfile Profile(LabourFile file) => JurisdictionProfile.For(file.Region);

    public static LocalDate AsOf(JsonObject testCase) => LocalDatePattern.Iso.Parse(testCase["asOf"]!.GetValue<string>()).Value;

    private static void Merge(JsonObject target, JsonObject patch)
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
