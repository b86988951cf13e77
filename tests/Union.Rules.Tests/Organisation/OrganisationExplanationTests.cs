using NodaTime;
using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Organisation;
using static Union.Rules.Tests.Engine.TraceAssert;

namespace Union.Rules.Tests.Organisation;

/// <summary>
/// What each union-organisation rule explains, not only what it decides: the facts it read and the comparisons it made, by
/// name and value, on the lawful example (上海, 296 members, 320 employees) and the flawed one (广州, a joint committee of 30
/// members, a four-year term). The legal outcomes themselves are in Cases/Organisation.
/// </summary>
public sealed class OrganisationExplanationTests
{
    private static RuleReport Evaluate(string json)
    {
        var doc = OrganisationDomain.Default.Read(json, "case");
        Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
        return OrganisationDomain.Default.Evaluate(doc.Value!, new LocalDate(2026, 6, 1), JurisdictionProfile.For(doc.Value!.Region)).Report;
    }

    [Fact]
    public void ORG_COMMITTEE_records_members_and_form_and_compares_the_members_with_25()
    {
        TraceNode lawful = Node(Evaluate(GrassrootsUnionJson.Example), "ORG-COMMITTEE");
        Assert.Equal("296", Fact(lawful, "members"));
        Assert.Equal("form.committee", Fact(lawful, "form"));
        Compared(lawful, "members", "296", "≥", "union.committee.minMembers", "25", true);

        TraceNode flawed = Node(Evaluate(GrassrootsUnionJson.FlawedExample), "ORG-COMMITTEE");
        Assert.Equal("form.jointCommittee", Fact(flawed, "form"));
        Compared(flawed, "members", "30", "≥", "union.committee.minMembers", "25", true);
    }

    [Fact]
    public void ORG_RELATIVES_records_each_members_relationship_as_stated_or_missing()
    {
        TraceNode node = Node(Evaluate(GrassrootsUnionJson.FlawedExample), "ORG-RELATIVES");
        Assert.Equal("Enterprise", Fact(node, "employerKind"));
        Assert.Equal("relation.none", Fact(node, "committee[0].relationToPrincipal"));
        Assert.Equal("relation.spouse", Fact(node, "committee[1].relationToPrincipal"));
        Assert.Null(Fact(node, "committee[2].relationToPrincipal"));
    }

    [Fact]
    public void ORG_FULLTIME_CHAIR_records_employer_employees_and_chair_and_compares_the_employees_with_200()
    {
        TraceNode lawful = Node(Evaluate(GrassrootsUnionJson.Example), "ORG-FULLTIME-CHAIR");
        Assert.Equal("Enterprise", Fact(lawful, "employerKind"));
        Assert.Equal("320", Fact(lawful, "employees"));
        Assert.Equal("chair.fullTime", Fact(lawful, "chair"));
        Compared(lawful, "employees", "320", "≥", "union.fulltimeChair.minEmployees", "200", true);

        TraceNode flawed = Node(Evaluate(GrassrootsUnionJson.FlawedExample), "ORG-FULLTIME-CHAIR");
        Compared(flawed, "employees", "180", "≥", "union.fulltimeChair.minEmployees", "200", false);
    }

    [Fact]
    public void ORG_TERM_records_the_terms_start_and_length()
    {
        TraceNode node = Node(Evaluate(GrassrootsUnionJson.Example), "ORG-TERM");
        Assert.Equal("2024-03-15", Fact(node, "term.start"));
        Assert.Equal("5", Fact(node, "term.years"));
    }

    [Fact]
    public void ORG_OFFICER_PROTECTION_records_the_term_and_each_members_office_and_contract()
    {
        TraceNode node = Node(Evaluate(GrassrootsUnionJson.Example), "ORG-OFFICER-PROTECTION");
        Assert.Equal("2024-03-15", Fact(node, "term.start"));
        Assert.Equal("2029-03-14", Fact(node, "term.ends"));
        Assert.Equal("true", Fact(node, "committee[0].fullTime"));
        Assert.Equal("false", Fact(node, "committee[1].fullTime"));
        Assert.Equal("2024-03-15", Fact(node, "committee[0].tookOffice"));
        Assert.Equal("2025-09-01", Fact(node, "committee[4].tookOffice"));
        Assert.Equal("2026-06-30", Fact(node, "committee[0].labourContractEnd"));
        Assert.Null(Fact(node, "committee[2].labourContractEnd"));
    }

    [Fact]
    public void ORG_FUNDS_records_each_payroll_component_a_component_without_lines_as_zero()
    {
        TraceNode node = Node(Evaluate(GrassrootsUnionJson.FlawedExample), "ORG-FUNDS");
        Assert.Equal("520000.00", Fact(node, "payroll.timeWages"));
        Assert.Equal("0.00", Fact(node, "payroll.pieceWages"));
        Assert.Equal("40000.00", Fact(node, "payroll.bonuses"));
        Assert.Equal("0.00", Fact(node, "payroll.allowancesAndSubsidies"));
        Assert.Equal("33333.33", Fact(node, "payroll.overtimePay"));
        Assert.Equal("0.00", Fact(node, "payroll.specialCircumstancesPay"));
    }
    [Fact]
    public void The_dues_total_is_an_outcome_of_ORG_DUES_written_to_the_fen()
    {
        var layer = ParameterLayer.Parse(File.ReadAllText(Path.Combine(Union.Rules.Tests.Cases.LegalCase.Root, "Organisation", "layers", "dues-rate.json")), "dues-rate.json");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        GrassrootsUnion flawed = OrganisationDomain.Default.FlawedExample;
        JurisdictionProfile profile = JurisdictionProfile.For(flawed.Region).WithLayers(layer.Value!);
        Review<GrassrootsUnion> review = OrganisationDomain.Default.Evaluate(flawed, new LocalDate(2026, 6, 1), profile);
        OutcomeItem dues = Assert.Single(review.Outcome, o => o.Name == "duesTotal");
        Assert.Equal(("75.75", "outcome.duesTotal", "ORG-DUES"), (dues.Value, dues.MessageKey, dues.Code));
        Assert.True(review.Report.TryGet(OrganisationOutputs.Dues, out DuesCalculation? calc));
        Assert.Equal([30.00m, 24.00m, 21.75m], calc!.Members.Select(m => m.AmountToFen.Yuan));
    }
}
