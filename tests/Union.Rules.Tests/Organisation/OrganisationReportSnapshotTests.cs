using System.Globalization;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using Union.Domain.Organisation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Organisation;

namespace Union.Rules.Tests.Organisation;

public sealed class OrganisationReportSnapshotTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 1);

    private static Review<GrassrootsUnion> Review(GrassrootsUnion document) =>
        OrganisationDomain.Default.Evaluate(document, AsOf, JurisdictionProfile.For(document.Region));

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void The_lawful_example_report(string culture)
    {
        Review<GrassrootsUnion> review = Review(OrganisationDomain.Default.Example);
        Assert.Equal(ReviewVerdict.Lawful, review.Verdict);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(culture)).ToText(), SnapshotNameExtension.Create(culture));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void The_flawed_example_report(string culture)
    {
        Review<GrassrootsUnion> review = Review(OrganisationDomain.Default.FlawedExample);
        Assert.Equal(ReviewVerdict.ViolationsFound, review.Verdict);
        Assert.Equal(
            ["ORG-COMMITTEE", "ORG-OFFICER-PROTECTION", "ORG-RELATIVES", "ORG-TERM"],
            review.Report.Findings.Where(f => f.IsViolation).Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(review.Report.NotAssessed, f => f.Code == "ORG-DUES" && f.Argument("parameter") == "union.dues.rate");
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo(culture)).ToText(), SnapshotNameExtension.Create(culture));
    }

    [Fact]
    public void The_flawed_example_report_as_json()
    {
        Review<GrassrootsUnion> review = Review(OrganisationDomain.Default.FlawedExample);
        Snapshot.Match(ReviewReport.From(review, CultureInfo.GetCultureInfo("en")).ToJson());
    }

    [Fact]
    public void The_trace_records_each_threshold_with_its_source()
    {
        RuleReport report = Review(OrganisationDomain.Default.FlawedExample).Report;
        TraceNode committee = report.NodeFor("ORG-COMMITTEE")!;
        Assert.Contains(committee.Parameters, r => r.Name == "union.committee.minMembers" && r.Source == "工会法（2021年修正） 第十一条" && r.Comparison == Union.Domain.Common.Comparison.AtLeast);
        Assert.Contains(committee.Comparisons, c => c.Left == "members" && c.LeftValue == "30" && c.RightValue == "25" && c.Holds);
        TraceNode chair = report.NodeFor("ORG-FULLTIME-CHAIR")!;
        Assert.Contains(chair.Comparisons, c => c.Left == "employees" && c.LeftValue == "180" && !c.Holds);
    }

    [Fact]
    public void A_rule_can_be_suppressed()
    {
        var domain = new OrganisationDomain(OrganisationDomain.DefaultRules.Without("ORG-DUES"));
        Review<GrassrootsUnion> review = domain.Evaluate(domain.FlawedExample, AsOf, JurisdictionProfile.National, new ReviewOptions(Trace: false));
        Assert.Empty(review.Report.For("ORG-DUES"));
        Assert.Empty(review.Report.Trace);
        Assert.NotEmpty(review.Report.For("ORG-FUNDS"));
    }
}
