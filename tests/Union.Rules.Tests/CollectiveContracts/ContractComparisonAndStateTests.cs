using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Tests.CollectiveContracts;

/// <summary>
/// The labour-contract comparison of a pay table line by line (劳动合同法 第五十五条, 最低工资规定 第十二条), and the lifecycle
/// state on the days each milestone is reached (集体合同规定 第三十二条至第四十七条): the paths, arguments and comparisons
/// reported, and the state the review's outcome gives with and without CC-STATUS.
/// </summary>
public sealed class ContractComparisonAndStateTests
{
    private static RuleReport Compare(string table, string region = "110000", string asOf = "2026-06-01")
    {
        var doc = CollectiveContractDocument.ReadPayTable(table, "table");
        Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
        JurisdictionProfile profile = region == "national" ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        return LabourContractComparison.Evaluate(doc.Value!, LocalDatePattern.Iso.Parse(asOf).Value, profile);
    }

    private static Review<CollectiveContract> Review(string patch, string asOf, string region = "national", CollectiveContractDomain? domain = null)
    {
        var merged = JsonNode.Parse(CollectiveContractDocument.Example)!.AsObject();
        Union.Rules.Tests.Cases.LegalCase.MergePatch(merged, JsonNode.Parse(patch)!.AsObject());
        var doc = CollectiveContractDocument.Read(merged.ToJsonString(), "case");
        Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
        JurisdictionProfile profile = region == "national" ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        return (domain ?? CollectiveContractDomain.Default).Evaluate(doc.Value!, LocalDatePattern.Iso.Parse(asOf).Value, profile);
    }

    private static string State(Review<CollectiveContract> review) => review.Outcome.Single(o => o.Name == "state").Value;

    private static void Arguments(Finding finding, params string[] nameValues)
    {
        for (int i = 0; i < nameValues.Length; i += 2)
        {
            Assert.Equal(nameValues[i + 1], finding.Argument(nameValues[i]));
        }
    }

    private const string Table = """
        { "collectiveContract": { "clauses": {
            "wageStandards": [ { "grade": "一级", "monthly": 2800, "hourly": 30 } ],
            "workingTime": { "dailyHours": 8, "weeklyHours": 40, "overtimeMonthlyHours": 20 },
            "overtimePay": { "workday": 2, "restDay": 2, "holiday": 3 } } },
          "lines": [
            { "id": "L1", "grade": "一级", "monthlyWage": 2800, "employeeContributions": 0 },
            { "id": "L2", "grade": "一级", "monthlyWage": 2799.99, "hourlyWage": 29.99, "employeeContributions": 0,
              "workingTime": { "dailyHours": 9, "weeklyHours": 41, "overtimeMonthlyHours": 21 },
              "overtimePay": { "workday": 1.5, "restDay": 2, "holiday": 2.99 } },
            { "id": "L3", "monthlyWage": 3000, "employeeContributions": 0 } ] }
        """;

    [Fact]
    public void A_pay_tables_lines_are_compared_one_by_one_each_finding_naming_its_line_and_term()
    {
        RuleReport report = Compare(Table);
        Finding[] floor = [.. report.For("CC-LABOUR-CONTRACT-FLOOR")];
        Assert.Equal(
            [
                "$.lines[1].monthlyWage", "$.lines[1].hourlyWage", "$.lines[1].workingTime.dailyHours", "$.lines[1].workingTime.weeklyHours",
                "$.lines[1].workingTime.overtimeMonthlyHours", "$.lines[1].overtimePay.workday", "$.lines[1].overtimePay.holiday", "$.lines[2].grade",
            ],
            floor.Select(f => f.Path));
        Arguments(floor[0], "what", "monthly", "value", "2799.99", "standard", "2800");
        Arguments(floor[1], "what", "hourly", "value", "29.99", "standard", "30");
        Arguments(floor[2], "value", "9", "standard", "8");
        Arguments(floor[3], "value", "41", "standard", "40");
        Arguments(floor[4], "value", "21", "standard", "20");
        Arguments(floor[5], "what", "overtime", "value", "1.5", "standard", "2");
        Arguments(floor[6], "what", "overtime", "value", "2.99", "standard", "3");
        Assert.Equal("CC-LABOUR-CONTRACT-FLOOR.noGrade", floor[7].MessageKey);
        Assert.Equal("?", floor[7].Argument("grade"));
        Assert.Equal(["below", "below", "longer", "longer", "longer", "below", "below", "noGrade"], floor.Select(f => f.MessageKey["CC-LABOUR-CONTRACT-FLOOR.".Length..]));
    }

    [Fact]
    public void A_pay_tables_comparison_records_each_lines_grade_and_both_sides_of_each_comparison()
    {
        RuleReport report = Compare(Table);
        TraceNode[] nodes = [.. report.Trace.Where(n => n.Code == "CC-LABOUR-CONTRACT-FLOOR")];
        Assert.Equal(3, nodes.Length);
        Assert.Equal(RuleStatus.Passed, nodes[0].Status);
        Assert.Equal(RuleStatus.Failed, nodes[1].Status);
        Assert.Equal(RuleStatus.NotAssessed, nodes[2].Status);
        Assert.Contains(nodes[0].Facts, f => f.Name == "$.lines[0].grade" && f.Value == "一级");
        Assert.Contains(nodes[2].Facts, f => f.Name == "$.lines[2].grade" && f.Value is null);
        Assert.Contains(nodes[0].Comparisons, c => c.Left == "$.lines[0].monthlyWage" && c.LeftValue == "2800" && c.Operator == "≥" && c.Right == "collectiveContract" && c.RightValue == "2800" && c.Holds);
        Assert.Contains(nodes[1].Comparisons, c => c.Left == "$.lines[1].workingTime.dailyHours" && c.LeftValue == "9" && c.Operator == "≤" && c.RightValue == "8" && !c.Holds);
        Assert.Contains(nodes[1].Comparisons, c => c.Left == "$.lines[1].overtimePay.restDay" && c.LeftValue == "2" && c.Operator == "≥" && c.RightValue == "2" && c.Holds);
        Assert.Contains(report.Trace, n => n.Code == "CC-WAGE-FLOOR" && n.Facts.Any(f => f.Name == "$.lines[2].checkedDates" && f.Value == "2026-06-01"));
    }

    [Fact]
    public void A_note_about_the_whole_table_is_kept_once_and_a_lines_own_finding_once_a_line()
    {
        RuleReport national = Compare("""{ "collectiveContract": { "clauses": { "wageStandards": [ { "grade": "一级", "monthly": 2800 } ] } }, "lines": [ { "id": "L1", "grade": "一级", "monthlyWage": 2800 }, { "id": "L2", "grade": "一级", "monthlyWage": 2900 } ] }""", "national");
        Finding missing = Assert.Single(national.Findings);
        Assert.Equal("engine.parameterMissing", missing.MessageKey);
        Assert.Equal("$", missing.Path);
        Assert.Equal(2, national.Trace.Count(n => n.Code == "CC-WAGE-FLOOR"));

        RuleReport stale = Compare("""{ "lines": [ { "id": "L1", "grade": "一级", "monthlyWage": 2000, "from": "2027-10-01" }, { "id": "L2", "monthlyWage": 2539.99, "employeeContributions": 0, "from": "2027-10-01" }, { "hourlyWage": 27 } ] }""", asOf: "2027-12-01");
        Assert.Equal(
            ["standard.minimumWage.monthly", "standard.minimumWage.hourly"],
            stale.Findings.Where(f => f.MessageKey == "standard.stale").Select(f => f.Argument("parameter")));
        Assert.Equal(["$.collectiveContract", "$.collectiveContract", "$.collectiveContract"], stale.For("CC-LABOUR-CONTRACT-FLOOR").Select(f => f.Path));
        Finding[] below = [.. stale.Findings.Where(f => f.Code == "CC-WAGE-FLOOR" && f.IsViolation)];
        Assert.Equal(["$.lines[0].monthlyWage", "$.lines[1].monthlyWage", "$.lines[2].hourlyWage"], below.Select(f => f.Path));
        Arguments(below[0], "grade", "一级", "wage", "2000", "minimum", "2540", "date", "2027-10-01", "shortfall", "540");
        Arguments(below[1], "grade", "L2", "wage", "2539.99", "shortfall", "0.01", "contributions", "0");
        Arguments(below[2], "grade", "$.lines[2]", "wage", "27", "minimum", "27.7", "date", "2027-12-01", "shortfall", "0.7");
    }

    [Fact]
    public void A_single_labour_contract_is_compared_at_the_documents_root()
    {
        var line = new LabourContract { Id = "L9", Grade = "一级", MonthlyWage = Money.FromYuan(2799.99m), EmployeeContributions = Money.Zero };
        CollectiveContract cc = CollectiveContractDocument.Read(CollectiveContractDocument.Example).Value! with { Clauses = new ContractClauses { WageStandards = [new WageStandard { Grade = "一级", Monthly = Money.FromYuan(2800m) }] } };
        RuleReport report = LabourContractComparison.Evaluate(line, cc, new LocalDate(2026, 6, 1), JurisdictionProfile.For(RegionCode.Beijing));
        Finding f = Assert.Single(report.For("CC-LABOUR-CONTRACT-FLOOR"));
        Assert.Equal("$.monthlyWage", f.Path);
        Assert.Empty(report.For("CC-WAGE-FLOOR"));

        RuleReport noPay = LabourContractComparison.Evaluate(new LabourContract { Id = "L0", Grade = "一级" }, cc, new LocalDate(2026, 6, 1), JurisdictionProfile.For(RegionCode.Beijing));
        Assert.Equal("$.monthlyWage", Assert.Single(noPay.For("CC-WAGE-FLOOR")).Path);
        Assert.Equal(RuleStatus.Passed, noPay.NodeFor("CC-LABOUR-CONTRACT-FLOOR")!.Status);
    }

    [Theory]
    [InlineData("2026-05-29", "inForce")]      // the day before the termination
    [InlineData("2026-05-30", "terminated")]   // the day it ends
    public void The_state_turns_to_terminated_on_the_termination_day(string asOf, string state)
    {
        Review<CollectiveContract> review = Review("""{ "termination": { "date": "2026-05-30", "ground": "agreement", "sameProcedure": true } }""", asOf);
        Assert.Equal(state, State(review));
        OutcomeItem item = review.Outcome.Single(o => o.Name == "state");
        Assert.Equal("CC-STATUS." + state, item.MessageKey);
        Assert.Equal("CC-STATUS", item.Code);
    }

    [Theory]
    [InlineData("2026-05-07", "underReview")]   // received, the objection not yet served
    [InlineData("2026-05-08", "returned")]      // the day the objection is served
    public void An_objection_returns_the_text_from_the_day_it_is_served(string asOf, string state)
    {
        Assert.Equal(state, State(Review("""{ "review": { "objection": true, "objectionDate": "2026-05-08" } }""", asOf)));
    }

    [Fact]
    public void An_undated_objection_returns_the_text_once_it_is_received_and_a_late_one_does_not()
    {
        Assert.Equal("returned", State(Review("""{ "review": { "objection": true, "objectionDate": null } }""", "2026-04-29")));
        Assert.Equal("underReview", State(Review("""{ "review": { "objection": true, "objectionDate": "2026-05-14" } }""", "2026-05-13")));
        Assert.Equal("inForce", State(Review("""{ "review": { "objection": true, "objectionDate": "2026-05-14" } }""", "2026-05-14")));
    }

    [Fact]
    public void A_state_that_cannot_be_told_names_what_it_needs()
    {
        Review<CollectiveContract> receipt = Review("""{ "filing": { "sent": "2026-04-27", "received": null } }""", "2026-04-27");
        Assert.Equal("unknown", State(receipt));
        Finding f = Assert.Single(receipt.Report.For("CC-STATUS"));
        Assert.Equal("CC-STATUS.unknown", f.MessageKey);
        Assert.Equal("$", f.Path);
        Assert.Equal("$.filing.received", f.Argument("needs"));
        Assert.Equal("2026-04-27", f.Argument("asOf"));
        Assert.Equal(RuleStatus.NotAssessed, receipt.Report.NodeFor("CC-STATUS")!.Status);
        Assert.Equal("drafting", State(Review("""{ "filing": { "sent": "2026-04-27", "received": null }, "signing": null, "approval": null, "draftAgreed": null, "request": null }""", "2026-04-26")));

        Review<CollectiveContract> refiled = Review("""
            { "review": { "objection": true, "objectionDate": "2026-05-08" },
              "resubmissions": [ { "signing": { "date": "2026-05-20", "employeeChief": true, "employerChief": true }, "filing": { "sent": "2026-05-25" } } ] }
            """, "2026-05-26");
        Assert.Equal("$.resubmissions[0].filing.received", Assert.Single(refiled.Report.For("CC-STATUS")).Argument("needs"));

        Review<CollectiveContract> year = Review("""{ "filing": { "sent": "2030-04-27", "received": "2030-04-28" } }""", "2030-06-01", "110000");
        Finding y = Assert.Single(year.Report.For("CC-STATUS"));
        Assert.Equal("CC-STATUS.unknownYear", y.MessageKey);
        Assert.Equal("$", y.Path);
        Assert.Equal("2030", y.Argument("year"));
        Assert.Equal("2030-06-01", y.Argument("asOf"));
    }

    [Theory]
    [InlineData("2026-06-01", "inForce", "CC-STATUS.inForce")]
    [InlineData("2026-04-21", "approved", "CC-STATUS.approved")]
    [InlineData("2029-05-14", "expired", "CC-STATUS.expired")]
    public void Without_CC_STATUS_the_outcome_still_gives_the_state_with_its_message(string asOf, string state, string key)
    {
        CollectiveContractDomain withoutStatus = new(CollectiveContractDomain.DefaultRules.Without("CC-STATUS"));
        Review<CollectiveContract> review = Review("{}", asOf, "national", withoutStatus);
        Assert.Null(review.Report.NodeFor("CC-STATUS"));
        OutcomeItem item = review.Outcome.Single(o => o.Name == "state");
        Assert.Equal(state, item.Value);
        Assert.Equal(key, item.MessageKey);
        Assert.Equal("CC-STATUS", item.Code);
        Assert.Equal(asOf, item.Arguments.Single(a => a.Key == "asOf").Value);
        Assert.Equal(state, item.Arguments.Single(a => a.Key == "state").Value);
    }

    [Fact]
    public void The_outcome_lists_every_date_computed_with_the_rule_that_set_it_after_the_state()
    {
        Review<CollectiveContract> review = Review("{}", "2026-06-01", "110000");
        Assert.Equal("state", review.Outcome[0].Name);
        Assert.Equal("CC-STATUS.inForce", review.Outcome[0].MessageKey);
        Assert.Equal("2026-06-01", review.Outcome[0].Arguments.Single(a => a.Key == "asOf").Value);
        OutcomeItem effective = review.Outcome.Single(o => o.Name == "effectiveFrom");
        Assert.Equal("2026-05-14", effective.Value);
        Assert.Equal("CC-EFFECT", effective.Code);
        Assert.Equal("CC-TERM", review.Outcome.Single(o => o.Name == "expires").Code);
        Assert.Equal("CC-NEGOTIATOR-PROTECTION", review.Outcome.Single(o => o.Name == "negotiators[1].labourContractExtendedTo").Code);
        Assert.DoesNotContain(review.Outcome, o => o.Name == "state" && o != review.Outcome[0]);
    }

    private static string CheckedDates(Review<CollectiveContract> review, int standard) =>
        review.Report.NodeFor("CC-WAGE-FLOOR")!.Facts.Single(f => f.Name == $"$.clauses.wageStandards[{standard}].checkedDates").Value!;

    [Fact]
    public void CC_WAGE_FLOOR_checks_a_contract_not_yet_filed_from_its_term_start_and_names_a_standard_without_grade_by_its_path()
    {
        Review<CollectiveContract> review = Review("""
            { "filing": null, "review": null, "term": { "start": "2025-06-01", "end": "2026-12-31", "years": null },
              "clauses": { "wageStandards": [ { "grade": "一级", "monthly": 2540, "employeeContributions": 0 }, { "monthly": 2539.99, "employeeContributions": 0 } ] } }
            """, "2026-06-01", "110000");
        Assert.Equal("2025-06-01,2025-09-01", CheckedDates(review, 0));
        Assert.Equal("2025-06-01,2025-09-01", CheckedDates(review, 1));
        Finding f = Assert.Single(review.Report.For("CC-WAGE-FLOOR"));
        Assert.Equal("CC-WAGE-FLOOR.monthly", f.MessageKey);
        Assert.Equal("$.clauses.wageStandards[1].monthly", f.Path);
        Arguments(f, "grade", "$.clauses.wageStandards[1]", "wage", "2539.99", "minimum", "2540", "date", "2025-09-01", "shortfall", "0.01", "contributions", "0");
    }

    [Fact]
    public void CC_WAGE_FLOOR_checks_a_contract_with_no_start_on_the_review_date()
    {
        Review<CollectiveContract> review = Review("""{ "filing": null, "review": null, "term": { "years": 3 }, "clauses": { "wageStandards": [ { "grade": "一级", "monthly": 2540, "employeeContributions": 0 } ] } }""", "2026-06-01", "110000");
        Assert.Equal("2026-06-01", CheckedDates(review, 0));
        Assert.Equal(RuleStatus.Passed, review.Report.NodeFor("CC-WAGE-FLOOR")!.Status);
    }

    [Fact]
    public void CC_WAGE_FLOOR_checks_a_standard_from_its_own_first_day_to_the_end_of_the_term_or_else_the_review_date()
    {
        Review<CollectiveContract> term = Review("""{ "clauses": { "wageStandards": [ { "grade": "一级", "monthly": 2540, "employeeContributions": 0, "from": "2025-08-01" } ] } }""", "2026-06-01", "110000");
        Assert.Equal("2025-08-01,2025-09-01", CheckedDates(term, 0));
        Finding stale = Assert.Single(term.Report.For("CC-WAGE-FLOOR"));
        Assert.Equal("standard.stale", stale.MessageKey);
        Assert.Equal("standard.minimumWage.monthly", stale.Argument("parameter"));

        Review<CollectiveContract> ended = Review("""{ "term": { "start": "2024-01-01", "end": "2024-12-31", "years": null }, "clauses": { "wageStandards": [ { "grade": "一级", "monthly": 2540, "employeeContributions": 0, "from": "2025-08-01" } ] } }""", "2026-06-01", "110000");
        Assert.Equal("2025-08-01,2025-09-01", CheckedDates(ended, 0));
        Assert.Empty(ended.Report.For("CC-WAGE-FLOOR"));
        Assert.Equal(RuleStatus.Passed, ended.Report.NodeFor("CC-WAGE-FLOOR")!.Status);
    }

    [Fact]
    public void CC_WAGE_FLOOR_names_an_hourly_standard_below_the_hourly_minimum()
    {
        Review<CollectiveContract> review = Review("""{ "clauses": { "wageStandards": [ { "grade": "一级", "hourly": 27.69 } ] } }""", "2026-06-01", "110000");
        Finding f = Assert.Single(review.Report.For("CC-WAGE-FLOOR"), x => x.IsViolation);
        Assert.Equal("CC-WAGE-FLOOR.hourly", f.MessageKey);
        Assert.Equal("$.clauses.wageStandards[0].hourly", f.Path);
        Arguments(f, "grade", "一级", "wage", "27.69", "minimum", "27.7", "date", "2026-05-14", "shortfall", "0.01", "contributions", "0");
        Assert.Equal(RuleStatus.Failed, review.Report.NodeFor("CC-WAGE-FLOOR")!.Status);
    }

    [Fact]
    public void The_last_re_filed_text_governs_the_effect_and_a_later_re_signing_not_yet_filed_does_not()
    {
        const string twice = """
            { "review": { "objection": true, "objectionDate": "2026-05-08" },
              "resubmissions": [
                { "signing": { "date": "2026-05-20", "employeeChief": true, "employerChief": true }, "filing": { "sent": "2026-05-25", "received": "2026-05-26" }, "review": { "objection": true, "objectionDate": "2026-06-05" } },
                { "signing": { "date": "2026-06-15", "employeeChief": true, "employerChief": true }, "filing": { "sent": "2026-06-18", "received": "2026-06-19" }, "review": { "objection": false } } ] }
            """;
        Review<CollectiveContract> review = Review(twice, "2026-07-20");
        Assert.Equal("inForce", State(review));
        Finding ends = Assert.Single(review.Report.Findings, f => f.MessageKey == "CC-EFFECT.reviewEnds");
        Assert.Equal("$.resubmissions[1].filing", ends.Path);
        Assert.Equal("2026-07-06", ends.Argument("date"));
        Assert.Equal("2026-07-07", review.Outcome.Single(o => o.Name == "effectiveFrom").Value);

        Review<CollectiveContract> pending = Review("""
            { "review": { "objection": true, "objectionDate": "2026-05-08" },
              "resubmissions": [
                { "signing": { "date": "2026-05-20", "employeeChief": true, "employerChief": true }, "filing": { "sent": "2026-05-25", "received": "2026-05-26" }, "review": { "objection": true, "objectionDate": "2026-06-05" } },
                { "signing": { "date": "2026-06-15", "employeeChief": true, "employerChief": true } } ] }
            """, "2026-06-16");
        Assert.Equal("returned", State(pending));
        Assert.Equal("$.resubmissions[0].review", Assert.Single(pending.Report.Findings, f => f.MessageKey == "CC-EFFECT.objection").Path);
    }

    [Fact]
    public void A_line_without_a_grade_is_not_matched_to_a_standard_without_one_and_a_line_without_pay_is_not_graded()
    {
        RuleReport ungraded = Compare("""{ "collectiveContract": { "clauses": { "wageStandards": [ { "monthly": 3000 } ] } }, "lines": [ { "id": "L1", "monthlyWage": 2900, "employeeContributions": 0 } ] }""");
        Finding f = Assert.Single(ungraded.For("CC-LABOUR-CONTRACT-FLOOR"));
        Assert.Equal("CC-LABOUR-CONTRACT-FLOOR.noGrade", f.MessageKey);
        Assert.Equal("$.lines[0].grade", f.Path);

        RuleReport hoursOnly = Compare("""{ "collectiveContract": { "clauses": { "wageStandards": [ { "grade": "一级", "monthly": 3000 } ], "workingTime": { "weeklyHours": 40 } } }, "lines": [ { "id": "L1", "workingTime": { "weeklyHours": 40 } } ] }""");
        Assert.Empty(hoursOnly.For("CC-LABOUR-CONTRACT-FLOOR"));
        TraceNode node = hoursOnly.NodeFor("CC-LABOUR-CONTRACT-FLOOR")!;
        Assert.Equal(RuleStatus.Passed, node.Status);
        Assert.DoesNotContain(node.Facts, x => x.Name == "$.lines[0].grade");
        Assert.Single(node.Comparisons);
    }

    [Fact]
    public void A_text_filed_before_the_review_period_is_in_force_cannot_be_told_and_names_the_period()
    {
        Review<CollectiveContract> review = Review("""
            { "request": null, "draftAgreed": null, "approval": null, "signing": { "date": "2004-03-25", "employeeChief": true, "employerChief": true },
              "filing": { "sent": "2004-04-01", "received": "2004-04-02" }, "review": null, "publication": null }
            """, "2004-04-30");
        Assert.Equal("unknown", State(review));
        Finding f = Assert.Single(review.Report.For("CC-STATUS"));
        Assert.Equal("CC-STATUS.unknown", f.MessageKey);
        Assert.Equal("cc.review.period", f.Argument("needs"));
    }

    [Fact]
    public void A_text_sent_but_not_yet_received_is_filed_even_where_its_review_cannot_be_counted()
    {
        Assert.Equal("filed", State(Review("""{ "filing": { "sent": "2030-04-27", "received": "2030-04-28" } }""", "2030-04-27", "110000")));
        Assert.Equal("unknown", State(Review("""{ "filing": { "sent": "2030-04-27", "received": "2030-04-28" } }""", "2030-04-28", "110000")));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-03", "2026-03-02", "drafting")]      // sent, not yet received
    [InlineData("2026-03-02", "2026-03-03", "2026-03-03", "negotiating")]   // received
    [InlineData("2026-03-02", null, "2026-03-02", "negotiating")]           // sent, receipt not recorded
    public void Negotiation_starts_when_the_request_is_received_or_else_sent(string sent, string? received, string asOf, string state)
    {
        string r = received is null ? "null" : "\"" + received + "\"";
        Review<CollectiveContract> review = Review("{ \"request\": { \"sent\": \"" + sent + "\", \"received\": " + r + ", \"replied\": null }, \"draftAgreed\": null, \"approval\": null, \"signing\": null, \"filing\": null, \"review\": null, \"publication\": null }", asOf);
        Assert.Equal(state, State(review));
    }
}
