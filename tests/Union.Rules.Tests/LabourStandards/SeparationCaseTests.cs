using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// The cases of <c>Cases/LabourStandards/LS-WRITTEN-CONTRACT.json</c>, <c>LS-COMPENSATION.json</c> and <c>LS-DISPUTE.json</c>:
/// each names an <c>asOf</c>, a <c>region</c>, optional <c>layers</c>, the whole labour file as <c>input</c>, and what it
/// <c>expected</c>: message keys present (<c>findings</c>) or absent (<c>absent</c>), the first citation of a key
/// (<c>citations</c>), arguments of the first finding of a key (<c>arguments</c>; numbers compared by value), dates by output
/// name, parameters read (<c>parameters</c>), the rule's <c>status</c>, and <c>violations</c>.
/// </summary>
public sealed class SeparationCaseTests
{
    private static readonly string[] Codes = ["LS-WRITTEN-CONTRACT", "LS-COMPENSATION", "LS-DISPUTE"];

    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Cases", "LabourStandards");

    public static IEnumerable<object[]> Cases() =>
        Codes.SelectMany(code =>
        {
            var array = JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, code + ".json")))!.AsArray();
            return array.Select((c, i) => new object[] { code, i, c!["name"]!.GetValue<string>() });
        });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_holds(string code, int index, string name)
    {
        JsonObject c = JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, code + ".json")))!.AsArray()[index]!.AsObject();
        DocumentResult<LabourFile> read = UnionJson.Read(c["input"]!.ToJsonString(), DomainJsonContext.Default.LabourFile, null, name);
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        JurisdictionProfile profile = c["region"]?.GetValue<string>() is { } r ? JurisdictionProfile.For(RegionCode.Parse(r)) : JurisdictionProfile.National;
        foreach (JsonNode? l in c["layers"]?.AsArray() ?? [])
        {
            string file = l!.GetValue<string>();
            DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(File.ReadAllText(Path.Combine(Directory, "layers", file)), file);
            Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
            profile = profile.WithLayers(layer.Value!);
        }

        LocalDate asOf = LocalDatePattern.Iso.Parse(c["asOf"]!.GetValue<string>()).Value;
        RuleReport report = new RuleSet<LabourFile>(SeparationCatalog.Rules).Evaluate(read.Value!, asOf, profile);
        JsonObject expected = c["expected"]!.AsObject();
        Finding[] mine = [.. report.For(code)];
        string dump = name + ": " + string.Join(" | ", mine.Select(f => f.MessageKey + "(" + string.Join(",", f.Arguments.Select(a => a.Key + "=" + a.Value)) + ")"));

        foreach (JsonNode? key in expected["findings"]?.AsArray() ?? [])
        {
            Assert.True(mine.Any(f => f.MessageKey == key!.GetValue<string>()), dump + " lacks " + key);
        }

        foreach (JsonNode? key in expected["absent"]?.AsArray() ?? [])
        {
            Assert.False(mine.Any(f => f.MessageKey == key!.GetValue<string>()), dump + " has " + key);
        }

        foreach (var (key, citation) in expected["citations"]?.AsObject() ?? [])
        {
            Finding? f = mine.FirstOrDefault(f => f.MessageKey == key);
            Assert.True(f is not null, dump + " lacks " + key);
            Assert.Equal(citation!.GetValue<string>(), f.Citation.ToChinese());
        }

        foreach (var (key, arguments) in expected["arguments"]?.AsObject() ?? [])
        {
            Finding? f = mine.FirstOrDefault(f => f.MessageKey == key);
            Assert.True(f is not null, dump + " lacks " + key);
            foreach (var (argument, value) in arguments!.AsObject())
            {
                string want = value!.GetValue<string>();
                string? got = f.Argument(argument);
                bool same = got == want || (decimal.TryParse(got, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal g) && decimal.TryParse(want, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal w) && g == w);
                Assert.True(same, $"{dump}: {key}.{argument} = {got}, expected {want}");
            }
        }

        foreach (var (output, value) in expected["dates"]?.AsObject() ?? [])
        {
            object? got = report.Outputs.FirstOrDefault(o => o.Name == output)?.Value;
            Assert.True(got is LocalDate d && LocalDatePattern.Iso.Format(d) == value!.GetValue<string>(), $"{dump}: {output} = {got}");
        }

        TraceNode node = report.Trace.Single(n => n.Code == code);
        foreach (JsonNode? parameter in expected["parameters"]?.AsArray() ?? [])
        {
            Assert.True(node.Parameters.Any(p => p.Name == parameter!.GetValue<string>()), $"{dump}: {parameter} not read");
        }

        if (expected["status"] is { } status)
        {
            Assert.Equal(status.GetValue<string>(), node.Status.ToString());
        }

        if (expected["violations"] is { } v)
        {
            Assert.Equal(v.GetValue<bool>(), mine.Any(f => f.IsViolation));
        }
    }
}
