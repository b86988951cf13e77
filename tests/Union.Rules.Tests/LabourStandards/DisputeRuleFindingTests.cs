using NodaTime;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// LS-DISPUTE's findings, each by key, the field it points at, its arguments and the article it cites (劳动争议调解仲裁法
/// 第二十七条, 第二十九条, 第四十三条, 第四十七条, 第五十条; 民法典 第二百零三条 for a moved last day), on the cases' base file
/// (北京) with one dispute at a time.
/// </summary>
public sealed class DisputeRuleFindingTests
{
    private static RuleReport Evaluate(string dispute, string asOf = "2026-11-01", params string[] layers) =>
        LabourExplanationTests.Evaluate("{ \"disputes\": [ " + dispute + " ] }", asOf, layers);

    private static Finding One(RuleReport report, string key) => Assert.Single(report.For("LS-DISPUTE"), f => f.MessageKey == "LS-DISPUTE." + key || f.MessageKey == key);

    private static void Is(Finding f, string path, string citation, params (string Name, string Value)[] args)
    {
        Assert.Equal("$.disputes[0]." + path, f.Path);
        Assert.Equal(citation, f.Citation.ToChinese());
        Assert.Equal(args.Select(a => a.Name + "=" + a.Value), f.Arguments.Select(a => a.Key + "=" + a.Value));
    }

    private static string[] Keys(RuleReport report) => [.. report.For("LS-DISPUTE").Select(f => f.MessageKey)];

    [Fact]
    public void The_limitation_from_knowledge_points_at_the_day_known_and_a_moved_last_day_names_the_holiday()
    {
        RuleReport r = Evaluate("""{ "knewOfInfringement": "2025-10-01", "claimKind": "other" }""");
        Is(One(r, "limitationEnds"), "knewOfInfringement", "《劳动争议调解仲裁法》第二十七条第一款", ("event", "2025-10-01"), ("period", "1 years"), ("date", "2026-10-08"));
        Is(One(r, "moved"), "knewOfInfringement", "《民法典》第二百零三条", ("deadline", "dispute.limitationEnds"), ("nominal", "2026-10-01"), ("holiday", "国庆节"), ("date", "2026-10-08"));
        Assert.True(r.TryGet(SeparationOutputs.LimitationEnds(0), out LocalDate end));
        Assert.Equal(new LocalDate(2026, 10, 8), end);
        Assert.True(r.TryGet(SeparationOutputs.Dispute(0), out DisputeDeadlinesResult? result));
        Assert.Equal(LimitationBasis.FromKnowledge, result!.Basis);
    }

    [Fact]
    public void A_last_day_on_a_weekend_is_moved_and_named_so_and_not_moved_where_a_layer_says_weekends_do_not_move_it()
    {
        // 2025-03-01 + 1 year = Sunday 2026-03-01.
        RuleReport moved = Evaluate("""{ "knewOfInfringement": "2025-03-01", "claimKind": "other" }""");
        Assert.Equal("weekend", One(moved, "moved").Argument("holiday"));
        Assert.Equal("2026-03-02", One(moved, "limitationEnds").Argument("date"));

        string layer = """{ "parameters": { "calendar.weekendMovesDeadline": { "values": [ { "from": "2000-01-01", "value": false, "source": "测试用" } ] } } }""";
        RuleReport kept = Evaluate("""{ "knewOfInfringement": "2025-03-01", "claimKind": "other" }""", layers: layer);
        Assert.Equal("2026-03-01", One(kept, "limitationEnds").Argument("date"));
        Assert.DoesNotContain("LS-DISPUTE.moved", Keys(kept));
    }

    [Fact]
    public void Pay_after_the_relation_ended_points_at_the_end_of_the_relation_and_pay_while_it_lasts_says_no_limitation_runs()
    {
        RuleReport ended = Evaluate("""{ "claimKind": "pay", "relationEnded": "2025-12-31", "claimAmount": 1000 }""");
        Is(One(ended, "limitationEnds"), "relationEnded", "《劳动争议调解仲裁法》第二十七条第四款", ("event", "2025-12-31"), ("period", "1 years"), ("date", "2026-12-31"));

        RuleReport lasting = Evaluate("""{ "claimKind": "pay", "knewOfInfringement": "2024-05-01", "claimAmount": 1000 }""");
        Is(One(lasting, "payWhileEmployed"), "relationEnded", "《劳动争议调解仲裁法》第二十七条第四款");
        Assert.DoesNotContain("LS-DISPUTE.limitationEnds", Keys(lasting));
        Assert.DoesNotContain("engine.inputMissing", Keys(lasting));
    }

    [Fact]
    public void Without_the_day_the_infringement_was_known_the_limitation_is_not_assessed_naming_that_field()
    {
        RuleReport r = Evaluate("""{ "claimKind": "other" }""");
        Finding f = One(r, "engine.inputMissing");
        Assert.Equal(("$.disputes[0].knewOfInfringement", "$.disputes[0].knewOfInfringement"), (f.Path, f.Argument("field")));
        Assert.Equal(RuleStatus.NotAssessed, r.NodeFor("LS-DISPUTE")!.Status);
    }

    [Fact]
    public void An_application_after_the_limitation_is_time_barred_and_none_by_a_day_after_it_the_limitation_has_passed()
    {
        // Knowledge 2025-06-01: the year ends Monday 2026-06-01.
        RuleReport barred = Evaluate("""{ "knewOfInfringement": "2025-06-01", "arbitrationApplied": "2026-06-02", "claimKind": "other" }""");
        Is(One(barred, "timeBarred"), "arbitrationApplied", "《劳动争议调解仲裁法》第二十七条第一款", ("applied", "2026-06-02"), ("end", "2026-06-01"));
        Assert.DoesNotContain("LS-DISPUTE.limitationPassed", Keys(barred));

        RuleReport inTime = Evaluate("""{ "knewOfInfringement": "2025-06-01", "arbitrationApplied": "2026-06-01", "claimKind": "other" }""");
        Assert.DoesNotContain("LS-DISPUTE.timeBarred", Keys(inTime));

        RuleReport passed = Evaluate("""{ "knewOfInfringement": "2025-06-01", "claimKind": "other" }""", "2026-06-02");
        Is(One(passed, "limitationPassed"), "arbitrationApplied", "《劳动争议调解仲裁法》第二十七条第一款", ("end", "2026-06-01"), ("asOf", "2026-06-02"));
        Assert.DoesNotContain("LS-DISPUTE.limitationPassed", Keys(Evaluate("""{ "knewOfInfringement": "2025-06-01", "claimKind": "other" }""", "2026-06-01")));
    }

    [Fact]
    public void A_late_acceptance_names_the_day_accepted_and_the_fifth_day()
    {
        // Applied Monday 2026-03-02: five days end Saturday 03-07, moved to Monday 03-09.
        RuleReport late = Evaluate("""{ "knewOfInfringement": "2025-06-01", "arbitrationApplied": "2026-03-02", "arbitrationAccepted": "2026-03-10", "claimKind": "other" }""");
        Is(One(late, "acceptanceLate"), "arbitrationAccepted", "《劳动争议调解仲裁法》第二十九条", ("accepted", "2026-03-10"), ("due", "2026-03-09"));
        RuleReport onTime = Evaluate("""{ "knewOfInfringement": "2025-06-01", "arbitrationApplied": "2026-03-02", "arbitrationAccepted": "2026-03-09", "claimKind": "other" }""");
        Assert.DoesNotContain("LS-DISPUTE.acceptanceLate", Keys(onTime));
    }

    [Fact]
    public void A_late_award_is_measured_against_the_extended_day_when_an_extension_was_approved()
    {
        // Accepted 2026-03-02: forty-five days end 2026-04-16; fifteen more from that day end 2026-05-01 (劳动节), moved to 05-06.
        const string accepted = """ "knewOfInfringement": "2025-06-01", "arbitrationApplied": "2026-03-01", "arbitrationAccepted": "2026-03-02", "claimKind": "other" """;
        RuleReport extendedLate = Evaluate("{" + accepted + """, "extensionApproved": true, "awardMade": "2026-05-07" }""");
        Is(One(extendedLate, "awardLate"), "awardMade", "《劳动争议调解仲裁法》第四十三条第一款", ("made", "2026-05-07"), ("due", "2026-05-06"));
        Assert.DoesNotContain("LS-DISPUTE.awardLate", Keys(Evaluate("{" + accepted + """, "extensionApproved": true, "awardMade": "2026-05-06" }""")));

        RuleReport plainLate = Evaluate("{" + accepted + """, "awardMade": "2026-04-17" }""");
        Assert.Equal("2026-04-16", One(plainLate, "awardLate").Argument("due"));

        RuleReport none = Evaluate("{" + accepted + """, "extensionApproved": true }""", "2026-05-07");
        Is(One(none, "noAwardInTime"), "awardMade", "《劳动争议调解仲裁法》第四十三条第一款", ("asOf", "2026-05-07"), ("due", "2026-05-06"));
        Assert.DoesNotContain("LS-DISPUTE.noAwardInTime", Keys(Evaluate("{" + accepted + """, "extensionApproved": true }""", "2026-05-06")));
    }

    [Fact]
    public void A_final_award_by_amount_names_the_amount_the_minimum_the_months_and_the_limit_and_one_fen_more_is_not_final()
    {
        const string claim = """ "claimKind": "damages", "relationEnded": "2026-01-31", "knewOfInfringement": "2026-01-31", "arbitrationApplied": "2026-03-02" """;
        RuleReport final = Evaluate("{" + claim + """, "claimAmount": 30480 }""");
        Is(One(final, "finalAward"), "claimAmount", "《劳动争议调解仲裁法》第四十七条第（一）项", ("amount", "30480"), ("minimum", "2540"), ("months", "12"), ("limit", "30480"));
        RuleReport notFinal = Evaluate("{" + claim + """, "claimAmount": 30480.01 }""");
        Is(One(notFinal, "notFinalAward"), "claimAmount", "《劳动争议调解仲裁法》第四十七条第（一）项", ("amount", "30480.01"), ("minimum", "2540"), ("months", "12"), ("limit", "30480"));
    }

    [Fact]
    public void A_dispute_over_the_labour_standards_is_final_by_its_kind_and_any_other_kind_is_not()
    {
        RuleReport standards = Evaluate("""{ "knewOfInfringement": "2025-06-01", "claimKind": "labourStandards", "claimAmount": 1000000 }""");
        Is(One(standards, "finalStandards"), "claimKind", "《劳动争议调解仲裁法》第四十七条第（二）项");
        RuleReport other = Evaluate("""{ "knewOfInfringement": "2025-06-01", "claimKind": "other", "claimAmount": 1 }""");
        Is(One(other, "notFinalKind"), "claimKind", "《劳动争议调解仲裁法》第五十条");
        Assert.DoesNotContain("LS-DISPUTE.notFinalAward", Keys(other));
    }

    [Fact]
    public void A_claim_of_unknown_kind_is_not_assessed_once_the_award_is_served_and_a_money_claim_without_its_amount_always()
    {
        RuleReport served = Evaluate("""{ "knewOfInfringement": "2025-06-01", "awardServed": "2026-09-16" }""");
        Assert.Equal("$.disputes[0].claimKind", One(served, "engine.inputMissing").Path);
        Assert.DoesNotContain("engine.inputMissing", Keys(Evaluate("""{ "knewOfInfringement": "2025-06-01" }""")));

        RuleReport noAmount = Evaluate("""{ "knewOfInfringement": "2025-06-01", "claimKind": "economicCompensation" }""");
        Assert.Equal("$.disputes[0].claimAmount", One(noAmount, "engine.inputMissing").Path);
        Assert.Equal(RuleStatus.NotAssessed, noAmount.NodeFor("LS-DISPUTE")!.Status);
        Assert.DoesNotContain("engine.inputMissing", Keys(Evaluate("""{ "knewOfInfringement": "2025-06-01", "claimKind": "other" }""")));
    }
}
