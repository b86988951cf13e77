using System.Globalization;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using Union.Domain.Common;
using Union.Domain.WorkersCongress;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.WorkersCongress;

namespace Union.Rules.Tests.WorkersCongress;

public sealed class CongressReportSnapshotTests
{
    [Theory]
    [InlineData("zh-Hans", "310000")]
    [InlineData("en", "310000")]
    [InlineData("zh-Hans", "national")]
    [InlineData("en", "national")]
    public void Example_report(string language, string region)
    {
        WorkersCongressRecord record = WorkersCongressDomain.Default.Example;
        JurisdictionProfile profile = region == "national" ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        Review<WorkersCongressRecord> review = WorkersCongressDomain.Default.Evaluate(record, new LocalDate(2026, 6, 1), profile);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(language)).ToJson(), SnapshotNameExtension.Create(language, region));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void Flawed_report(string language)
    {
        WorkersCongressRecord record = WorkersCongressDomain.Default.FlawedExample;
        Review<WorkersCongressRecord> review = WorkersCongressDomain.Default.Evaluate(record, new LocalDate(2026, 6, 1), JurisdictionProfile.For(record.Employer!.Region!.Value));
        Assert.Equal(ReviewVerdict.ViolationsFound, review.Verdict);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(language)).ToText(), SnapshotNameExtension.Create(language));
    }
}
