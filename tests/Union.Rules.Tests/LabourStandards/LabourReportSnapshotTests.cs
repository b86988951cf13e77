using System.Globalization;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>The reports of the bundled labour files, as text in zh-Hans and en and as JSON.</summary>
public sealed class LabourReportSnapshotTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 25);

    private static Review<LabourFile> Review(LabourFile file) =>
        LabourStandardsDomain.Default.Evaluate(file, AsOf, JurisdictionProfile.For(file.Region));

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void The_flawed_file_report(string culture)
    {
        Review<LabourFile> review = Review(LabourStandardsDomain.Default.FlawedExample);
        Assert.Equal(ReviewVerdict.ViolationsFound, review.Verdict);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(culture)).ToText(), SnapshotNameExtension.Create(culture));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void The_lawful_file_report(string culture)
    {
        Review<LabourFile> review = Review(LabourStandardsDomain.Default.Example);
        Assert.Equal(ReviewVerdict.Lawful, review.Verdict);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(culture)).ToText(), SnapshotNameExtension.Create(culture));
    }

    [Fact]
    public void The_flawed_file_report_as_json()
    {
        Review<LabourFile> review = Review(LabourStandardsDomain.Default.FlawedExample);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo("en")).ToJson());
    }

    [Fact]
    public void The_examples_round_trip_through_the_writer()
    {
        foreach (LabourFile file in new[] { LabourStandardsDomain.Default.Example, LabourStandardsDomain.Default.FlawedExample })
        {
            string json = LabourStandardsDomain.Default.Write(file);
            var again = LabourStandardsDomain.Default.Read(json, "again.json");
            Assert.True(again.IsValid, string.Join("; ", again.Issues));
            Assert.Equal(json, LabourStandardsDomain.Default.Write(again.Value!));
        }
    }
}
