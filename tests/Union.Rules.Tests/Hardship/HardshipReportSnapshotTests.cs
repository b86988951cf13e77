using System.Globalization;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using Union.Domain.Common;
using Union.Domain.Serialization;
using Union.Rules.Engine;
using Union.Rules.Hardship;
using Union.Rules.Serialization;

namespace Union.Rules.Tests.Hardship;

/// <summary>Snapshots of full hardship reports in zh-Hans and en.</summary>
public sealed class HardshipReportSnapshotTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = UnionJson.Readable(RulesJsonContext.Default.Options);

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("en", "en")]
    public void Example_household_in_Beijing(string culture, string suffix)
    {
        HardshipAssessment a = HardshipEngine.Default.Assess(HardshipExamples.Household, new LocalDate(2025, 3, 1), JurisdictionProfile.For(RegionCode.Beijing));
        Snapshot.Match(Json(a, culture), SnapshotNameExtension.Create(suffix));
    }

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("en", "en")]
    public void Xingtai_deep_at_the_line_as_text(string culture, string suffix)
    {
        HardshipCase c = HardshipCase.Load("HD-DEEP", "Xingtai (<=): per-head exactly at the 低保 is deep");
        HardshipAssessment a = HardshipEngine.Default.Assess(c.Application, c.AsOf, c.Profile);
        Snapshot.Match(HardshipReportDocument.Create(a, CultureInfo.GetCultureInfo(culture)).ToText(), SnapshotNameExtension.Create(suffix));
    }

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("en", "en")]
    public void Job_cost_gives_each_test_its_own_per_head_figure_as_text(string culture, string suffix)
    {
        HardshipCase c = HardshipCase.Load("HD-RIGID", "the same household with a job cost of 0.36 yuan: the relative figure falls to 1999.99 and is relative, the deep figure stays 2000");
        HardshipAssessment a = HardshipEngine.Default.Assess(c.Application, c.AsOf, c.Profile);
        Snapshot.Match(HardshipReportDocument.Create(a, CultureInfo.GetCultureInfo(culture)).ToText(), SnapshotNameExtension.Create(suffix));
    }

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("en", "en")]
    public void Near_miss_and_relapse_watch(string culture, string suffix)
    {
        HardshipCase c = HardshipCase.Load("HD-REVIEW", "no longer qualifies, within 20 % above the line: exit with relapse watch");
        HardshipAssessment a = HardshipEngine.Default.Assess(c.Application, c.AsOf, c.Profile);
        Snapshot.Match(Json(a, culture), SnapshotNameExtension.Create(suffix));
    }

    private static string Json(HardshipAssessment a, string culture) =>
        System.Text.Json.JsonSerializer.Serialize(HardshipReportDocument.Create(a, CultureInfo.GetCultureInfo(culture)), Readable.GetTypeInfo(typeof(HardshipReportDocument)));
}
