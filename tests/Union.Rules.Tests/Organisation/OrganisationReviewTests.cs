using NodaTime;
using Union.Domain.Organisation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Organisation;

namespace Union.Rules.Tests.Organisation;

/// <summary>The bundled union documents reviewed: findings, trace and suppression (their reports are matched in <see cref="Engine.ReportSnapshotTests"/>).</summary>
public sealed class OrganisationReviewTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 1);

    private static Review<GrassrootsUnion> Review(GrassrootsUnion document) =>
        OrganisationDomain.Default.Evaluate(document, AsOf, JurisdictionProfile.For(document.Region));

    [Fact]
    public void The_flawed_example_breaches_the_committee_officer_relatives_and_term_rules_and_leaves_the_dues_unassessed()
    {
        Review<GrassrootsUnion> review = Review(OrganisationDomain.Default.FlawedExample);
        Assert.Equal(
            ["ORG-COMMITTEE", "ORG-OFFICER-PROTECTION", "ORG-RELATIVES", "ORG-TERM"],
            review.Report.Findings.Where(f => f.IsViolation).Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(review.Report.NotAssessed, f => f.Code == "ORG-DUES" && f.Argument("parameter") == "union.dues.rate");
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
