using System.Text.Json.Nodes;
using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using static Union.Rules.Tests.Engine.TraceAssert;

namespace Union.Rules.Tests.CollectiveContracts;

/// <summary>
/// What a rule explains, not only what it decides: its own outputs, the facts and parameters it read, and the arguments of
/// its messages, on the lawful example (Beijing, 2026-06-01) with one change at a time.
/// </summary>
public sealed class ContractExplanationTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 1);

    private static RuleReport Evaluate(string patch, string? region = "110000", LocalDate? asOf = null)
    {
        var merged = JsonNode.Parse(CollectiveContractDocument.Example)!.AsObject();
        Union.Rules.Tests.Cases.LegalCase.MergePatch(merged, JsonNode.Parse(patch)!.AsObject());
        var doc = CollectiveContractDocument.Read(merged.ToJsonString(), "case");
        Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
        JurisdictionProfile profile = region is null ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        return CollectiveContractDomain.Default.Evaluate(doc.Value, asOf ?? AsOf, profile).Report;
    }

    private static string? Fact(TraceNode node, string name) => node.Facts.LastOrDefault(o => o.Name == name)?.Value;

    private static Finding One(RuleReport report, string key) => Assert.Single(report.Findings, f => f.MessageKey == key);

    [Fact]
    public void CC_EFFECT_records_its_own_review_end_and_effective_date()
    {
        RuleReport report = Evaluate("{}", region: null);
        TraceNode node = Node(report, "CC-EFFECT");
        Assert.Equal(RuleStatus.Computed, node.Status);
        Assert.Equal("2026-05-13", Output(node, "reviewEnds"));
        Assert.Equal("2026-05-14", Output(node, "effectiveFrom"));
        Assert.Contains(node.Parameters, p => p.Name == "cc.review.period");
        Assert.Equal("2026-05-14", One(report, "CC-EFFECT.effectiveFrom").Argument("date"));
        Assert.Equal("2026-05-13", One(report, "CC-EFFECT.reviewEnds").Argument("date"));
        Assert.Equal("2026-04-28", node.Facts.Single(f => f.Name.EndsWith("filing.received", StringComparison.Ordinal)).Value);
        Assert.Equal("False", Fact(node, "review.objection"));
        Assert.True(report.TryGet(CollectiveContractOutputs.EffectiveFrom, out LocalDate effective));
        Assert.Equal(new LocalDate(2026, 5, 14), effective);
    }

    [Fact]
    public void CC_EFFECT_objection_on_the_last_day_of_the_review_stops_the_effect_and_one_day_later_does_not()
    {
        RuleReport onTime = Evaluate("""{ "review": { "objection": true, "objectionDate": "2026-05-13" } }""", region: null);
        Assert.Equal("2026-05-13", One(onTime, "CC-EFFECT.objection").Argument("ends"));
        Assert.Null(Output(Node(onTime, "CC-EFFECT"), "effectiveFrom"));
        Assert.Equal("$.review", One(onTime, "CC-EFFECT.objection").Path);

        RuleReport late = Evaluate("""{ "review": { "objection": true, "objectionDate": "2026-05-14" } }""", region: null);
        Finding f = One(late, "CC-EFFECT.lateObjection");
        Assert.Equal("2026-05-14", f.Argument("objected"));
        Assert.Equal("2026-05-13", f.Argument("ends"));
        Assert.Equal("2026-05-14", Output(Node(late, "CC-EFFECT"), "effectiveFrom"));

        RuleReport undated = Evaluate("""{ "review": { "objection": true, "objectionDate": null } }""", region: null);
        One(undated, "CC-EFFECT.objection");
    }

    [Fact]
    public void CC_SIGNING_reports_the_dates_it_compared()
    {
        RuleReport report = Evaluate("""{ "signing": { "date": "2026-04-19" } }""");
        Finding f = One(report, "CC-SIGNING.beforeApproval");
        Assert.Equal("2026-04-19", f.Argument("signed"));
        Assert.Equal("2026-04-20", f.Argument("approved"));
        Assert.Equal("$.signing.date", f.Path);
        TraceNode node = Node(report, "CC-SIGNING");
        Assert.Equal("2026-04-19", Fact(node, "signing.date"));
        Assert.Equal("2026-04-20", Fact(node, "approval.date"));
        Assert.Contains(node.Parameters, p => p.Name == "cc.signing.order");
        Assert.Contains(node.Comparisons, c => c.Left == "signing.date" && c.Operator == "≥" && c.Right == "approval.date" && !c.Holds);

        RuleReport shanghai = Evaluate("{}", region: "310000");
        Finding after = One(shanghai, "CC-SIGNING.afterApproval");
        Assert.Equal("2026-04-22", after.Argument("signed"));
        Assert.Equal("2026-04-20", after.Argument("approved"));

        RuleReport chief = Evaluate("""{ "signing": { "employeeChief": false, "employerChief": false } }""");
        Assert.Equal(["employee", "employer"], chief.Findings.Where(x => x.MessageKey == "CC-SIGNING.chiefMissing").Select(x => x.Argument("side")));
        Assert.Equal(["$.signing.employeeChief", "$.signing.employerChief"], chief.Findings.Where(x => x.MessageKey == "CC-SIGNING.chiefMissing").Select(x => x.Path));
    }

    [Theory]
    [InlineData("dailyHours", 9, 8, "hours.dailyMax")]
    [InlineData("weeklyHours", 41, 40, "hours.weeklyMax")]
    [InlineData("overtimeDailyHours", 2, 1, "overtime.dailyMax")]
    [InlineData("overtimeDailySpecialHours", 4, 3, "overtime.dailySpecialMax")]
    [InlineData("overtimeMonthlyHours", 37, 36, "overtime.monthlyMax")]
    public void CC_HOURS_names_the_cap_breached_with_its_value_and_parameter(string field, int hours, int max, string parameter)
    {
        RuleReport report = Evaluate("{ \"clauses\": { \"workingTime\": { \"" + field + "\": " + hours + " } } }");
        Finding f = One(report, "CC-HOURS.over");
        Assert.Equal(hours.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Argument("hours"));
        Assert.Equal(max.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Argument("max"));
        Assert.Equal(parameter, f.Argument("parameter"));
        Assert.Equal("$.clauses.workingTime." + field, f.Path);
        Assert.Contains(Node(report, "CC-HOURS").Parameters, p => p.Name == parameter);
    }

    [Theory]
    [InlineData("workday", "1.49", "1.5")]
    [InlineData("restDay", "1.99", "2")]
    [InlineData("holiday", "2.99", "3")]
    public void CC_OVERTIME_PAY_names_the_rate_below_the_statutory_multiple(string field, string rate, string statutory)
    {
        RuleReport report = Evaluate("{ \"clauses\": { \"overtimePay\": { \"" + field + "\": " + rate + " } } }");
        Finding f = One(report, "CC-OVERTIME-PAY.low");
        Assert.Equal("$.clauses.overtimePay." + field, f.Path);
        Assert.Contains(f.Arguments, a => a.Value == rate);
        Assert.Contains(f.Arguments, a => a.Value == statutory);
        Assert.Equal(RuleStatus.Failed, Node(report, "CC-OVERTIME-PAY").Status);
    }

    [Fact]
    public void CC_NEGOTIATOR_PROTECTION_extends_to_the_mandate_end_and_names_the_negotiator()
    {
        RuleReport report = Evaluate("{}", region: null);
        Finding f = One(report, "CC-NEGOTIATOR-PROTECTION.extended");
        Assert.Equal("e2", f.Argument("id"));
        Assert.Equal("2026-04-30", f.Argument("contractEnd"));
        Assert.Equal("2026-06-30", f.Argument("extendedTo"));
        Assert.Equal("$.negotiators[1]", f.Path);
        TraceNode node = Node(report, "CC-NEGOTIATOR-PROTECTION");
        Assert.Equal("2026-06-30", node.Outputs.Single().Value);
        Assert.Equal("2026-04-30", Fact(node, "negotiators[1].labourContractEnd"));
    }

    [Theory]
    [InlineData("2026-06-30", false)]   // ends on the mandate's last day: not during the mandate's remaining term
    [InlineData("2026-06-29", true)]    // one day before: extended
    [InlineData("2026-03-01", true)]    // on the mandate's first day: during
    [InlineData("2026-02-28", false)]   // before the mandate began
    public void CC_NEGOTIATOR_PROTECTION_extends_only_a_contract_ending_during_the_mandate(string contractEnd, bool extended)
    {
        RuleReport report = Evaluate("{ \"negotiators\": [ { \"id\": \"e1\", \"side\": \"employee\", \"external\": false, \"chief\": true, \"mandateStart\": \"2026-03-01\", \"mandateEnd\": \"2026-06-30\", \"labourContractEnd\": \"" + contractEnd + "\" }, { \"id\": \"m1\", \"side\": \"employer\", \"external\": false, \"chief\": true } ] }", region: null);
        Assert.Equal(extended, report.Findings.Any(f => f.MessageKey == "CC-NEGOTIATOR-PROTECTION.extended"));
        Assert.Equal(extended ? RuleStatus.Computed : RuleStatus.Passed, Node(report, "CC-NEGOTIATOR-PROTECTION").Status);
    }

    [Fact]
    public void CC_NEGOTIATOR_PROTECTION_without_a_mandate_end_is_not_assessed_and_skips_employer_and_external_negotiators()
    {
        RuleReport missing = Evaluate("""{ "negotiators": [ { "id": "e1", "side": "employee", "external": false, "chief": true, "labourContractEnd": "2026-04-30" }, { "id": "m1", "side": "employer", "external": false, "chief": true } ] }""", region: null);
        Assert.Equal("$.negotiators[0].mandateEnd", One(missing, "engine.inputMissing").Path);
        Assert.Equal(RuleStatus.NotAssessed, Node(missing, "CC-NEGOTIATOR-PROTECTION").Status);

        RuleReport others = Evaluate("""{ "negotiators": [ { "id": "x1", "side": "employee", "external": true, "chief": true, "mandateEnd": "2026-06-30", "labourContractEnd": "2026-04-30" }, { "id": "m1", "side": "employer", "external": false, "chief": true, "mandateEnd": "2026-06-30", "labourContractEnd": "2026-04-30" } ] }""", region: null);
        Assert.Equal(RuleStatus.NotApplicable, Node(others, "CC-NEGOTIATOR-PROTECTION").Status);
        Assert.Empty(others.For("CC-NEGOTIATOR-PROTECTION"));
    }

    [Theory]
    [InlineData(null, "engine.inputMissing", RuleStatus.NotAssessed)]
    [InlineData(false, "CC-NEGOTIATOR-PROTECTION.notRequested", RuleStatus.Computed)]
    [InlineData(true, "CC-NEGOTIATOR-PROTECTION.extended", RuleStatus.Computed)]
    public void Beijing_extends_only_on_request(bool? requested, string key, RuleStatus status)
    {
        string asked = requested is null ? "null" : requested.Value ? "true" : "false";
        RuleReport report = Evaluate("{ \"negotiators\": [ { \"id\": \"e1\", \"side\": \"employee\", \"external\": false, \"chief\": true, \"mandateStart\": \"2026-03-01\", \"mandateEnd\": \"2026-06-30\", \"labourContractEnd\": \"2026-04-30\", \"extensionRequested\": " + asked + " }, { \"id\": \"m1\", \"side\": \"employer\", \"external\": false, \"chief\": true } ] }");
        Finding f = Assert.Single(report.For("CC-NEGOTIATOR-PROTECTION"));
        Assert.Equal(key, f.MessageKey);
        Assert.Equal(status, Node(report, "CC-NEGOTIATOR-PROTECTION").Status);
        Assert.Equal(requested?.ToString(), Fact(Node(report, "CC-NEGOTIATOR-PROTECTION"), "negotiators[0].extensionRequested"));
        Assert.Contains(Node(report, "CC-NEGOTIATOR-PROTECTION").Parameters, p => p.Name == "cc.negotiatorProtection.onRequest");
        if (requested == false)
        {
            Assert.Equal("e1", f.Argument("id"));
            Assert.Equal("2026-04-30", f.Argument("contractEnd"));
        }
    }

    [Theory]
    [InlineData("2026-05-04", "2026-05-19", "2026-05-31", null)]                   // 15 days (集体合同规定 第三十一条): filled on the last day
    [InlineData("2026-05-04", "2026-05-20", "2026-05-31", "CC-VACANCY.late")]      // one day late
    [InlineData("2026-05-04", null, "2026-05-19", null)]                           // unfilled on the last day: not yet late
    [InlineData("2026-05-04", null, "2026-05-20", "CC-VACANCY.unfilled")]          // unfilled one day after it
    public void CC_VACANCY_counts_the_fill_period_from_the_day_after_the_vacancy(string arose, string? filled, string asOf, string? key)
    {
        string f = filled is null ? string.Empty : ", \"filled\": \"" + filled + "\"";
        RuleReport report = Evaluate("{ \"vacancies\": [ { \"side\": \"employee\", \"arose\": \"" + arose + "\"" + f + " } ] }", region: null, asOf: NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value);
        Finding due = One(report, "CC-VACANCY.fillDue");
        Assert.Equal("$.vacancies[0]", due.Path);
        Assert.Equal("2026-05-19", due.Argument("date"));
        if (key is null)
        {
            Assert.DoesNotContain(report.Findings, x => x.IsViolation && x.Code == "CC-VACANCY");
        }
        else
        {
            Finding breach = One(report, key);
            Assert.Equal(due.Argument("date"), breach.Argument("due"));
            Assert.Equal("$.vacancies[0].filled", breach.Path);
            Assert.Equal(due.Argument("period"), breach.Argument("period"));
        }

        Assert.Equal(due.Argument("date"), Output(Node(report, "CC-VACANCY"), "vacancies[0].fillDue"));
    }

    [Fact]
    public void CC_VACANCY_without_the_day_the_vacancy_arose_is_not_assessed_and_the_next_vacancy_still_is()
    {
        RuleReport report = Evaluate("""{ "vacancies": [ { "side": "employee" }, { "side": "employer", "arose": "2026-04-30" } ] }""", region: null, asOf: new LocalDate(2026, 5, 31));
        Assert.Equal("$.vacancies[0].arose", One(report, "engine.inputMissing").Path);
        Assert.Equal("$.vacancies[1]", One(report, "CC-VACANCY.fillDue").Path);
        Assert.Equal("$.vacancies[1].filled", One(report, "CC-VACANCY.unfilled").Path);
    }
}
