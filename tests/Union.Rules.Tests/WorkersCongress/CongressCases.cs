using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Domain.WorkersCongress;
using Union.Rules.Engine;

namespace Union.Rules.Tests.WorkersCongress;

/// <summary>
/// Reads the legal cases of Cases/WorkersCongress/*.json. Each case's <c>input</c> is deep-merged over <c>_base.json</c>
/// (objects merged, arrays and values replaced, <c>null</c> removes), so a case states only what it is about. <c>region</c>
/// selects the profile (national when absent), <c>asOf</c> the review date. <c>expected</c> names the rule's <c>status</c>,
/// every finding in order (<c>key</c>, <c>severity</c>, the first <c>citation</c> in Chinese, <c>path</c>, <c>args</c>), the
/// <c>outputs</c> the rule recorded, the <c>parameters</c> it read (layer and value) and those it must not read (<c>unread</c>).
/// </summary>
public static class CongressCases
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Cases", "WorkersCongress");

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

    public static WorkersCongressRecord Record(JsonObject testCase)
    {
        var merged = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "_base.json")))!;
        if (testCase["input"] is JsonObject input)
        {
            Merge(merged, input);
        }

        DocumentResult<WorkersCongressRecord> read = WorkersCongressJson.Read(merged.ToJsonString(), "case");
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        return read.Value!;
    }

    public static JurisdictionProfile Profile(JsonObject testCase) =>
        testCase["region"]?.GetValue<string>() is { } region ? JurisdictionProfile.For(RegionCode.Parse(region)) : JurisdictionProfile.National;

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
