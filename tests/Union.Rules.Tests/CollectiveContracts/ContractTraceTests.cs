using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using static Union.Rules.Tests.Engine.TraceAssert;

namespace Union.Rules.Tests.CollectiveContracts;

/// <summary>
/// What each collective-contract rule reads and compares, by name and value, and the path and arguments of each finding it
/// reports: on the lawful example (北京, 2026-06-01: 4 negotiators a side, 50 of 60 delegates present and 45 in favour, signed
/// 2026-04-22, filed 2026-04-27, received 2026-04-28, in force from 2026-05-14 for three years) with one change at a time.
/// The legal outcomes themselves are in Cases/CollectiveContracts.
/// </summary>
public sealed class ContractTraceTests
{
    private static RuleReport Evaluate(string patch, string region = "110000", string asOf = "2026-06-01")
    {
        var merged = JsonNode.Parse(CollectiveContractDocument.Example)!.AsObject();
        Union.Rules.Tests.Cases.LegalCase.MergePatch(merged, JsonNode.Parse(patch)!.AsObject());
        var doc = CollectiveContractDocument.Read(merged.ToJsonString(), "case");
        Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
        JurisdictionProfile profile = region == "national" ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        return CollectiveContractDomain.Default.Evaluate(doc.Value!, LocalDatePattern.Iso.Parse(asOf).Value, profile).Report;
    }

    private static Finding One(RuleReport report, string key) => Assert.Single(report.Findings, f => f.MessageKey == key);

    private static void Arguments(Finding finding, params string[] nameValues)
    {
        for (int i = 0; i < nameValues.Length; i += 2)
        {
            Assert.Equal(nameValues[i + 1], finding.Argument(nameValues[i]));
        }
    }

    [Fact]
    public void CC_KIND_records_the_kind_and_the_special_subject()
    {
        Assert.Equal("Comprehensive", Fact(Node(Evaluate("{}"), "CC-KIND"), "kind"));

        TraceNode special = Node(Evaluate("""{ "kind": "special", "specialSubject": "wageAdjustment" }"""), "CC-KIND");
        Assert.Equal("Special", Fact(special, "kind"));
        Assert.Equal("WageAdjustment", Fact(special, "specialSubject"));
        Assert.Equal(RuleStatus.Passed, special.Status);

        RuleReport unnamed = Evaluate("""{ "kind": "special", "specialSubject": "other", "specialSubjectName": " " }""");
        Assert.Equal("Other", Fact(Node(unnamed, "CC-KIND"), "specialSubject"));
        Assert.Equal("$.specialSubjectName", One(unnamed, "CC-KIND.unnamedSubject").Path);

        RuleReport named = Evaluate("""{ "kind": "special", "specialSubject": "other", "specialSubjectName": "职业培训" }""");
        Assert.Equal(RuleStatus.Passed, Node(named, "CC-KIND").Status);

        RuleReport none = Evaluate("""{ "kind": "special", "specialSubject": null }""");
        Assert.Null(Fact(Node(none, "CC-KIND"), "specialSubject"));
        Assert.Equal("$.specialSubject", One(none, "CC-KIND.noSubject").Path);

        RuleReport missing = Evaluate("""{ "kind": null }""");
        Assert.Null(Fact(Node(missing, "CC-KIND"), "kind"));
        Assert.Equal("$.kind", Assert.Single(missing.For("CC-KIND")).Path);
    }

    [Fact]
    public void CC_SCOPE_records_the_area_and_industry_and_names_them_in_its_warnings()
    {
        TraceNode county = Node(Evaluate("""{ "kind": "industryWide", "scope": { "areaLevel": "county", "industry": "mining" } }"""), "CC-SCOPE");
        Assert.Equal("County", Fact(county, "scope.areaLevel"));
        Assert.Equal("Mining", Fact(county, "scope.industry"));
        Assert.Equal(RuleStatus.Passed, county.Status);

        RuleReport wide = Evaluate("""{ "kind": "regional", "scope": { "areaLevel": "prefecture", "industry": "other", "industryName": "物流业" } }""");
        Finding area = One(wide, "CC-SCOPE.area");
        Assert.Equal("$.scope.areaLevel", area.Path);
        Assert.Equal("Prefecture", area.Argument("level"));
        Assert.Equal(Severity.Warning, area.Severity);
        Finding industry = One(wide, "CC-SCOPE.industry");
        Assert.Equal("$.scope.industry", industry.Path);
        Assert.Equal("物流业", industry.Argument("industry"));
        Assert.Equal("Other", Fact(Node(wide, "CC-SCOPE"), "scope.industry"));

        RuleReport province = Evaluate("""{ "kind": "regional", "scope": { "areaLevel": "province", "industry": "catering" } }""");
        Assert.Equal("Province", One(province, "CC-SCOPE.area").Argument("level"));
        Assert.Equal(RuleStatus.Failed, Node(province, "CC-SCOPE").Status);

        RuleReport unnamed = Evaluate("""{ "kind": "regional", "scope": { "areaLevel": "belowCounty", "industry": "other" } }""");
        Assert.Equal("?", One(unnamed, "CC-SCOPE.industry").Argument("industry"));
        Assert.DoesNotContain(unnamed.Findings, f => f.MessageKey == "CC-SCOPE.area");
    }

    [Fact]
    public void CC_SCOPE_with_the_industry_missing_is_not_assessed_even_when_the_area_is_lawful()
    {
        RuleReport report = Evaluate("""{ "kind": "regional", "scope": { "areaLevel": "county" } }""");
        TraceNode node = Node(report, "CC-SCOPE");
        Assert.Equal(RuleStatus.NotAssessed, node.Status);
        Assert.Null(Fact(node, "scope.industry"));
        Assert.Equal("$.scope.industry", Assert.Single(report.For("CC-SCOPE")).Path);

        RuleReport both = Evaluate("""{ "kind": "regional", "scope": { "industry": "construction" } }""");
        Assert.Equal(RuleStatus.NotAssessed, Node(both, "CC-SCOPE").Status);
        Assert.Equal("$.scope.areaLevel", Assert.Single(both.For("CC-SCOPE")).Path);
    }

    [Fact]
    public void CC_CONTENT_lists_the_subjects_covered_and_the_core_subjects_missing()
    {
        RuleReport report = Evaluate("""{ "clauses": { "subjects": [ "pay", "workingTime", "pay", "training" ] } }""");
        TraceNode node = Node(report, "CC-CONTENT");
        Assert.Equal("pay,workingTime,training", Fact(node, "clauses.subjects"));
        Finding covered = One(report, "CC-CONTENT.covered");
        Assert.Equal("$.clauses.subjects", covered.Path);
        Arguments(covered, "count", "3", "subjects", "pay,workingTime,training");
        Finding missing = One(report, "CC-CONTENT.missing");
        Assert.Equal("$.clauses.subjects", missing.Path);
        Assert.Equal("restAndLeave,safetyAndHealth,term,changeProcedure,disputeSettlement,liability", missing.Argument("subjects"));
        Assert.Equal(Severity.Warning, missing.Severity);
    }

    [Fact]
    public void CC_CONTENT_without_clauses_is_not_assessed()
    {
        RuleReport report = Evaluate("""{ "clauses": null }""");
        Assert.Equal(RuleStatus.NotAssessed, Node(report, "CC-CONTENT").Status);
        Assert.Equal("$.clauses.subjects", Assert.Single(report.For("CC-CONTENT")).Path);
    }

    [Fact]
    public void CC_REPS_MIN_and_EQUAL_count_each_side_and_compare_it_with_the_limits()
    {
        RuleReport report = Evaluate("{}");
        TraceNode min = Node(report, "CC-REPS-MIN");
        Assert.Equal("4", Fact(min, "negotiators.employee"));
        Assert.Equal("4", Fact(min, "negotiators.employer"));
        Compared(min, "negotiators.employee", "4", "≥", "cc.negotiators.minPerSide", "3", true);
        Compared(min, "negotiators.employer", "4", "≤", "cc.negotiators.maxPerSide", "10", true);

        TraceNode equal = Node(report, "CC-REPS-EQUAL");
        Assert.Equal("4", Fact(equal, "negotiators.employee"));
        Assert.Equal("4", Fact(equal, "negotiators.employer"));
        Compared(equal, "negotiators.employee", "4", "≥", "negotiators.employer", "4", true);
        Compared(equal, "negotiators.employee", "4", "≤", "negotiators.employer", "4", true);

        TraceNode shanghai = Node(Evaluate("{}", "310000"), "CC-REPS-EQUAL");
        Compared(shanghai, "negotiators.employer", "4", "≤", "negotiators.employee", "4", true);
    }

    private const string TwoEmployeesFiveEmployers = """
        { "negotiators": [
            { "id": "e1", "side": "employee", "external": false, "chief": true },
            { "id": "e2", "side": "employee", "external": false, "chief": false },
            { "id": "m1", "side": "employer", "external": false, "chief": true },
            { "id": "m2", "side": "employer", "external": false, "chief": false },
            { "id": "m3", "side": "employer", "external": false, "chief": false },
            { "id": "m4", "side": "employer", "external": false, "chief": false },
            { "id": "m5", "side": "employer", "external": false, "chief": false } ] }
        """;

    [Fact]
    public void CC_REPS_MIN_and_EQUAL_name_the_side_and_the_counts_in_their_findings()
    {
        RuleReport report = Evaluate(TwoEmployeesFiveEmployers, "national");
        Finding few = One(report, "CC-REPS-MIN.tooFew");
        Assert.Equal("$.negotiators", few.Path);
        Arguments(few, "side", "employee", "count", "2", "min", "3");
        Compared(Node(report, "CC-REPS-MIN"), "negotiators.employee", "2", "≥", "cc.negotiators.minPerSide", "3", false);

        Finding unequal = One(report, "CC-REPS-EQUAL.unequal");
        Assert.Equal("$.negotiators", unequal.Path);
        Arguments(unequal, "employee", "2", "employer", "5");

        RuleReport shanghai = Evaluate(TwoEmployeesFiveEmployers, "310000");
        Finding more = One(shanghai, "CC-REPS-EQUAL.employerMore");
        Assert.Equal("$.negotiators", more.Path);
        Arguments(more, "employee", "2", "employer", "5");
        Compared(Node(shanghai, "CC-REPS-EQUAL"), "negotiators.employer", "5", "≤", "negotiators.employee", "2", false);
    }

    [Fact]
    public void CC_REPS_MIN_names_the_side_over_the_local_maximum()
    {
        var negotiators = new JsonArray();
        for (int i = 1; i <= 11; i++)
        {
            negotiators.Add(new JsonObject { ["id"] = "e" + i, ["side"] = "employee", ["external"] = false, ["chief"] = i == 1 });
        }

        for (int i = 1; i <= 10; i++)
        {
            negotiators.Add(new JsonObject { ["id"] = "m" + i, ["side"] = "employer", ["external"] = false, ["chief"] = i == 1 });
        }

        RuleReport report = Evaluate(new JsonObject { ["negotiators"] = negotiators }.ToJsonString());
        Finding many = One(report, "CC-REPS-MIN.tooMany");
        Assert.Equal("$.negotiators", many.Path);
        Assert.Equal(Severity.Warning, many.Severity);
        Arguments(many, "side", "employee", "count", "11", "max", "10");
        Compared(Node(report, "CC-REPS-MIN"), "negotiators.employee", "11", "≤", "cc.negotiators.maxPerSide", "10", false);
        Compared(Node(report, "CC-REPS-MIN"), "negotiators.employer", "10", "≤", "cc.negotiators.maxPerSide", "10", true);
    }

    [Fact]
    public void CC_REPS_CHIEF_counts_each_sides_chiefs_and_names_the_chief_not_entitled()
    {
        TraceNode node = Node(Evaluate("{}"), "CC-REPS-CHIEF");
        Assert.Equal("1", Fact(node, "chiefs.employee"));
        Assert.Equal("1", Fact(node, "chiefs.employer"));

        RuleReport report = Evaluate("""{ "union": { "exists": true, "chair": "e9" }, "employer": { "legalRepresentative": "m9" } }""");
        Finding[] notEntitled = [.. report.Findings.Where(f => f.MessageKey == "CC-REPS-CHIEF.notEntitled")];
        Assert.Equal(2, notEntitled.Length);
        Assert.Equal("$.negotiators[0]", notEntitled[0].Path);
        Arguments(notEntitled[0], "side", "employee", "id", "e1");
        Assert.Equal("$.negotiators[4]", notEntitled[1].Path);
        Arguments(notEntitled[1], "side", "employer", "id", "m1");
    }

    [Fact]
    public void CC_REPS_CHIEF_names_the_side_with_no_chief_or_two_and_the_outsider()
    {
        RuleReport report = Evaluate("""
            { "negotiators": [
                { "id": "e1", "side": "employee", "external": false, "chief": true },
                { "id": "e2", "side": "employee", "external": false, "chief": true },
                { "id": "e3", "side": "employee", "external": false, "chief": false },
                { "id": "m1", "side": "employer", "external": false, "chief": false },
                { "id": "m2", "side": "employer", "external": false, "chief": false },
                { "id": "x2", "side": "employer", "external": true, "chief": false } ] }
            """);
        Finding[] counts = [.. report.Findings.Where(f => f.MessageKey == "CC-REPS-CHIEF.count")];
        Assert.Equal(2, counts.Length);
        Arguments(counts[0], "side", "employee", "count", "2");
        Arguments(counts[1], "side", "employer", "count", "0");
        Assert.All(counts, f => Assert.Equal("$.negotiators", f.Path));
        TraceNode node = Node(report, "CC-REPS-CHIEF");
        Assert.Equal("2", Fact(node, "chiefs.employee"));
        Assert.Equal("0", Fact(node, "chiefs.employer"));

        RuleReport outsider = Evaluate("""
            { "negotiators": [
                { "id": "e1", "side": "employee", "external": false, "chief": true },
                { "id": "e2", "side": "employee", "external": false, "chief": false },
                { "id": "e3", "side": "employee", "external": false, "chief": false },
                { "id": "m1", "side": "employer", "external": false, "chief": false },
                { "id": "m2", "side": "employer", "external": false, "chief": false },
                { "id": "x2", "side": "employer", "external": true, "chief": true, "writtenMandate": true } ] }
            """);
        Finding f = One(outsider, "CC-REPS-CHIEF.outsider");
        Assert.Equal("$.negotiators[5]", f.Path);
        Arguments(f, "side", "employer", "id", "x2");
        Assert.Equal(RuleStatus.Failed, Node(outsider, "CC-REPS-CHIEF").Status);
    }

    [Fact]
    public void CC_REPS_CHIEF_with_the_legal_representative_unknown_is_not_assessed_for_the_employer_side()
    {
        RuleReport report = Evaluate("""{ "employer": { "legalRepresentative": null } }""");
        Assert.Equal("$.employer.legalRepresentative", Assert.Single(report.For("CC-REPS-CHIEF")).Path);
        Assert.Equal(RuleStatus.NotAssessed, Node(report, "CC-REPS-CHIEF").Status);

        RuleReport mandated = Evaluate("""{ "employer": { "legalRepresentative": null }, "negotiators": [ { "id": "e1", "side": "employee", "external": false, "chief": true }, { "id": "e2", "side": "employee", "external": false, "chief": false }, { "id": "e3", "side": "employee", "external": false, "chief": false }, { "id": "m2", "side": "employer", "external": false, "chief": true, "writtenMandate": true }, { "id": "m3", "side": "employer", "external": false, "chief": false }, { "id": "m4", "side": "employer", "external": false, "chief": false } ] }""");
        Assert.Empty(mandated.For("CC-REPS-CHIEF"));
        Assert.Equal(RuleStatus.Passed, Node(mandated, "CC-REPS-CHIEF").Status);
    }

    [Fact]
    public void CC_REPS_EXTERNAL_compares_each_sides_outsiders_with_a_third_and_names_the_side_over_it()
    {
        TraceNode node = Node(Evaluate("{}"), "CC-REPS-EXTERNAL");
        Compared(node, "external.employee/negotiators.employee", "1/4", "≤", "cc.negotiators.externalMaxRatio", "1/3", true);
        Compared(node, "external.employer/negotiators.employer", "1/4", "≤", "cc.negotiators.externalMaxRatio", "1/3", true);

        RuleReport report = Evaluate("""
            { "negotiators": [
                { "id": "e1", "side": "employee", "external": false, "chief": true },
                { "id": "e2", "side": "employee", "external": false, "chief": false },
                { "id": "e3", "side": "employee", "external": false, "chief": false },
                { "id": "m1", "side": "employer", "external": false, "chief": true },
                { "id": "x1", "side": "employer", "external": true, "chief": false },
                { "id": "x2", "side": "employer", "external": true, "chief": false } ] }
            """);
        Finding f = One(report, "CC-REPS-EXTERNAL.tooMany");
        Assert.Equal("$.negotiators", f.Path);
        Arguments(f, "side", "employer", "external", "2", "count", "3", "max", "1/3");
        Compared(Node(report, "CC-REPS-EXTERNAL"), "external.employer/negotiators.employer", "2/3", "≤", "cc.negotiators.externalMaxRatio", "1/3", false);
        Compared(Node(report, "CC-REPS-EXTERNAL"), "external.employee/negotiators.employee", "0/3", "≤", "cc.negotiators.externalMaxRatio", "1/3", true);
    }

    [Fact]
    public void CC_REPS_EXTERNAL_names_the_first_negotiator_whose_status_is_unknown_and_still_checks_the_other_side()
    {
        RuleReport report = Evaluate("""
            { "negotiators": [
                { "id": "e1", "side": "employee", "external": false, "chief": true },
                { "id": "e2", "side": "employee", "chief": false },
                { "id": "e3", "side": "employee", "chief": false },
                { "id": "m1", "side": "employer", "external": false, "chief": true },
                { "id": "x1", "side": "employer", "external": true, "chief": false },
                { "id": "x2", "side": "employer", "external": true, "chief": false } ] }
            """);
        Finding[] findings = [.. report.For("CC-REPS-EXTERNAL")];
        Assert.Equal(2, findings.Length);
        Assert.Equal("$.negotiators[1].external", findings[0].Path);
        Assert.DoesNotContain(Node(report, "CC-REPS-EXTERNAL").Comparisons, c => c.Left == "external.employee/negotiators.employee");
        Assert.Equal("CC-REPS-EXTERNAL.tooMany", findings[1].MessageKey);
        Assert.Equal("employer", findings[1].Argument("side"));
    }

    [Fact]
    public void CC_REPS_EXTERNAL_and_CHIEF_check_a_contract_whose_employer_side_is_empty()
    {
        RuleReport report = Evaluate("""{ "negotiators": [ { "id": "e1", "side": "employee", "external": false, "chief": true }, { "id": "x1", "side": "employee", "external": true, "chief": false }, { "id": "x2", "side": "employee", "external": true, "chief": false } ] }""");
        Finding f = One(report, "CC-REPS-EXTERNAL.tooMany");
        Arguments(f, "side", "employee", "external", "2", "count", "3");
        Assert.DoesNotContain(Node(report, "CC-REPS-EXTERNAL").Comparisons, c => c.Left == "external.employer/negotiators.employer");
    }

    [Theory]
    [InlineData("CC-REPS-MIN")]
    [InlineData("CC-REPS-EQUAL")]
    [InlineData("CC-REPS-CHIEF")]
    [InlineData("CC-REPS-EXTERNAL")]
    [InlineData("CC-REPS-DUAL")]
    public void A_contract_listing_no_negotiators_is_not_assessed_by_each_negotiator_rule(string code)
    {
        RuleReport report = Evaluate("""{ "negotiators": [] }""");
        Finding f = Assert.Single(report.For(code));
        Assert.Equal("engine.inputMissing", f.MessageKey);
        Assert.Equal("$.negotiators", f.Path);
        TraceNode node = Node(report, code);
        Assert.Equal(RuleStatus.NotAssessed, node.Status);
        Assert.Empty(node.Comparisons);
        Assert.Empty(node.Facts);
        Assert.Empty(node.Parameters);
    }

    [Theory]
    [InlineData("CC-REPS-MIN", "cc.negotiators.minPerSide")]
    [InlineData("CC-REPS-EQUAL", "cc.negotiators.sides")]
    [InlineData("CC-REPS-EXTERNAL", "cc.negotiators.externalMaxRatio")]
    public void The_day_before_the_provisions_are_in_force_the_negotiator_limits_are_not_assessed(string code, string parameter)
    {
        RuleReport report = Evaluate("{}", "national", "2004-04-30");
        TraceNode node = Node(report, code);
        Assert.Equal(RuleStatus.NotAssessed, node.Status);
        Assert.Empty(node.Comparisons);
        Finding f = Assert.Single(report.For(code));
        Assert.Equal(parameter, f.Argument("parameter"));
        Assert.DoesNotContain(report.For(code), x => x.IsViolation);

        TraceNode inForce = Node(Evaluate("{}", "national", "2004-05-01"), code);
        Assert.NotEmpty(inForce.Comparisons);
    }

    [Fact]
    public void CC_REPS_CHIEF_with_the_union_chair_unknown_names_the_chair_and_still_checks_the_employer_chief()
    {
        RuleReport report = Evaluate("""{ "union": { "exists": true, "chair": null }, "employer": { "legalRepresentative": "m9" } }""");
        Finding[] findings = [.. report.For("CC-REPS-CHIEF")];
        Assert.Equal(2, findings.Length);
        Assert.Equal("engine.inputMissing", findings[0].MessageKey);
        Assert.Equal("$.union.chair", findings[0].Path);
        Assert.Equal("CC-REPS-CHIEF.notEntitled", findings[1].MessageKey);
        Assert.Equal("employer", findings[1].Argument("side"));
    }

    [Fact]
    public void CC_REPS_DUAL_names_each_person_on_both_sides_at_their_employer_seat()
    {
        RuleReport report = Evaluate("""
            { "negotiators": [
                { "id": "e1", "side": "employee", "external": false, "chief": true },
                { "id": "e2", "side": "employee", "external": false, "chief": false },
                { "side": "employee", "external": false, "chief": false },
                { "id": "m1", "side": "employer", "external": false, "chief": true },
                { "id": "e2", "side": "employer", "external": false, "chief": false },
                { "side": "employer", "external": false, "chief": false } ] }
            """);
        Finding f = One(report, "CC-REPS-DUAL.both");
        Assert.Equal("$.negotiators[4]", f.Path);
        Assert.Equal("e2", f.Argument("id"));
        Assert.Equal(RuleStatus.Failed, Node(report, "CC-REPS-DUAL").Status);
    }

    [Fact]
    public void CC_APPROVAL_QUORUM_and_MAJORITY_record_the_counts_and_name_the_votes_needed()
    {
        RuleReport report = Evaluate("{}");
        TraceNode quorum = Node(report, "CC-APPROVAL-QUORUM");
        Assert.Equal("60", Fact(quorum, "approval.bodySize"));
        Assert.Equal("50", Fact(quorum, "approval.present"));
        Compared(quorum, "present/bodySize", "50/60", "≥", "cc.approval.quorumRatio", "2/3", true);
        TraceNode majority = Node(report, "CC-APPROVAL-MAJORITY");
        Assert.Equal("60", Fact(majority, "approval.bodySize"));
        Assert.Equal("45", Fact(majority, "approval.inFavour"));
        Compared(majority, "inFavour/bodySize", "45/60", "≥", "cc.approval.passRatio", "1/2", true);

        RuleReport shortOf = Evaluate("""{ "approval": { "present": 40, "inFavour": 30, "bodySize": 61 } }""", "310000");
        Finding q = One(shortOf, "CC-APPROVAL-QUORUM.short");
        Assert.Equal("$.approval.present", q.Path);
        Arguments(q, "present", "40", "size", "61", "needed", "41");
        Finding m = One(shortOf, "CC-APPROVAL-MAJORITY.short");
        Assert.Equal("$.approval.inFavour", m.Path);
        Arguments(m, "inFavour", "30", "size", "61", "needed", "31");
    }

    [Theory]
    [InlineData("""{ "approval": { "bodySize": null } }""", "$.approval.bodySize")]
    [InlineData("""{ "approval": { "present": null, "inFavour": null } }""", null)]
    public void CC_APPROVAL_QUORUM_and_MAJORITY_without_the_body_or_the_count_are_not_assessed(string patch, string? path)
    {
        RuleReport report = Evaluate(patch);
        Assert.Equal(RuleStatus.NotAssessed, Node(report, "CC-APPROVAL-QUORUM").Status);
        Assert.Equal(RuleStatus.NotAssessed, Node(report, "CC-APPROVAL-MAJORITY").Status);
        Assert.Equal(path ?? "$.approval.present", Assert.Single(report.For("CC-APPROVAL-QUORUM")).Path);
        Assert.Equal(path ?? "$.approval.inFavour", Assert.Single(report.For("CC-APPROVAL-MAJORITY")).Path);
    }

    [Fact]
    public void CC_APPROVAL_rules_do_not_apply_before_a_vote_and_the_body_is_read()
    {
        RuleReport report = Evaluate("""{ "approval": null, "signing": null, "filing": null, "review": null, "publication": null }""");
        Assert.Equal(RuleStatus.NotApplicable, Node(report, "CC-APPROVAL-QUORUM").Status);
        Assert.Equal(RuleStatus.NotApplicable, Node(report, "CC-APPROVAL-MAJORITY").Status);
        Assert.Equal(RuleStatus.NotApplicable, Node(report, "CC-APPROVAL-BODY").Status);
        Assert.Empty(report.For("CC-APPROVAL-BODY"));

        Assert.Equal("WorkersCongress", Fact(Node(Evaluate("{}"), "CC-APPROVAL-BODY"), "approval.body"));
        RuleReport other = Evaluate("""{ "approval": { "body": "other" } }""");
        Assert.Equal("Other", Fact(Node(other, "CC-APPROVAL-BODY"), "approval.body"));
        Assert.Equal("$.approval.body", One(other, "CC-APPROVAL-BODY.wrongBody").Path);

        RuleReport missing = Evaluate("""{ "approval": { "body": null } }""");
        Assert.Equal(RuleStatus.NotAssessed, Node(missing, "CC-APPROVAL-BODY").Status);
        Assert.Equal("$.approval.body", Assert.Single(missing.For("CC-APPROVAL-BODY")).Path);

        RuleReport filed = Evaluate("""{ "approval": null }""");
        Assert.Equal("$.approval", One(filed, "CC-APPROVAL-BODY.none").Path);
    }

    [Fact]
    public void CC_REPLY_records_the_dates_and_names_the_reply_late_or_missing()
    {
        RuleReport report = Evaluate("{}");
        TraceNode node = Node(report, "CC-REPLY");
        Assert.Equal("2026-03-03", Fact(node, "request.received"));
        Assert.Equal("2026-03-10", Fact(node, "request.replied"));
        Compared(node, "request.replied", "2026-03-10", "≤", "replyDue", "2026-03-23", true);
        Finding due = One(report, "CC-REPLY.replyDue");
        Assert.Equal("$.request", due.Path);
        Assert.Equal("2026-03-23", due.Argument("date"));

        RuleReport late = Evaluate("""{ "request": { "replied": "2026-03-24", "replyInWriting": false } }""");
        Finding f = One(late, "CC-REPLY.late");
        Assert.Equal("$.request.replied", f.Path);
        Arguments(f, "replied", "2026-03-24", "due", "2026-03-23");
        Assert.Equal(due.Argument("period"), f.Argument("period"));
        Assert.Equal("$.request.replyInWriting", One(late, "CC-REPLY.notWritten").Path);

        RuleReport missing = Evaluate("""{ "request": { "replied": null } }""", asOf: "2026-03-24");
        Finding m = One(missing, "CC-REPLY.missing");
        Assert.Equal("$.request.replied", m.Path);
        Assert.Equal("2026-03-23", m.Argument("due"));
        Assert.Equal(due.Argument("period"), m.Argument("period"));
        Assert.Null(Fact(Node(missing, "CC-REPLY"), "request.replied"));
        Compared(Node(missing, "CC-REPLY"), "asOf", "2026-03-24", "≤", "replyDue", "2026-03-23", false);
    }

    [Fact]
    public void CC_FILING_records_the_start_and_the_filing_and_names_the_filing_late_or_missing()
    {
        RuleReport report = Evaluate("{}");
        TraceNode node = Node(report, "CC-FILING");
        Assert.Equal("2026-04-22", Fact(node, "$.signing.date"));
        Assert.Equal("2026-04-27", Fact(node, "$.filing.sent"));
        Compared(node, "filing.sent", "2026-04-27", "≤", "filingDue", "2026-05-06", true);
        Finding due = One(report, "CC-FILING.filingDue");
        Assert.Equal("$.filing", due.Path);
        Assert.Equal("2026-05-06", due.Argument("date"));

        RuleReport late = Evaluate("""{ "filing": { "sent": "2026-05-07", "received": "2026-05-08" } }""");
        Finding f = One(late, "CC-FILING.late");
        Assert.Equal("$.filing.sent", f.Path);
        Arguments(f, "sent", "2026-05-07", "due", "2026-05-06");
        Assert.Equal(due.Argument("period"), f.Argument("period"));

        RuleReport missing = Evaluate("""{ "filing": null, "review": null }""", asOf: "2026-05-07");
        Finding m = One(missing, "CC-FILING.missing");
        Assert.Equal("$.filing.sent", m.Path);
        Assert.Equal("2026-05-06", m.Argument("due"));
        Assert.Equal(due.Argument("period"), m.Argument("period"));
        Compared(Node(missing, "CC-FILING"), "asOf", "2026-05-07", "≤", "filingDue", "2026-05-06", false);
        Assert.Null(Fact(Node(missing, "CC-FILING"), "$.filing.sent"));

        RuleReport pending = Evaluate("""{ "filing": null, "review": null }""", asOf: "2026-05-06");
        Assert.DoesNotContain(pending.Findings, x => x.MessageKey == "CC-FILING.missing");
    }

    [Fact]
    public void CC_FILING_counts_a_re_signed_text_from_its_own_signing()
    {
        RuleReport report = Evaluate("""
            { "review": { "objection": true, "objectionDate": "2026-05-08" },
              "resubmissions": [ { "signing": { "date": "2026-05-19", "employeeChief": true, "employerChief": true }, "filing": { "sent": "2026-06-01", "received": "2026-06-02" } } ] }
            """, asOf: "2026-06-03");
        TraceNode node = Node(report, "CC-FILING");
        Assert.Equal("2026-05-19", Fact(node, "$.resubmissions[0].signing.date"));
        Assert.Equal("2026-06-01", Fact(node, "$.resubmissions[0].filing.sent"));
        Finding due = One(report, "CC-FILING.refilingDue");
        Assert.Equal("$.resubmissions[0].filing", due.Path);
        Assert.Equal("2026-05-29", due.Argument("date"));
        Finding late = One(report, "CC-FILING.late");
        Assert.Equal("$.resubmissions[0].filing.sent", late.Path);
        Arguments(late, "sent", "2026-06-01", "due", "2026-05-29");
        Assert.Equal("2026-05-29", node.Outputs.Single(o => o.Name == "refilingDue").Value);
    }

    [Fact]
    public void CC_FILING_without_the_re_signing_date_is_not_assessed_for_that_text()
    {
        RuleReport report = Evaluate("""{ "resubmissions": [ { "filing": { "sent": "2026-06-01" } } ] }""");
        Finding f = Assert.Single(report.For("CC-FILING"), x => x.MessageKey == "engine.inputMissing");
        Assert.Equal("$.resubmissions[0].signing.date", f.Path);
        Assert.Null(Fact(Node(report, "CC-FILING"), "$.resubmissions[0].signing.date"));
    }

    [Fact]
    public void CC_FILING_applies_once_the_approval_notice_is_received_even_before_signing()
    {
        RuleReport shanghai = Evaluate("""{ "signing": null, "filing": null, "review": null }""", "310000", "2026-05-02");
        TraceNode node = Node(shanghai, "CC-FILING");
        Assert.Equal("2026-04-21", Fact(node, "$.approval.noticeReceivedByEmployer"));
        Assert.Contains(shanghai.Findings, f => f.MessageKey == "CC-FILING.filingDue");

        RuleReport none = Evaluate("""{ "signing": null, "filing": null, "review": null, "approval": { "noticeReceivedByEmployer": null } }""", "310000", "2026-05-02");
        Assert.Equal(RuleStatus.NotApplicable, Node(none, "CC-FILING").Status);
    }

    [Fact]
    public void CC_EFFECT_and_CC_STATUS_follow_the_last_re_filing_and_its_review()
    {
        RuleReport report = Evaluate("""
            { "review": { "objection": true, "objectionDate": "2026-05-08" },
              "resubmissions": [ { "signing": { "date": "2026-05-20", "employeeChief": true, "employerChief": true }, "filing": { "sent": "2026-05-25", "received": "2026-05-26" }, "review": { "objection": false } } ] }
            """, "national", "2026-06-20");
        TraceNode node = Node(report, "CC-EFFECT");
        Assert.Equal("2026-05-26", Fact(node, "$.resubmissions[0].filing.received"));
        Assert.Equal("False", Fact(node, "review.objection"));
        Finding ends = One(report, "CC-EFFECT.reviewEnds");
        Assert.Equal("$.resubmissions[0].filing", ends.Path);
        Assert.Equal("2026-06-10", ends.Argument("date"));
        Assert.Equal("2026-06-11", One(report, "CC-EFFECT.effectiveFrom").Argument("date"));
        Assert.True(report.TryGet(CollectiveContractOutputs.State, out ContractState state));
        Assert.Equal(ContractState.InForce, state);

        RuleReport objected = Evaluate("""
            { "review": { "objection": true, "objectionDate": "2026-05-08" },
              "resubmissions": [ { "signing": { "date": "2026-05-20", "employeeChief": true, "employerChief": true }, "filing": { "sent": "2026-05-25", "received": "2026-05-26" }, "review": { "objection": true, "objectionDate": "2026-06-05" } } ] }
            """, "national", "2026-06-20");
        Assert.Equal("$.resubmissions[0].review", One(objected, "CC-EFFECT.objection").Path);
        Assert.Equal("2026-06-05", Fact(Node(objected, "CC-EFFECT"), "review.objectionDate"));
        Assert.True(objected.TryGet(CollectiveContractOutputs.State, out ContractState returned));
        Assert.Equal(ContractState.Returned, returned);
    }

    [Fact]
    public void CC_EFFECT_names_the_local_trigger_and_a_late_objection_at_the_review()
    {
        RuleReport beijing = Evaluate("{}");
        Finding trigger = One(beijing, "CC-EFFECT.localTrigger");
        Assert.Equal("$.filing", trigger.Path);
        Assert.Equal("filed", trigger.Argument("trigger"));
        Assert.Contains(Node(beijing, "CC-EFFECT").Parameters, p => p.Name == "cc.review.trigger");

        RuleReport national = Evaluate("{}", "national");
        Assert.DoesNotContain(national.Findings, f => f.MessageKey == "CC-EFFECT.localTrigger");

        RuleReport late = Evaluate("""{ "review": { "objection": true, "objectionDate": "2026-05-14" } }""", "national");
        Finding f = One(late, "CC-EFFECT.lateObjection");
        Assert.Equal("$.review", f.Path);
        Assert.Equal("2026-05-14", Fact(Node(late, "CC-EFFECT"), "review.objectionDate"));
        Assert.Equal("True", Fact(Node(late, "CC-EFFECT"), "review.objection"));
        Assert.Equal("$", One(late, "CC-EFFECT.effectiveFrom").Path);
    }

    [Fact]
    public void CC_EFFECT_without_the_administrations_receipt_is_not_assessed_and_no_date_is_set()
    {
        RuleReport report = Evaluate("""{ "filing": { "received": null } }""", "national");
        TraceNode node = Node(report, "CC-EFFECT");
        Assert.Equal(RuleStatus.NotAssessed, node.Status);
        Assert.Null(Fact(node, "$.filing.received"));
        Assert.Equal("$.filing.received", Assert.Single(report.For("CC-EFFECT")).Path);
        Assert.Empty(node.Outputs);
        Assert.False(report.TryGet(CollectiveContractOutputs.EffectiveFrom, out LocalDate _));
    }

    [Fact]
    public void CC_SIGNING_names_each_missing_piece()
    {
        RuleReport noApproval = Evaluate("""{ "approval": null }""", "national");
        Assert.Equal("$.signing.date", One(noApproval, "CC-SIGNING.noApproval").Path);
        Assert.Null(Fact(Node(noApproval, "CC-SIGNING"), "approval.date"));

        RuleReport unsigned = Evaluate("""{ "signing": null }""");
        Assert.Equal("$.signing", One(unsigned, "CC-SIGNING.unsigned").Path);

        RuleReport undated = Evaluate("""{ "signing": { "date": null } }""");
        Assert.Equal("$.signing.date", Assert.Single(undated.For("CC-SIGNING")).Path);
        Assert.Null(Fact(Node(undated, "CC-SIGNING"), "signing.date"));

        RuleReport approvalUndated = Evaluate("""{ "approval": { "date": null } }""");
        Assert.Equal("$.approval.date", Assert.Single(approvalUndated.For("CC-SIGNING")).Path);

        RuleReport shanghai = Evaluate("""{ "signing": { "date": "2026-04-20" } }""", "310000");
        Compared(Node(shanghai, "CC-SIGNING"), "signing.date", "2026-04-20", "≤", "approval.date", "2026-04-20", true);
        Assert.Equal(RuleStatus.Passed, Node(shanghai, "CC-SIGNING").Status);
    }

    [Fact]
    public void CC_TERM_records_the_term_and_compares_its_end_with_the_shortest_and_longest()
    {
        RuleReport report = Evaluate("{}");
        TraceNode node = Node(report, "CC-TERM");
        Assert.Equal("2026-05-14", Fact(node, "term.start"));
        Assert.Equal("2029-05-13", Fact(node, "term.end"));
        Compared(node, "term.end", "2029-05-13", "≥", "lastDay(minYears)", "2027-05-13", true);
        Compared(node, "term.end", "2029-05-13", "≤", "lastDay(maxYears)", "2029-05-13", true);
        Assert.Equal("general", Fact(node, "term.limits"));
        Finding expires = One(report, "CC-TERM.expires");
        Assert.Equal("$.term", expires.Path);
        Assert.Equal("2029-05-13", expires.Argument("date"));

        RuleReport shortTerm = Evaluate("""{ "term": { "start": "2026-06-01", "end": "2027-05-30", "years": null } }""", "national");
        Finding s = One(shortTerm, "CC-TERM.short");
        Assert.Equal("$.term", s.Path);
        Arguments(s, "start", "2026-06-01", "end", "2027-05-30", "min", "1");

        RuleReport longTerm = Evaluate("""{ "term": { "start": "2026-06-01", "end": "2029-06-01", "years": null } }""", "national");
        Finding l = One(longTerm, "CC-TERM.long");
        Assert.Equal("$.term", l.Path);
        Arguments(l, "start", "2026-06-01", "end", "2029-06-01", "max", "3");
        Assert.Equal(Severity.Warning, l.Severity);

        RuleReport unusual = Evaluate("""{ "term": { "years": 2 } }""");
        Finding u = One(unusual, "CC-TERM.unusual");
        Assert.Equal("$.term", u.Path);
        Arguments(u, "start", "2026-05-14", "end", "2028-05-13", "usual", "3");
    }

    [Fact]
    public void CC_TERM_without_an_end_or_a_start_is_not_assessed()
    {
        RuleReport noEnd = Evaluate("""{ "term": { "start": "2026-06-01", "years": null } }""");
        Assert.Equal("$.term.end", Assert.Single(noEnd.For("CC-TERM")).Path);
        Assert.Equal(RuleStatus.NotAssessed, Node(noEnd, "CC-TERM").Status);
        Assert.Null(Fact(Node(noEnd, "CC-TERM"), "term.end"));

        RuleReport noStart = Evaluate("""{ "filing": null, "review": null }""", asOf: "2026-04-30");
        Assert.Equal("$.term.start", Assert.Single(noStart.For("CC-TERM")).Path);
        Assert.Null(Fact(Node(noStart, "CC-TERM"), "term.start"));
    }

    [Fact]
    public void CC_RENEWAL_records_the_request_and_compares_it_with_both_ends_of_the_window()
    {
        RuleReport early = Evaluate("""{ "renewalRequest": { "by": "employee", "date": "2029-02-13" } }""", asOf: "2029-03-01");
        TraceNode node = Node(early, "CC-RENEWAL");
        Assert.Equal("2029-02-13", Fact(node, "renewalRequest.date"));
        Compared(node, "renewalRequest.date", "2029-02-13", "≥", "renewalWindowOpens", "2029-02-14", false);
        Compared(node, "renewalRequest.date", "2029-02-13", "≤", "renewalWindowCloses", "2029-05-13", true);
        Finding f = One(early, "CC-RENEWAL.requestOutside");
        Assert.Equal("$.renewalRequest.date", f.Path);
        Arguments(f, "asked", "2029-02-13", "opens", "2029-02-14", "closes", "2029-05-13");
        Finding opens = One(early, "CC-RENEWAL.renewalWindowOpens");
        Assert.Equal("$.term", opens.Path);
        Assert.Equal("2029-02-14", opens.Argument("date"));
        Assert.Equal("$.term", One(early, "CC-RENEWAL.renewalWindowCloses").Path);

        RuleReport lastDay = Evaluate("""{ "renewalRequest": { "by": "employee", "date": "2029-05-13" } }""", asOf: "2029-05-13");
        Finding valid = One(lastDay, "CC-RENEWAL.requestValid");
        Assert.Equal("$.renewalRequest.date", valid.Path);
        Assert.Equal("2029-05-13", valid.Argument("asked"));

        RuleReport after = Evaluate("""{ "renewalRequest": { "by": "employee", "date": "2029-05-14" } }""", asOf: "2029-05-14");
        Compared(Node(after, "CC-RENEWAL"), "renewalRequest.date", "2029-05-14", "≤", "renewalWindowCloses", "2029-05-13", false);
        Assert.Contains(after.Findings, x => x.MessageKey == "CC-RENEWAL.requestOutside");
    }

    [Fact]
    public void CC_RENEWAL_with_a_request_but_no_term_end_is_not_assessed()
    {
        RuleReport report = Evaluate("""{ "term": { "years": null }, "renewalRequest": { "by": "employee", "date": "2029-02-20" } }""");
        Assert.Equal("$.term.end", Assert.Single(report.For("CC-RENEWAL")).Path);
        Assert.Equal(RuleStatus.NotAssessed, Node(report, "CC-RENEWAL").Status);
    }

    [Fact]
    public void CC_PUBLICATION_records_the_effective_date_and_the_publication()
    {
        RuleReport report = Evaluate("{}");
        TraceNode node = Node(report, "CC-PUBLICATION");
        Assert.Equal("2026-05-14", Fact(node, "effectiveFrom"));
        Assert.Equal("2026-05-15", Fact(node, "publication.date"));

        RuleReport chongqing = Evaluate("""{ "publication": { "date": "2026-05-26", "toAllEmployees": false } }""", "500000");
        TraceNode cq = Node(chongqing, "CC-PUBLICATION");
        Compared(cq, "publication.date", "2026-05-26", "≤", "publicationDue", "2026-05-25", false);
        Finding due = One(chongqing, "CC-PUBLICATION.publicationDue");
        Assert.Equal("$.publication", due.Path);
        Assert.Equal("2026-05-25", due.Argument("date"));
        Finding late = One(chongqing, "CC-PUBLICATION.late");
        Assert.Equal("$.publication.date", late.Path);
        Arguments(late, "published", "2026-05-26", "due", "2026-05-25");
        Assert.Equal("$.publication.toAllEmployees", One(chongqing, "CC-PUBLICATION.notAll").Path);

        RuleReport missing = Evaluate("""{ "publication": null }""");
        Assert.Equal("$.publication.date", One(missing, "CC-PUBLICATION.missing").Path);
        Assert.Null(Fact(Node(missing, "CC-PUBLICATION"), "publication.date"));
    }

    [Theory]
    [InlineData("2026-05-25", false)]   // the last day of 重庆's ten days (moved from Sunday 2026-05-24): not yet missing
    [InlineData("2026-05-26", true)]    // one day past it
    public void CC_PUBLICATION_in_Chongqing_is_missing_only_after_the_last_day(string asOf, bool missing)
    {
        RuleReport report = Evaluate("""{ "publication": null }""", "500000", asOf);
        Assert.Equal(missing, report.Findings.Any(f => f.MessageKey == "CC-PUBLICATION.missing"));
        Assert.Equal("2026-05-25", One(report, "CC-PUBLICATION.publicationDue").Argument("date"));
    }

    [Fact]
    public void CC_PUBLICATION_does_not_apply_before_the_effective_date_and_applies_on_it()
    {
        Assert.Equal(RuleStatus.NotApplicable, Node(Evaluate("""{ "publication": null }""", asOf: "2026-05-13"), "CC-PUBLICATION").Status);
        RuleReport onTheDay = Evaluate("""{ "publication": null }""", asOf: "2026-05-14");
        Assert.Equal(RuleStatus.Failed, Node(onTheDay, "CC-PUBLICATION").Status);
    }

    [Fact]
    public void CC_TERMINATION_records_each_changes_ground_and_names_the_change_at_fault()
    {
        RuleReport report = Evaluate("""
            { "amendments": [ { "date": "2026-05-20", "ground": "agreement", "sameProcedure": true }, { "date": "2026-05-25", "ground": "unilateral", "sameProcedure": false } ],
              "termination": { "date": "2026-05-30", "ground": "forceMajeure", "sameProcedure": false } }
            """);
        TraceNode node = Node(report, "CC-TERMINATION");
        Assert.Equal("Agreement", Fact(node, "$.amendments[0].ground"));
        Assert.Equal("Unilateral", Fact(node, "$.amendments[1].ground"));
        Assert.Equal("ForceMajeure", Fact(node, "$.termination.ground"));
        Assert.Equal("$.amendments[1].ground", One(report, "CC-TERMINATION.noGround").Path);
        Assert.Equal(
            ["$.amendments[1].sameProcedure", "$.termination.sameProcedure"],
            report.Findings.Where(f => f.MessageKey == "CC-TERMINATION.procedure").Select(f => f.Path));

        RuleReport missing = Evaluate("""{ "termination": { "date": "2026-05-30" } }""");
        Assert.Equal(["$.termination.ground", "$.termination.sameProcedure"], missing.For("CC-TERMINATION").Select(f => f.Path));
        Assert.Equal(RuleStatus.NotAssessed, Node(missing, "CC-TERMINATION").Status);
        Assert.Null(Fact(Node(missing, "CC-TERMINATION"), "$.termination.ground"));
    }

    [Fact]
    public void CC_VACANCY_compares_the_filling_with_the_due_day()
    {
        RuleReport report = Evaluate("""{ "vacancies": [ { "side": "employee", "arose": "2026-05-04", "filled": "2026-05-20" } ] }""");
        TraceNode node = Node(report, "CC-VACANCY");
        Compared(node, "vacancies[0].filled", "2026-05-20", "≤", "fillDue", "2026-05-19", false);
        Finding late = One(report, "CC-VACANCY.late");
        Arguments(late, "filled", "2026-05-20", "due", "2026-05-19");

        RuleReport unfilled = Evaluate("""{ "vacancies": [ { "side": "employee", "arose": "2026-05-04" } ] }""", asOf: "2026-05-20");
        Compared(Node(unfilled, "CC-VACANCY"), "asOf", "2026-05-20", "≤", "fillDue", "2026-05-19", false);
    }

    [Fact]
    public void CC_NEGOTIATOR_PROTECTION_reads_the_request_only_where_the_region_requires_one()
    {
        TraceNode national = Node(Evaluate("{}", "national"), "CC-NEGOTIATOR-PROTECTION");
        Assert.DoesNotContain(national.Facts, f => f.Name == "negotiators[1].extensionRequested");
        Assert.Contains(national.Parameters, p => p.Name == "cc.negotiatorProtection.onRequest");

        TraceNode beijing = Node(Evaluate("{}"), "CC-NEGOTIATOR-PROTECTION");
        Assert.Equal("True", Fact(beijing, "negotiators[1].extensionRequested"));
        Assert.Equal("2026-06-30", beijing.Outputs.Single(o => o.Name == "negotiators[1].labourContractExtendedTo").Value);
    }

    [Fact]
    public void CC_NEGOTIATOR_PROTECTION_extends_every_negotiator_whose_contract_ends_during_the_mandate()
    {
        RuleReport report = Evaluate("""
            { "negotiators": [
                { "id": "e1", "side": "employee", "external": false, "chief": true, "mandateStart": "2026-03-01", "mandateEnd": "2026-06-30", "labourContractEnd": "2026-03-31" },
                { "id": "e2", "side": "employee", "external": false, "chief": false, "mandateEnd": "2026-06-30", "labourContractEnd": "2026-01-31" },
                { "id": "e3", "side": "employee", "external": false, "chief": false, "mandateStart": "2026-03-01", "mandateEnd": "2026-06-30", "labourContractEnd": "2026-05-31" },
                { "id": "m1", "side": "employer", "external": false, "chief": true } ] }
            """, "national");
        Finding[] extended = [.. report.Findings.Where(f => f.MessageKey == "CC-NEGOTIATOR-PROTECTION.extended")];
        Assert.Equal(["$.negotiators[0]", "$.negotiators[1]", "$.negotiators[2]"], extended.Select(f => f.Path));
        Assert.Equal(["e1", "e2", "e3"], extended.Select(f => f.Argument("id")));
        TraceNode node = Node(report, "CC-NEGOTIATOR-PROTECTION");
        Assert.Equal("2026-01-31", Fact(node, "negotiators[1].labourContractEnd"));
        Assert.Equal(3, node.Outputs.Count);
        Assert.Equal("2026-06-30", node.Outputs.Single(o => o.Name == "negotiators[2].labourContractExtendedTo").Value);
    }

    [Fact]
    public void CC_NEGOTIATOR_PROTECTION_in_Beijing_reads_each_request_after_a_missing_one()
    {
        RuleReport report = Evaluate("""
            { "negotiators": [
                { "id": "e1", "side": "employee", "external": false, "chief": true, "mandateStart": "2026-03-01", "mandateEnd": "2026-06-30", "labourContractEnd": "2026-03-31" },
                { "id": "e2", "side": "employee", "external": false, "chief": false, "mandateStart": "2026-03-01", "mandateEnd": "2026-06-30", "labourContractEnd": "2026-04-30", "extensionRequested": false },
                { "id": "e3", "side": "employee", "external": false, "chief": false, "mandateStart": "2026-03-01", "mandateEnd": "2026-06-30", "labourContractEnd": "2026-05-31", "extensionRequested": true },
                { "id": "m1", "side": "employer", "external": false, "chief": true } ] }
            """);
        Finding[] findings = [.. report.For("CC-NEGOTIATOR-PROTECTION")];
        Assert.Equal(["engine.inputMissing", "CC-NEGOTIATOR-PROTECTION.notRequested", "CC-NEGOTIATOR-PROTECTION.extended"], findings.Select(f => f.MessageKey));
        Assert.Equal(["$.negotiators[0].extensionRequested", "$.negotiators[1]", "$.negotiators[2]"], findings.Select(f => f.Path));
        Assert.Single(Node(report, "CC-NEGOTIATOR-PROTECTION").Outputs);
    }

    [Fact]
    public void CC_WAGE_FLOOR_records_the_dates_each_standard_was_checked_on()
    {
        TraceNode node = Node(Evaluate("{}"), "CC-WAGE-FLOOR");
        Assert.Equal("2026-05-14", Fact(node, "$.clauses.wageStandards[0].checkedDates"));
        Assert.Equal("2026-05-14", Fact(node, "$.clauses.wageStandards[2].checkedDates"));
    }
}
