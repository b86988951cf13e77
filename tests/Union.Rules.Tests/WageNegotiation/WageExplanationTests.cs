using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Rules.Engine;
using Union.Rules.WageNegotiation;
using static Union.Rules.Tests.Engine.TraceAssert;

namespace Union.Rules.Tests.WageNegotiation;

/// <summary>
/// What each wage-negotiation rule explains, not only what it decides: the facts it read, the comparisons it made, the
/// parameters it looked up, its own outputs and the paths and arguments of its findings, on the cases' base proposal (广州 2026,
/// one grade of ten at 3000 yuan, +5 %) with one change at a time. The legal outcomes themselves are in Cases/WageNegotiation.
/// </summary>
public sealed class WageExplanationTests
{
    private const string Base = """
        { "region": "440100", "year": 2026, "name": "基础方案", "term": { "start": "2026-01-01", "end": "2026-12-31" },
          "grades": [ { "name": "操作工", "headcount": 10, "basePay": 3000 } ],
          "adjustments": [ { "termYear": 1, "increasePercent": 5 } ] }
        """;

    private static RuleReport Evaluate(string patch, string asOf = "2026-04-01", string? layer = null)
    {
        var merged = JsonNode.Parse(Base)!.AsObject();
        Union.Rules.Tests.Cases.LegalCase.MergePatch(merged, JsonNode.Parse(patch)!.AsObject());
        var doc = WageNegotiationDomain.Default.Read(merged.ToJsonString(), "case");
        Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
        JurisdictionProfile profile = JurisdictionProfile.For(doc.Value!.Region);
        if (layer is not null)
        {
            var read = ParameterLayer.Parse(File.ReadAllText(Path.Combine(Union.Rules.Tests.Cases.LegalCase.Root, "WageNegotiation", "layers", layer)), layer);
            Assert.True(read.IsValid, string.Join("; ", read.Issues));
            profile = profile.WithLayers(read.Value!);
        }

        return WageNegotiationDomain.Default.Evaluate(doc.Value!, LocalDatePattern.Iso.Parse(asOf).Value, profile).Report;
    }

    private static void ComparedNames(TraceNode node, string left, string op, string right, bool holds) =>
        Assert.Contains(node.Comparisons, c => c.Left == left && c.Operator == op && c.Right == right && c.Holds == holds);

    private static void Read(TraceNode node, params string[] parameters)
    {
        foreach (string p in parameters)
        {
            Assert.Contains(node.Parameters, r => r.Name == p);
        }
    }

    private static Finding One(RuleReport report, string key) => Assert.Single(report.Findings, f => f.MessageKey == key);

    [Fact]
    public void WN_REPLY_records_the_receipt_and_the_reply_and_compares_the_reply_with_the_last_day()
    {
        RuleReport onTime = Evaluate("""{ "process": { "proposalReceived": "2026-03-03", "reply": "2026-03-23" } }""");
        TraceNode node = Node(onTime, "WN-REPLY");
        Assert.Equal("2026-03-03", Fact(node, "process.proposalReceived"));
        Assert.Equal("2026-03-23", Fact(node, "process.reply"));
        Assert.Equal("2026-03-23", Output(node, "replyDue"));
        Compared(node, "process.reply", "2026-03-23", "≤", "replyDue", "2026-03-23", true);
        Read(node, "wn.reply.period");

        RuleReport late = Evaluate("""{ "process": { "proposalReceived": "2026-03-03", "reply": "2026-03-24" } }""");
        Compared(Node(late, "WN-REPLY"), "process.reply", "2026-03-24", "≤", "replyDue", "2026-03-23", false);
        Finding f = One(late, "WN-REPLY.late");
        Assert.Equal("$.process.reply", f.Path);
        Assert.Equal("2026-03-24", f.Argument("reply"));
        Assert.Equal("20 days", f.Argument("period"));

        Finding missing = One(Evaluate("""{ "process": { "proposalReceived": "2026-03-03" } }""", "2026-03-24"), "WN-REPLY.missing");
        Assert.Equal("$.process.reply", missing.Path);
        Assert.Equal("20 days", missing.Argument("period"));

        Finding due = One(Evaluate("""{ "process": { "proposalReceived": "2026-03-03" } }""", "2026-03-23"), "WN-REPLY.due");
        Assert.Equal("$.process.reply", due.Path);
        Assert.Equal("2026-03-23", due.Argument("due"));
        Assert.Equal("20 days", due.Argument("period"));
    }

    [Fact]
    public void WN_REPLY_a_reply_recorded_without_the_receipt_is_missing_input_and_a_year_without_holidays_is_not_guessed()
    {
        RuleReport noReceipt = Evaluate("""{ "process": { "reply": "2026-03-23" } }""");
        Assert.Equal(RuleStatus.NotAssessed, Node(noReceipt, "WN-REPLY").Status);
        Assert.Equal("$.process.proposalReceived", One(noReceipt, "engine.inputMissing").Path);

        RuleReport noCalendar = Evaluate("""{ "year": 2030, "term": { "start": "2030-01-01", "end": "2030-12-31" }, "process": { "proposalReceived": "2030-12-20" } }""", "2031-01-30");
        Assert.Equal(RuleStatus.NotAssessed, Node(noCalendar, "WN-REPLY").Status);
        Assert.Contains(noCalendar.For("WN-REPLY"), f => f.MessageKey == "engine.calendarMissing" && f.Path == "$.process.proposalReceived");
    }

    [Fact]
    public void WN_FILING_records_the_signing_and_the_filing_and_compares_the_filing_with_the_last_day()
    {
        RuleReport onTime = Evaluate("""{ "process": { "signing": "2026-03-02", "filed": "2026-03-09" } }""");
        TraceNode node = Node(onTime, "WN-FILING");
        Assert.Equal("2026-03-02", Fact(node, "process.signing"));
        Assert.Equal("2026-03-09", Fact(node, "process.filed"));
        Assert.Equal("2026-03-09", Output(node, "filingDue"));
        Compared(node, "process.filed", "2026-03-09", "≤", "filingDue", "2026-03-09", true);
        Read(node, "wn.filing.period");

        Finding late = One(Evaluate("""{ "process": { "signing": "2026-03-02", "filed": "2026-03-10" } }"""), "WN-FILING.late");
        Assert.Equal("$.process.filed", late.Path);
        Assert.Equal("2026-03-10", late.Argument("filed"));
        Assert.Equal("7 days", late.Argument("period"));

        Finding missing = One(Evaluate("""{ "process": { "signing": "2026-03-02" } }""", "2026-03-10"), "WN-FILING.missing");
        Assert.Equal("$.process.filed", missing.Path);
        Assert.Equal("7 days", missing.Argument("period"));

        Finding due = One(Evaluate("""{ "process": { "signing": "2026-03-02" } }""", "2026-03-09"), "WN-FILING.due");
        Assert.Equal("$.process.filed", due.Path);
        Assert.Equal("7 days", due.Argument("period"));
    }

    [Fact]
    public void WN_DISCLOSURE_records_the_window_and_compares_the_supply_with_its_last_day()
    {
        RuleReport onTime = Evaluate("""{ "process": { "talksStart": "2026-03-20", "informationSupplied": "2026-03-19" } }""");
        TraceNode node = Node(onTime, "WN-DISCLOSURE");
        Assert.Equal("2026-03-15", Fact(node, "windowFrom"));
        Assert.Equal("2026-03-19", Fact(node, "windowTo"));
        Compared(node, "process.informationSupplied", "2026-03-19", "≤", "windowTo", "2026-03-19", true);
        Read(node, "wn.disclosure.periodBefore");

        Finding late = One(Evaluate("""{ "process": { "talksStart": "2026-03-20", "informationSupplied": "2026-03-20" } }"""), "WN-DISCLOSURE.late");
        Assert.Equal("$.process.informationSupplied", late.Path);
        Assert.Equal("2026-03-20", late.Argument("supplied"));
        Assert.Equal("2026-03-20", late.Argument("talks"));

        Finding window = One(Evaluate("""{ "process": { "talksStart": "2026-03-20" } }""", "2026-03-19"), "WN-DISCLOSURE.window");
        Assert.Equal("$.process.talksStart", window.Path);
        Assert.Equal("2026-03-15", window.Argument("from"));
        Assert.Equal("5 days", window.Argument("period"));
    }

    [Fact]
    public void WN_APPROVAL_records_the_deliberation_and_compares_attendance_and_votes_with_the_ratios()
    {
        RuleReport report = Evaluate("""{ "process": { "approval": { "body": "allEmployeeMeeting", "date": "2026-03-01", "bodySize": 30, "present": 20, "inFavour": 15 }, "signing": "2026-03-02" } }""");
        TraceNode node = Node(report, "WN-APPROVAL");
        Assert.Equal(RuleStatus.Passed, node.Status);
        Assert.Equal("2026-03-02", Fact(node, "process.signing"));
        Assert.Equal("2026-03-01", Fact(node, "process.approval.date"));
        Assert.Equal("allEmployeeMeeting", Fact(node, "process.approval.body"));
        Assert.Equal("30", Fact(node, "process.approval.bodySize"));
        Assert.Equal("20", Fact(node, "process.approval.present"));
        Assert.Equal("15", Fact(node, "process.approval.inFavour"));
        Compared(node, "process.approval.date", "2026-03-01", "≤", "process.signing", "2026-03-02", true);
        Compared(node, "present/bodySize", "20/30", "≥", "wn.approval.quorumRatio", "2/3", true);
        Compared(node, "inFavour/bodySize", "15/30", "≥", "wn.approval.passRatio", "1/2", true);

        TraceNode congress = Node(Evaluate("""{ "process": { "approval": { "body": "workersCongress", "date": "2026-03-01", "bodySize": 30, "present": 20, "inFavour": 15 }, "signing": "2026-03-02" } }"""), "WN-APPROVAL");
        Assert.Equal("workersCongress", Fact(congress, "process.approval.body"));

        Finding after = One(Evaluate("""{ "process": { "approval": { "body": "workersCongress", "date": "2026-03-03", "bodySize": 30, "present": 20, "inFavour": 15 }, "signing": "2026-03-02" } }"""), "WN-APPROVAL.afterSigning");
        Assert.Equal("2026-03-03", after.Argument("approved"));
        Assert.Equal("2026-03-02", after.Argument("signed"));
    }

    [Fact]
    public void WN_APPROVAL_Shandong_needs_more_than_half_of_all_delegates_in_favour()
    {
        // 山东省企业工资集体协商条例 第二十七条第一款: 经全体职工代表或者全体职工过半数通过 — exactly half fails, one more passes.
        RuleReport half = Evaluate("""{ "region": "370000", "process": { "approval": { "body": "workersCongress", "date": "2026-03-01", "bodySize": 30, "present": 30, "inFavour": 15 }, "signing": "2026-03-02" } }""");
        Finding majority = One(half, "WN-APPROVAL.majority");
        Assert.Equal("$.process.approval.inFavour", majority.Path);
        Assert.Equal("15", majority.Argument("inFavour"));
        Assert.Equal("16", majority.Argument("needed"));
        Compared(Node(half, "WN-APPROVAL"), "inFavour/bodySize", "15/30", ">", "wn.approval.passRatio", "1/2", false);

        RuleReport more = Evaluate("""{ "region": "370000", "process": { "approval": { "body": "workersCongress", "date": "2026-03-01", "bodySize": 30, "present": 30, "inFavour": 16 }, "signing": "2026-03-02" } }""");
        Assert.Equal(RuleStatus.Passed, Node(more, "WN-APPROVAL").Status);
        Assert.Empty(more.For("WN-APPROVAL"));
    }

    [Fact]
    public void WN_APPROVAL_a_body_of_no_members_is_missing_input()
    {
        RuleReport report = Evaluate("""{ "process": { "approval": { "body": "workersCongress", "date": "2026-03-01", "bodySize": 0, "present": 0, "inFavour": 0 }, "signing": "2026-03-02" } }""");
        Assert.Equal(RuleStatus.NotAssessed, Node(report, "WN-APPROVAL").Status);
        Assert.Equal("$.process.approval.bodySize", Assert.Single(report.For("WN-APPROVAL")).Path);
    }

    [Fact]
    public void WN_APPROVAL_Shanghai_signed_today_without_a_vote_yet_is_in_order_and_a_day_later_is_not()
    {
        // 上海市集体合同条例 第二十二条: the chiefs sign first, then the signed text goes to the congress.
        RuleReport today = Evaluate("""{ "region": "310000", "process": { "signing": "2026-03-02" } }""", "2026-03-02");
        Assert.Empty(today.For("WN-APPROVAL"));

        RuleReport later = Evaluate("""{ "region": "310000", "process": { "signing": "2026-03-02" } }""", "2026-03-03");
        Finding missing = One(later, "WN-APPROVAL.missing");
        Assert.Equal("$.process.approval", missing.Path);
    }

    [Fact]
    public void WN_EFFECT_records_the_filing_the_review_and_its_own_outputs()
    {
        RuleReport deemed = Evaluate("""{ "process": { "signing": "2026-03-02", "filed": "2026-03-09" } }""", "2026-03-30");
        TraceNode node = Node(deemed, "WN-EFFECT");
        Assert.Equal("2026-03-09", Fact(node, "$.process.filed"));
        Assert.Equal("2026-03-09", Fact(node, "process.filed"));
        Assert.Null(Fact(node, "process.review.received"));
        Assert.Equal("2026-03-24", Output(node, "reviewEnds"));
        Assert.Equal("2026-03-25", Output(node, "effectiveFrom"));
        Assert.Equal("Deemed", Output(node, "effect"));
        Read(node, "wn.review.period", "wn.review.trigger", "wn.review.deemedApproval");
        Finding d = One(deemed, "WN-EFFECT.deemed");
        Assert.Equal("$.process.filed", d.Path);
        Assert.Equal("15 days", d.Argument("period"));

        Finding pending = One(Evaluate("""{ "process": { "signing": "2026-03-02", "filed": "2026-03-09" } }""", "2026-03-24"), "WN-EFFECT.pending");
        Assert.Equal("$.process.filed", pending.Path);
        Assert.Equal("15 days", pending.Argument("period"));

        RuleReport approved = Evaluate("""{ "process": { "filed": "2026-03-09", "review": { "received": "2026-03-20", "objection": false } } }""", "2026-03-30");
        TraceNode a = Node(approved, "WN-EFFECT");
        Assert.Equal("2026-03-20", Fact(a, "process.review.received"));
        Assert.Equal("Approved", Output(a, "effect"));
        Assert.Equal("2026-03-20", Output(a, "effectiveFrom"));
        Assert.Equal("$.process.review", One(approved, "WN-EFFECT.approved").Path);

        RuleReport returned = Evaluate("""{ "process": { "filed": "2026-03-09", "review": { "received": "2026-03-20", "objection": true } } }""", "2026-03-30");
        TraceNode r = Node(returned, "WN-EFFECT");
        Assert.Equal("Returned", Output(r, "effect"));
        Assert.Null(Output(r, "effectiveFrom"));
        Assert.Equal("$.process.review", One(returned, "WN-EFFECT.returned").Path);
    }

    [Fact]
    public void WN_EFFECT_Shanghai_counts_from_receipt_and_Jilin_awaits_the_written_opinion()
    {
        RuleReport shanghai = Evaluate("""{ "region": "310000", "process": { "signing": "2026-03-02", "filed": "2026-03-09", "filingReceived": "2026-03-10" } }""", "2026-03-30");
        TraceNode s = Node(shanghai, "WN-EFFECT");
        Assert.Equal("2026-03-10", Fact(s, "$.process.filingReceived"));
        Assert.Equal("$.process.filingReceived", One(shanghai, "WN-EFFECT.deemed").Path);

        RuleReport jilin = Evaluate("""{ "region": "220000", "process": { "signing": "2026-03-02", "filed": "2026-03-09" } }""", "2026-04-30");
        TraceNode j = Node(jilin, "WN-EFFECT");
        Assert.Equal("AwaitingOpinion", Output(j, "effect"));
        Assert.Null(Output(j, "effectiveFrom"));
        Finding awaiting = One(jilin, "WN-EFFECT.awaitingOpinion");
        Assert.Equal("$.process.filed", awaiting.Path);
        Assert.Equal("2026-03-24", awaiting.Argument("reviewEnds"));
        Assert.Equal("15 days", awaiting.Argument("period"));
    }

    [Fact]
    public void WN_PUBLICATION_compares_the_publication_with_the_last_day_and_says_why_it_does_not_apply()
    {
        RuleReport onTime = Evaluate("""{ "process": { "filed": "2026-03-09", "review": { "received": "2026-03-20", "objection": false }, "published": "2026-03-25" } }""", "2026-04-10");
        TraceNode node = Node(onTime, "WN-PUBLICATION");
        Assert.Equal("2026-03-25", Output(node, "publicationDue"));
        Compared(node, "process.published", "2026-03-25", "≤", "publicationDue", "2026-03-25", true);
        Read(node, "wn.publication.period");

        Finding missing = One(Evaluate("""{ "process": { "filed": "2026-03-09", "review": { "received": "2026-03-20", "objection": false } } }""", "2026-03-26"), "WN-PUBLICATION.missing");
        Assert.Equal("$.process.published", missing.Path);
        Assert.Equal("5 days", missing.Argument("period"));

        TraceNode returned = Node(Evaluate("""{ "process": { "filed": "2026-03-09", "review": { "received": "2026-03-20", "objection": true } } }""", "2026-04-10"), "WN-PUBLICATION");
        Assert.Equal(RuleStatus.NotApplicable, returned.Status);
        Assert.Equal("Returned", Fact(returned, "effect"));

        TraceNode notYet = Node(Evaluate("""{ "process": { "filed": "2026-03-09" } }""", "2026-03-15"), "WN-PUBLICATION");
        Assert.Equal(RuleStatus.NotApplicable, notYet.Status);
        Assert.Equal("Deemed", Fact(notYet, "effect"));
    }

    [Fact]
    public void WN_PUBLICATION_is_not_assessed_when_the_effect_could_not_be_worked_out()
    {
        // 上海: the review runs from receipt; with no receipt recorded WN-EFFECT cannot say when the agreement takes effect.
        RuleReport report = Evaluate("""{ "region": "310000", "process": { "signing": "2026-03-02", "filed": "2026-03-09" } }""", "2026-04-10");
        Assert.Equal(RuleStatus.NotAssessed, Node(report, "WN-PUBLICATION").Status);
        Finding f = Assert.Single(report.For("WN-PUBLICATION"));
        Assert.Equal("engine.prerequisiteMissing", f.MessageKey);
        Assert.Equal("$.process", f.Path);
        Assert.Equal("WN-EFFECT", f.Argument("rule"));
    }

    [Fact]
    public void WN_PUBLICATION_published_before_the_agreement_takes_effect_is_checked_not_skipped()
    {
        // Assessed before the effective day, but a publication is recorded: it is on time (the day is before the last day).
        RuleReport report = Evaluate("""{ "process": { "filed": "2026-03-09", "review": { "received": "2026-03-20", "objection": false }, "published": "2026-03-19" } }""", "2026-03-19");
        TraceNode node = Node(report, "WN-PUBLICATION");
        Assert.Equal(RuleStatus.Computed, node.Status);
        Compared(node, "process.published", "2026-03-19", "≤", "publicationDue", "2026-03-25", true);
    }

    [Fact]
    public void WN_TERM_records_the_term_compares_its_last_day_with_the_limits_and_records_a_usual_length_not_set()
    {
        RuleReport national = Evaluate("{}");
        TraceNode node = Node(national, "WN-TERM");
        Assert.Equal("2026-01-01", Fact(node, "term.start"));
        Assert.Equal("2026-12-31", Fact(node, "term.end"));
        Assert.Equal("none", Fact(node, "wn.term.usualYears"));
        Assert.Equal("2026-12-31", Output(node, "agreementEnds"));
        Compared(node, "term.end", "2026-12-31", "≥", "lastDay(minYears)", "2026-12-31", true);
        Compared(node, "term.end", "2026-12-31", "≤", "lastDay(maxYears)", "2028-12-31", true);
        Read(node, "wn.term.minYears", "wn.term.maxYears", "wn.term.binding");
        Assert.DoesNotContain(node.Parameters, r => r.Name == "wn.term.usualYears");

        RuleReport shanghai = Evaluate("""{ "region": "310000", "term": { "end": "2027-01-01" } }""");
        TraceNode sh = Node(shanghai, "WN-TERM");
        Read(sh, "wn.term.usualYears");
        Finding unusual = One(shanghai, "WN-TERM.unusual");
        Assert.Equal(Severity.Warning, unusual.Severity);
        Assert.Equal("$.term.end", unusual.Path);
        Assert.Equal("1", unusual.Argument("usual"));
        Assert.Equal("2026-12-31", unusual.Argument("usualEnd"));

        RuleReport innerMongolia = Evaluate("""{ "region": "150000", "term": { "end": "2027-12-31" } }""");
        Compared(Node(innerMongolia, "WN-TERM"), "term.end", "2027-12-31", "≤", "lastDay(maxYears)", "2026-12-31", false);
        Finding tooLong = One(innerMongolia, "WN-TERM.long");
        Assert.Equal(Severity.Violation, tooLong.Severity);
        Assert.Equal("1", tooLong.Argument("max"));
        Assert.Equal("2026-12-31", tooLong.Argument("longestEnd"));
    }

    [Fact]
    public void WN_FREQUENCY_reports_on_the_term_and_reads_both_parameters()
    {
        RuleReport report = Evaluate("{}", "2026-03-01");
        TraceNode node = Node(report, "WN-FREQUENCY");
        Read(node, "wn.frequency.months", "wn.renewal.window");
        Assert.Equal("$.term", One(report, "WN-FREQUENCY.next").Path);
        Assert.DoesNotContain(report.Findings, f => f.MessageKey == "WN-FREQUENCY.multiYear");

        Finding multi = One(Evaluate("""{ "term": { "start": "2026-01-01", "end": "2028-12-31" } }""", "2026-03-01"), "WN-FREQUENCY.multiYear");
        Assert.Equal("$.term", multi.Path);
        Assert.Equal("12", multi.Argument("months"));
    }

    [Fact]
    public void WN_CONTENT_records_the_items_covered()
    {
        TraceNode node = Node(Evaluate("{}"), "WN-CONTENT");
        Assert.Equal("1,2,3", Fact(node, "contents"));

        TraceNode all = Node(Evaluate("""{ "contents": [ "liability", "bonusesAndAllowances", "paymentMethod", "changeProcedure", "terminationConditions", "other" ] }"""), "WN-CONTENT");
        Assert.Equal("1,2,3,4,5,6,7,8,9", Fact(all, "contents"));
        Assert.Equal(RuleStatus.Passed, all.Status);
    }

    [Fact]
    public void WN_FACTORS_records_each_factor_with_its_value_and_takes_the_enterprise_figures_where_the_factors_are_silent()
    {
        RuleReport report = Evaluate("""{ "enterprise": { "profitGrowthPercent": 4.5, "labourCost": 1200000 }, "factors": { "lastYearTotalPayroll": 360000, "marketGuidePrice": 3200, "stateAssetsPreservationPercent": 103.5, "other": "同行业调查" } }""");
        TraceNode node = Node(report, "WN-FACTORS");
        Assert.Equal("1200000", Fact(node, "factor1.labourCostLevel"));
        Assert.Null(Fact(node, "factor2.regionalAverageWage"));
        Assert.Equal("3200", Fact(node, "factor3.guidelineOrMarketPrice"));
        Assert.Null(Fact(node, "factor4.cpiPercent"));
        Assert.Equal("4.5", Fact(node, "factor5.productivityOrProfit"));
        Assert.Equal("103.5", Fact(node, "factor6.stateAssetsPreservationPercent"));
        Assert.Equal("360000", Fact(node, "factor7.lastYearPayroll"));
        Assert.Equal("同行业调查", Fact(node, "factor8.other"));
        Finding brief = One(report, "WN-FACTORS.brief");
        Assert.Equal("$.factors", brief.Path);
        Assert.Equal("1, 3, 5, 6, 7, 8", brief.Argument("present"));
        Assert.Equal("2, 4", brief.Argument("missing"));

        RuleReport own = Evaluate("""{ "enterprise": { "profitGrowthPercent": 4.5, "productivityGrowthPercent": 3.2, "labourCost": 1200000 }, "factors": { "labourCostLevel": 1100000, "lastYearTotalPayroll": 360000, "lastYearAverageWage": 3000 } }""");
        TraceNode o = Node(own, "WN-FACTORS");
        Assert.Equal("1100000", Fact(o, "factor1.labourCostLevel"));
        Assert.Equal("3.2", Fact(o, "factor5.productivityOrProfit"));
        Assert.Equal("360000", Fact(o, "factor7.lastYearPayroll"));
    }

    [Fact]
    public void WN_FACTORS_all_eight_present_leaves_none_missing()
    {
        RuleReport report = Evaluate("""{ "enterprise": { "productivityGrowthPercent": 3.2 }, "factors": { "labourCostLevel": 1100000, "regionalAverageWage": 9167, "marketGuidePrice": 3200, "cpiPercent": 0.8, "stateAssetsPreservationPercent": 103.5, "lastYearAverageWage": 3000, "other": "x" } }""");
        Finding brief = One(report, "WN-FACTORS.brief");
        Assert.Equal("1, 2, 3, 4, 5, 6, 7, 8", brief.Argument("present"));
        Assert.Equal("-", brief.Argument("missing"));
    }

    [Fact]
    public void WN_GUIDELINE_records_the_enterprise_and_compares_the_increase_with_each_line()
    {
        RuleReport report = Evaluate("""{ "enterprise": { "profitGrowthPercent": 12, "unionConsentsToZeroOrNegativeGrowth": true }, "adjustments": [ { "termYear": 1, "increasePercent": 8 } ] }""", layer: "guideline-2026.json");
        TraceNode node = Node(report, "WN-GUIDELINE");
        Assert.Equal("12", Fact(node, "enterprise.profitGrowthPercent"));
        Assert.Equal("false", Fact(node, "enterprise.lossMaking"));
        Assert.Equal("false", Fact(node, "enterprise.inDifficulty"));
        Assert.Equal("true", Fact(node, "enterprise.unionConsentsToZeroOrNegativeGrowth"));
        Assert.StartsWith("8", Fact(node, "increasePercent"), StringComparison.Ordinal);
        ComparedNames(node, "increase", "≤", "standard.wageGuideline.upper", true);
        ComparedNames(node, "increase", "≥", "standard.wageGuideline.lower", true);
        Read(node, "standard.wageGuideline.base", "standard.wageGuideline.upper", "standard.wageGuideline.lower");

        TraceNode hard = Node(Evaluate("""{ "enterprise": { "lossMaking": true, "inDifficulty": true }, "adjustments": [ { "termYear": 1, "increasePercent": 8 } ] }""", layer: "guideline-2026.json"), "WN-GUIDELINE");
        Assert.Equal("true", Fact(hard, "enterprise.lossMaking"));
        Assert.Equal("true", Fact(hard, "enterprise.inDifficulty"));
        Assert.Equal("false", Fact(hard, "enterprise.unionConsentsToZeroOrNegativeGrowth"));
    }

    [Fact]
    public void WN_OVERTIME_PAY_records_each_grade_s_lawful_hourly_base_and_compares_the_agreed_base_on_each_date()
    {
        // 3000 + 5 % = 3150 a month in year 1; 3150 ÷ (21.75 × 8) = 18.10 yuan an hour.
        RuleReport report = Evaluate("""{ "overtime": { "workdayRate": 1.5 }, "grades": [ { "name": "操作工", "headcount": 10, "basePay": 3000, "overtimeHourlyBase": 18.11 }, { "name": "辅工", "headcount": 5, "basePay": 3000 } ] }""");
        TraceNode node = Node(report, "WN-OVERTIME-PAY");
        Assert.Equal("18.10", Fact(node, "$.grades[0].hourlyBase"));
        Assert.Equal("18.10", Fact(node, "$.grades[1].hourlyBase"));
        ComparedNames(node, "$.grades[0].overtimeHourlyBase@2026-01-01", "≥", "wageStandard ÷ (wage.paidDaysPerMonth × wage.hoursPerDay)", true);
        Assert.DoesNotContain(node.Comparisons, c => c.Left.StartsWith("$.grades[1]", StringComparison.Ordinal));

        // Nationally the base does not depend on the minimum wage, so the rise of 1 September 2026 is no date to compare on.
        Assert.Single(node.Comparisons, c => c.Left.StartsWith("$.grades[0].overtimeHourlyBase@", StringComparison.Ordinal));
        Read(node, "wage.paidDaysPerMonth", "wage.hoursPerDay");
        Assert.Equal(RuleStatus.Passed, node.Status);

        RuleReport below = Evaluate("""{ "overtime": { "workdayRate": 1.5 }, "grades": [ { "name": "操作工", "headcount": 10, "basePay": 3000, "overtimeHourlyBase": 18.10 } ] }""");
        Finding f = One(below, "WN-OVERTIME-PAY.base");
        Assert.Equal("$.grades[0].overtimeHourlyBase", f.Path);
        Assert.Equal("操作工", f.Argument("grade"));
        Assert.Equal("2026-01-01", f.Argument("date"));
        Assert.Equal("18.10", f.Argument("agreed"));
        Assert.Equal("3150", f.Argument("monthly"));
        Assert.Equal("18.10", f.Argument("lawful"));
        Assert.Equal("21.75", f.Argument("days"));
        Assert.Equal("8", f.Argument("hours"));
    }

    [Fact]
    public void WN_PROBATION_PAY_names_the_base_of_the_80_percent_in_its_comparison()
    {
        const string grades = """{ "adjustments": [], "grades": [ { "name": "装配二级", "post": "装配", "headcount": 10, "basePay": 5000, "probationPay": 4000 }, { "name": "装配一级", "post": "装配", "headcount": 10, "basePay": 4000 } ] }""";
        TraceNode agreed = Node(Evaluate(grades), "WN-PROBATION-PAY");
        Compared(agreed, "$.grades[0].probationPay", "4000", "≥", "probation.payRatio × agreedWage", "4000", true);
        Read(agreed, "probation.payRatio", "probation.payBase");

        TraceNode lowest = Node(Evaluate(grades, layer: "probation-lowest-grade.json"), "WN-PROBATION-PAY");
        Compared(lowest, "$.grades[0].probationPay", "4000", "≥", "probation.payRatio × lowestGrade", "3200", true);

        Finding f = One(Evaluate("""{ "adjustments": [], "grades": [ { "name": "技工", "headcount": 10, "basePay": 5000, "probationPay": 3999.99 } ] }"""), "WN-PROBATION-PAY.belowRatio");
        Assert.Equal("$.grades[0].probationPay", f.Path);
        Assert.Equal("技工", f.Argument("grade"));
        Assert.Equal("3999.99", f.Argument("pay"));
    }

    [Fact]
    public void WN_MINWAGE_MONTHLY_records_the_dates_compared_and_each_grade_s_excluded_components()
    {
        RuleReport report = Evaluate("""{ "grades": [ { "name": "操作工", "headcount": 10, "basePay": 3000, "components": [ { "kind": "nightShiftAllowance", "amount": 400 }, { "kind": "bonus", "amount": 100 } ] } ] }""");
        TraceNode node = Node(report, "WN-MINWAGE-MONTHLY");
        Assert.Equal("2026-01-01,2026-09-01", Fact(node, "checkedDates"));
        Assert.Equal("400", Fact(node, "$.grades[0].excludedComponents"));
    }
}
