using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.LabourStandards.SeparationProfiles;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// 劳动争议调解仲裁法 第二十七条, 第二十九条, 第四十三条, 第四十七条: which limitation applies and what the calculator says about
/// it (each remark by key and arguments, in order), the interruptions counted and ignored at the running year's first and last
/// day, and each "late" flag on its day and the day after.
/// </summary>
public sealed class DisputeRemarkTests
{
    private static DisputeDeadlinesResult Calc(DisputeCase d, LocalDate? asOf = null, JurisdictionProfile? profile = null) =>
        DisputeDeadlineTests.Calc(d, profile, asOf);

    private static string[] Keys(DisputeDeadlinesResult r) => [.. r.Remarks.Select(x => x.Key["LS-DISPUTE.remark.".Length..])];

    private static CalculatorRemark Remark(DisputeDeadlinesResult r, string key) => Assert.Single(r.Remarks, x => x.Key == "LS-DISPUTE.remark." + key);

    [Fact]
    public void Pay_owed_while_the_relation_lasts_ignores_every_interruption_and_says_so()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(KnewOfInfringement: D(2024, 5, 1), ClaimKind: DisputeClaimKind.Pay, Interruptions: [D(2024, 9, 1), D(2024, 6, 1)]));
        Assert.Equal(LimitationBasis.PayWhileEmployed, r.Basis);
        Assert.Equal([D(2024, 6, 1), D(2024, 9, 1)], r.InterruptionsIgnored);
        Assert.Empty(r.InterruptionsCounted);
        Assert.Equal(["payWhileEmployed", "suspension", "finalUndecided"], Keys(r));
        Assert.Null(r.TimeBarred);
        Assert.False(r.LimitationPassed);
    }

    [Fact]
    public void Pay_owed_after_the_relation_ended_counts_a_year_from_the_end_and_leaves_interruptions_out()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(KnewOfInfringement: D(2025, 12, 31), ClaimKind: DisputeClaimKind.Pay, RelationEnded: D(2025, 12, 31), Interruptions: [D(2026, 3, 1)]));
        Assert.Equal(LimitationBasis.PayAfterRelationEnded, r.Basis);
        Assert.Equal("2025-12-31", Remark(r, "payAfterRelation").Argument("ended"));
        Assert.Equal(["payAfterRelation", "payInterruptions", "suspension", "finalUndecided"], Keys(r));
        Assert.Equal([D(2026, 3, 1)], r.InterruptionsIgnored);
        Assert.Equal(D(2026, 12, 31), r.Date("limitationEnds")!.End);

        DisputeDeadlinesResult none = Calc(new DisputeCase(ClaimKind: DisputeClaimKind.Pay, RelationEnded: D(2025, 12, 31)));
        Assert.Equal(LimitationBasis.PayAfterRelationEnded, none.Basis);
        Assert.DoesNotContain("payInterruptions", Keys(none));
    }

    [Fact]
    public void Pay_first_known_after_the_relation_ended_runs_from_knowledge_and_known_on_the_last_day_from_the_end()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(KnewOfInfringement: D(2025, 3, 10), ClaimKind: DisputeClaimKind.Pay, RelationEnded: D(2025, 3, 9)));
        Assert.Equal(LimitationBasis.FromKnowledge, r.Basis);
        Assert.Equal(D(2026, 3, 10), r.Date("limitationEnds")!.End);
        Assert.Equal("《劳动争议调解仲裁法》第二十七条第一款", r.Date("limitationEnds")!.Citation.ToChinese());
        Assert.DoesNotContain("payAfterRelation", Keys(r));

        DisputeDeadlinesResult sameDay = Calc(new DisputeCase(KnewOfInfringement: D(2025, 3, 9), ClaimKind: DisputeClaimKind.Pay, RelationEnded: D(2025, 3, 9)));
        Assert.Equal(LimitationBasis.PayAfterRelationEnded, sameDay.Basis);
    }

    [Fact]
    public void An_interruption_on_the_first_or_the_last_day_of_the_running_year_counts_and_the_day_after_the_last_does_not()
    {
        // Knowledge 2024-08-09 (a Friday): the year ends Saturday 2025-08-09, moved to Monday 2025-08-11.
        DisputeDeadlinesResult onLast = Calc(new DisputeCase(KnewOfInfringement: D(2024, 8, 9), Interruptions: [D(2025, 8, 11)]));
        Assert.Equal([D(2025, 8, 11)], onLast.InterruptionsCounted);
        Assert.Equal(D(2026, 8, 11), onLast.Date("limitationEnds")!.End);

        DisputeDeadlinesResult after = Calc(new DisputeCase(KnewOfInfringement: D(2024, 8, 9), Interruptions: [D(2025, 8, 12)]));
        Assert.Empty(after.InterruptionsCounted);
        Assert.Equal([D(2025, 8, 12)], after.InterruptionsIgnored);
        Assert.Equal(D(2025, 8, 11), after.Date("limitationEnds")!.End);
        Assert.Equal("2025-08-12", Remark(after, "interruptionsIgnored").Argument("dates"));

        DisputeDeadlinesResult onFirst = Calc(new DisputeCase(KnewOfInfringement: D(2024, 8, 9), Interruptions: [D(2024, 8, 9)]));
        Assert.Equal([D(2024, 8, 9)], onFirst.InterruptionsCounted);
        Assert.Equal(D(2025, 8, 11), onFirst.Date("limitationEnds")!.End);

        DisputeDeadlinesResult before = Calc(new DisputeCase(KnewOfInfringement: D(2024, 8, 9), Interruptions: [D(2024, 8, 8)]));
        Assert.Equal([D(2024, 8, 8)], before.InterruptionsIgnored);
        Assert.Equal(D(2025, 8, 11), before.Date("limitationEnds")!.End);
    }

    [Fact]
    public void Interruptions_chain_in_date_order_and_the_remarks_name_the_count_the_start_the_last_and_the_ignored()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(
            KnewOfInfringement: D(2024, 3, 1),
            Interruptions: [D(2025, 9, 1), D(2024, 2, 1), D(2024, 12, 1), D(2026, 12, 15)]));
        Assert.Equal([D(2024, 12, 1), D(2025, 9, 1)], r.InterruptionsCounted);
        Assert.Equal([D(2024, 2, 1), D(2026, 12, 15)], r.InterruptionsIgnored);
        Assert.Equal(D(2026, 9, 1), r.Date("limitationEnds")!.End);
        Assert.Equal("《劳动争议调解仲裁法》第二十七条第二款", r.Date("limitationEnds")!.Citation.ToChinese());
        CalculatorRemark interrupted = Remark(r, "interrupted");
        Assert.Equal(("2", "2024-03-01", "2025-09-01"), (interrupted.Argument("count"), interrupted.Argument("knew"), interrupted.Argument("last")));
        Assert.Equal("2024-02-01, 2026-12-15", Remark(r, "interruptionsIgnored").Argument("dates"));
        Assert.Equal(["interrupted", "interruptionsIgnored", "suspension", "kindMissing"], Keys(r));
    }

    [Fact]
    public void Without_knowledge_or_a_claim_for_pay_no_limitation_is_counted_and_interruptions_are_set_aside()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(Interruptions: [D(2025, 1, 1)], MediationApplied: D(2026, 4, 20)));
        Assert.Equal(LimitationBasis.Unknown, r.Basis);
        Assert.Null(r.Date("limitationEnds"));
        Assert.Equal([D(2025, 1, 1)], r.InterruptionsIgnored);
        Assert.Equal(["suspension", "kindMissing"], Keys(r));
    }

    [Fact]
    public void A_mediation_not_listed_as_an_interruption_is_pointed_out_and_one_listed_is_not()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(KnewOfInfringement: D(2025, 6, 1), MediationApplied: D(2025, 9, 1), ClaimKind: DisputeClaimKind.Other));
        Assert.Equal("2025-09-01", Remark(r, "mediationNotInterruption").Argument("date"));
        Assert.Equal(["mediationNotInterruption", "suspension"], Keys(r));

        DisputeDeadlinesResult listed = Calc(new DisputeCase(KnewOfInfringement: D(2025, 6, 1), MediationApplied: D(2025, 9, 1), Interruptions: [D(2025, 9, 1)], ClaimKind: DisputeClaimKind.Other));
        Assert.DoesNotContain("mediationNotInterruption", Keys(listed));
        Assert.Equal(["interrupted", "suspension"], Keys(listed));
    }

    [Fact]
    public void The_limitation_has_passed_only_after_its_last_day_when_no_application_is_recorded()
    {
        // Knowledge 2025-06-01: the year ends Monday 2026-06-01.
        var d = new DisputeCase(KnewOfInfringement: D(2025, 6, 1), ClaimKind: DisputeClaimKind.Other);
        Assert.False(Calc(d, D(2026, 6, 1)).LimitationPassed);
        Assert.True(Calc(d, D(2026, 6, 2)).LimitationPassed);
        Assert.Null(Calc(d, D(2026, 6, 2)).TimeBarred);
        Assert.False(Calc(d with { ArbitrationApplied = D(2026, 6, 1) }, D(2026, 6, 2)).LimitationPassed);
        Assert.False(Calc(d with { ArbitrationApplied = D(2026, 6, 1) }, D(2026, 6, 2)).TimeBarred);
    }

    [Fact]
    public void Acceptance_is_late_the_day_after_its_fifth_day_and_an_award_missing_the_day_after_its_last_day()
    {
        // Applied Monday 2026-03-02: five days end Saturday 03-07, moved to Monday 03-09.
        var d = new DisputeCase(ArbitrationApplied: D(2026, 3, 2), ArbitrationAccepted: D(2026, 3, 9), ClaimKind: DisputeClaimKind.Other);
        DisputeDeadlinesResult onTime = Calc(d);
        Assert.Equal(D(2026, 3, 9), onTime.Date("acceptanceDue")!.End);
        Assert.False(onTime.AcceptanceLate);
        Assert.True(Calc(d with { ArbitrationAccepted = D(2026, 3, 10) }).AcceptanceLate);
        Assert.Null(Calc(d with { ArbitrationAccepted = null }).AcceptanceLate);

        // Accepted 2026-03-09: forty-five days end 2026-04-23 (a Thursday).
        DateAssert(D(2026, 4, 23), Calc(d).Date("awardDue"));
        Assert.False(Calc(d, D(2026, 4, 23)).NoAwardInTime);
        Assert.True(Calc(d, D(2026, 4, 24)).NoAwardInTime);
        Assert.False(Calc(d with { AwardMade = D(2026, 4, 24) }, D(2026, 4, 30)).NoAwardInTime);
        Assert.True(Calc(d with { AwardMade = D(2026, 4, 24) }, D(2026, 4, 30)).AwardLate);
        Assert.Null(Calc(d).AwardLate);
        Assert.Null(Calc(d with { ExtensionApproved = true, ArbitrationAccepted = null }).Date("awardDueExtended"));
    }

    private static void DateAssert(LocalDate expected, DisputeDate? actual) => Assert.Equal(expected, Assert.IsType<DisputeDate>(actual).End);

    [Fact]
    public void The_final_award_remarks_name_the_amount_the_months_the_minimum_and_the_limit()
    {
        DisputeCase d = new(ClaimAmount: Money.FromYuan(30480m), ClaimKind: DisputeClaimKind.Damages, ArbitrationApplied: D(2026, 3, 2));
        CalculatorRemark final = Remark(Calc(d), "finalAmount");
        Assert.Equal(
            ["amount=30480", "months=12", "minimum=2540", "limit=30480"],
            final.Arguments.Select(a => a.Key + "=" + a.Value));
        CalculatorRemark notFinal = Remark(Calc(d with { ClaimAmount = Money.FromYuan(30480.01m) }), "notFinalAmount");
        Assert.Equal("30480.01", notFinal.Argument("amount"));
        Assert.Equal("30480", notFinal.Argument("limit"));
    }

    [Fact]
    public void A_claim_for_pay_without_an_amount_or_without_a_local_minimum_wage_is_left_undecided_and_says_what_decides_it()
    {
        DisputeCase noAmount = new(ClaimKind: DisputeClaimKind.Pay, ArbitrationApplied: D(2026, 3, 2), AwardServed: D(2026, 9, 16));
        DisputeDeadlinesResult r = Calc(noAmount);
        Assert.Null(r.FinalAward);
        Assert.Equal(Money.FromYuan(30480m), r.FinalAwardLimit);
        Assert.Equal("standard.minimumWage.monthly", Remark(r, "finalUndecided").Argument("parameter"));
        Assert.Equal(D(2026, 10, 8), r.Date("suitDue")!.End);
        Assert.Contains("suitEitherWay", Keys(r));
        Assert.Null(r.Date("employeeSuitDue"));

        DisputeDeadlinesResult noMinimum = Calc(noAmount with { ClaimAmount = Money.FromYuan(1m) }, profile: JurisdictionProfile.National);
        Assert.Null(noMinimum.FinalAwardLimit);
        Assert.Null(noMinimum.MinimumWage);
        Assert.Contains("finalUndecided", Keys(noMinimum));

        Assert.DoesNotContain("suitEitherWay", Keys(Calc(noAmount with { AwardServed = null })));
    }

    [Fact]
    public void A_dispute_over_the_labour_standards_is_final_and_says_why()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(ClaimKind: DisputeClaimKind.LabourStandards, AwardServed: D(2026, 9, 16)));
        Assert.Equal(["suspension", "finalStandards"], Keys(r));
        Assert.Equal(D(2026, 10, 8), r.Date("employeeSuitDue")!.End);
        Assert.Null(r.Date("suitDue"));
        Assert.Equal(["suspension"], Keys(Calc(new DisputeCase(ClaimKind: DisputeClaimKind.Other, AwardServed: D(2026, 9, 16)))));
    }
}
