using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>The legal cases of Cases/Hardship/*.json: one file per HD code, each case checked by full assessment and by screening.</summary>
public sealed class HardshipCaseTests
{
    private static readonly string[] Codes =
    [
        "HD-MEMBER", "HD-WINDOW", "HD-INCOME", "HD-IMPUTED", "HD-RIGID", "HD-PER-CAPITA", "HD-EXCLUDED", "HD-DEEP", "HD-RELATIVE", "HD-ACCIDENT", "HD-NEAR-MISS", "HD-ASSISTANCE", "HD-REVIEW",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string code in Codes)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(CasePath(code)));
            foreach (JsonElement c in doc.RootElement.EnumerateArray())
            {
                data.Add(code, c.GetProperty("name").GetString()!);
            }
        }

        return data;
    }

    [Fact]
    public void Every_HD_code_in_the_catalog_has_a_case_file_with_cases()
    {
        foreach (IRule rule in HardshipEngine.DefaultRules.Rules)
        {
            Assert.Contains(rule.Code, Codes);
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(CasePath(rule.Code)));
            Assert.True(doc.RootElement.GetArrayLength() >= 2, rule.Code);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string code, string name)
    {
        HardshipCase c = HardshipCase.Load(code, name);
        HardshipAssessment a = HardshipEngine.Default.Assess(c.Application, c.AsOf, c.Profile);
        JsonElement e = c.Expected;
        if (e.TryGetProperty("category", out JsonElement cat))
        {
            Assert.Equal(Enum.Parse<HardshipCategory>(cat.GetString()!, true), a.Category);
        }

        if (e.TryGetProperty("assessed", out JsonElement assessed))
        {
            Assert.Equal(assessed.GetBoolean(), a.IsAssessed);
        }

        if (e.TryGetProperty("perHead", out JsonElement perHead))
        {
            Assert.NotNull(a.PerCapita);
            Assert.Equal(perHead.GetDecimal(), a.PerCapita!.PerHeadMonthly);
        }

        if (e.TryGetProperty("relativePerHead", out JsonElement relativePerHead))
        {
            Assert.NotNull(a.PerCapita);
            Assert.Equal(relativePerHead.GetDecimal(), a.PerCapita!.RelativePerHeadMonthly);
        }

        if (e.TryGetProperty("relativeRigid", out JsonElement relativeRigid))
        {
            Assert.Equal(relativeRigid.GetDecimal(), a.PerCapita!.RelativeRigidDeducted);
        }

        if (e.TryGetProperty("countedIncome", out JsonElement counted))
        {
            Assert.Equal(counted.GetDecimal(), a.PerCapita!.CountedIncome);
        }

        if (e.TryGetProperty("imputedIncome", out JsonElement imputed))
        {
            Assert.Equal(imputed.GetDecimal(), a.PerCapita!.ImputedIncome);
        }

        if (e.TryGetProperty("rigid", out JsonElement rigid))
        {
            Assert.Equal(rigid.GetDecimal(), a.PerCapita!.RigidDeducted);
        }

        if (e.TryGetProperty("exclusions", out JsonElement excl))
        {
            Assert.Equal(Enum.Parse<HardshipExclusions>(excl.GetString()!, true), a.Exclusions);
        }

        if (e.TryGetProperty("fileStatus", out JsonElement status))
        {
            Assert.Equal(Enum.Parse<FileStatus>(status.GetString()!, true), a.FileStatus);
        }

        if (e.TryGetProperty("nextReview", out JsonElement next))
        {
            Assert.Equal(next.ValueKind == JsonValueKind.Null ? null : LocalDatePattern.Iso.Parse(next.GetString()!).Value, a.NextReview);
        }

        if (e.TryGetProperty("assistance", out JsonElement assistance))
        {
            Assert.Equal(assistance.EnumerateArray().Select(x => Enum.Parse<AssistanceKind>(x.GetString()!, true)).ToArray(), a.Assistance.ToArray());
        }

        if (e.TryGetProperty("nearMisses", out JsonElement misses))
        {
            string[] expected = misses.EnumerateArray().Select(x => x.GetString()!).ToArray();
            string[] actual = a.NearMisses.Select(m => $"{m.Category}:{m.Test}:{m.Gap?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}").ToArray();
            Assert.Equal(expected, actual);
        }

        string[] keys = a.Report.Findings.Select(f => f.MessageKey).ToArray();
        if (e.TryGetProperty("keys", out JsonElement present))
        {
            foreach (JsonElement k in present.EnumerateArray())
            {
                Assert.Contains(k.GetString()!, keys);
            }
        }

        if (e.TryGetProperty("absentKeys", out JsonElement absent))
        {
            foreach (JsonElement k in absent.EnumerateArray())
            {
                Assert.DoesNotContain(k.GetString()!, keys);
            }
        }

        // The screening path reaches the same decision.
        ScreeningResult s = HardshipScreener.Create(c.Profile, c.AsOf).Screen(c.Application);
        Assert.Equal(a.IsAssessed, s.IsAssessed);
        Assert.Equal(a.Category, s.Category);
        if (a.PerCapita is { } pc && s.IsAssessed)
        {
            Assert.Equal(pc.PerHeadMonthly, s.PerHeadMonthlyRounded);
            Assert.Equal(pc.RelativePerHeadMonthly, s.RelativePerHeadMonthlyRounded);
        }
    }

    internal static string CasePath(string code) => Path.Combine(AppContext.BaseDirectory, "Cases", "Hardship", code + ".json");
}

/// <summary>One case read from a case file.</summary>
internal sealed record HardshipCase(string Name, LocalDate AsOf, JurisdictionProfile Profile, HardshipApplication Application, JsonElement Expected)
{
    internal static HardshipCase Load(string code, string name)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(HardshipCaseTests.CasePath(code)));
        JsonElement c = doc.RootElement.EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);
        LocalDate asOf = LocalDatePattern.Iso.Parse(c.GetProperty("asOf").GetString()!).Value;
        JurisdictionProfile profile = c.TryGetProperty("region", out JsonElement region) ? JurisdictionProfile.For(RegionCode.Parse(region.GetString()!)) : JurisdictionProfile.National;
        if (c.TryGetProperty("layers", out JsonElement layers))
        {
            foreach (JsonElement l in layers.EnumerateArray())
            {
                DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(l.GetRawText(), l.TryGetProperty("description", out JsonElement d) ? d.GetString() : "case");
                Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
                profile = profile.WithLayers(layer.Value!);
            }
        }

        DocumentResult<HardshipApplication> app = UnionJson.Read(c.GetProperty("input").GetRawText(), DomainJsonContext.Default.HardshipApplication, new HardshipApplicationValidator(), name);
        Assert.True(app.IsValid, string.Join("; ", app.Issues));
        return new HardshipCase(name, asOf, profile, app.Value!, c.GetProperty("expected").Clone());
    }
}
