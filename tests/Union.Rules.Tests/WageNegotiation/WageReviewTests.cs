using NodaTime;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.WageNegotiation;

namespace Union.Rules.Tests.WageNegotiation;

/// <summary>The bundled wage proposals reviewed: suppression and the trace (their reports are matched in <see cref="Engine.ReportSnapshotTests"/>).</summary>
public sealed class WageReviewTests
{
    [Fact]
    public void A_rule_can_be_suppressed_and_the_trace_turned_off()
    {
        WageProposal p = WageProposalExamples.Flawed;
        Review<WageProposal> review = new WageNegotiationDomain(WageNegotiationDomain.DefaultRules.Without("WN-MINWAGE-MONTHLY")).Evaluate(p, new LocalDate(2026, 4, 1), JurisdictionProfile.For(p.Region), new ReviewOptions(Trace: false));
        Assert.Empty(review.Report.For("WN-MINWAGE-MONTHLY"));
        Assert.Empty(review.Report.Trace);
        Assert.NotEmpty(review.Report.For("WN-FILING"));
    }

    [Fact]
    public void The_minimum_wage_trace_records_each_value_read_with_its_date_and_source()
    {
        WageProposal p = WageProposalExamples.Flawed;
        RuleReport report = WageNegotiationDomain.Default.Evaluate(p, new LocalDate(2026, 4, 1), JurisdictionProfile.For(p.Region)).Report;
        TraceNode node = report.NodeFor("WN-MINWAGE-MONTHLY")!;
        Assert.Contains(node.Parameters, r => r.Name == "standard.minimumWage.monthly" && r.From == new LocalDate(2026, 9, 1));
        Assert.Contains(node.Parameters, r => r.Name == "standard.minimumWage.monthly" && r.From == new LocalDate(2025, 3, 1));
        Assert.Contains(node.Comparisons, c => !c.Holds && c.Left == "$.grades[0].pay@2026-09-01");
    }
}
