using System.Globalization;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>Snapshots of full hardship reports in zh-Hans and en.</summary>
public sealed class HardshipReportSnapshotTests
{
    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("en", "en")]
    public void Example_household_in_Beijing(string culture, string suffix)
    {
        var review = HardshipDomain.Default.Evaluate(HardshipExamples.Household, new LocalDate(2025, 3, 1), JurisdictionProfile.For(RegionCode.Beijing));
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(culture)).ToJson(), SnapshotNameExtension.Create(suffix));
    }

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("en", "en")]
    public void Xingtai_deep_at_the_line_as_text(string culture, string suffix)
    {
        var c = Union.Rules.Tests.Cases.LegalCase.Named("Hardship", "HD-DEEP", "Xingtai (<=): per-head exactly at the 低保 is deep").Prepare(HardshipDomain.Default);
        var review = HardshipDomain.Default.Evaluate(c.Document, c.AsOf, c.Profile);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(culture)).ToText(), SnapshotNameExtension.Create(suffix));
    }

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("en", "en")]
    public void Job_cost_gives_each_test_its_own_per_head_figure_as_text(string culture, string suffix)
    {
        var c = Union.Rules.Tests.Cases.LegalCase.Named("Hardship", "HD-RIGID", "the same household with a job cost of 0.36 yuan: the relative figure falls to 1999.99 and is relative, the deep figure stays 2000").Prepare(HardshipDomain.Default);
        var review = HardshipDomain.Default.Evaluate(c.Document, c.AsOf, c.Profile);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(culture)).ToText(), SnapshotNameExtension.Create(suffix));
    }

    [Theory]
    [InlineData("zh-Hans", "zh")]
    [InlineData("en", "en")]
    public void Near_miss_and_relapse_watch(string culture, string suffix)
    {
        var c = Union.Rules.Tests.Cases.LegalCase.Named("Hardship", "HD-REVIEW", "no longer qualifies, within 20 % above the line: exit with relapse watch").Prepare(HardshipDomain.Default);
        var review = HardshipDomain.Default.Evaluate(c.Document, c.AsOf, c.Profile);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(culture)).ToJson(), SnapshotNameExtension.Create(suffix));
    }
}
