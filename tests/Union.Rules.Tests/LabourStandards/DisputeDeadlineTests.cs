using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.LabourStandards.SeparationProfiles;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// 劳动争议调解仲裁法 第十四条, 第二十七条, 第二十九条, 第四十三条, 第四十七条 to 第五十条: each date through the legal calendar
/// (start day excluded, a last day on a holiday or weekend moved), and the final award at exactly twelve months' minimum wage.
/// </summary>
public sealed class DisputeDeadlineTests
{
    private static readonly LocalDate AsOf = D(2026, 11, 1);

    /// <summary>Calculates the dates of <paramref name="d"/> on <paramref name="asOf"/> (2026-11-01 when not given) under <paramref name="profile"/> (北京 when not given).</summary>
    internal static DisputeDeadlinesResult Calc(DisputeCase d, JurisdictionProfile? profile = null, LocalDate? asOf = null)
    {
        profile ??= Beijing;
        LocalDate on = asOf ?? AsOf;
        Assert.True(DisputeStandards.TryRead(profile, on, d.ArbitrationApplied ?? on, out DisputeStandards? s, out _));
        return DisputeDeadlines.Calculate(d, s, profile.Calendar, CalendarParameters.WeekendMoves(profile, on), on);
    }

    [Fact]
    public void A_limitation_ending_on_National_Day_2026_moves_to_the_day_after_the_holiday()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(KnewOfInfringement: D(2025, 10, 1)));
        DisputeDate limitation = r.Date("limitationEnds")!;
        Assert.Equal(D(2026, 10, 1), limitation.Deadline.NominalEnd);
        Assert.Equal(D(2026, 10, 8), limitation.End);
        Assert.Equal(DeadlineMoveReason.Holiday, limitation.Deadline.Reason);
        Assert.Equal("国庆节", limitation.Deadline.Holiday!.Name);
        Assert.Equal("《劳动争议调解仲裁法》第二十七条第一款", limitation.Citation.ToChinese());
        Assert.Equal(LimitationBasis.FromKnowledge, r.Basis);
        Assert.Equal(D(2026, 11, 1) > limitation.End, r.LimitationPassed);
    }

    [Fact]
    public void An_application_on_the_last_day_is_in_time_and_a_day_later_is_time_barred()
    {
        // 2025-03-01 + 1 year = Sunday 2026-03-01, moved to Monday 2026-03-02.
        DisputeDeadlinesResult onTime = Calc(new DisputeCase(KnewOfInfringement: D(2025, 3, 1), ArbitrationApplied: D(2026, 3, 2)));
        Assert.Equal(D(2026, 3, 2), onTime.Date("limitationEnds")!.End);
        Assert.Equal(DeadlineMoveReason.Weekend, onTime.Date("limitationEnds")!.Deadline.Reason);
        Assert.False(onTime.TimeBarred);

        DisputeDeadlinesResult late = Calc(new DisputeCase(KnewOfInfringement: D(2025, 3, 1), ArbitrationApplied: D(2026, 3, 3)));
        Assert.True(late.TimeBarred);
    }

    [Fact]
    public void An_interruption_within_the_year_restarts_it_and_one_after_it_ran_out_does_not()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(KnewOfInfringement: D(2025, 1, 10), Interruptions: [D(2025, 6, 1)]));
        Assert.Equal(D(2026, 6, 1), r.Date("limitationEnds")!.End);
        Assert.Equal([D(2025, 6, 1)], r.InterruptionsCounted);
        Assert.Equal("《劳动争议调解仲裁法》第二十七条第二款", r.Date("limitationEnds")!.Citation.ToChinese());

        DisputeDeadlinesResult after = Calc(new DisputeCase(KnewOfInfringement: D(2025, 1, 10), Interruptions: [D(2026, 2, 1)]));
        Assert.Equal(D(2026, 1, 12), after.Date("limitationEnds")!.End);
        Assert.Empty(after.InterruptionsCounted);
        Assert.Equal([D(2026, 2, 1)], after.InterruptionsIgnored);
    }

    [Fact]
    public void Pay_owed_during_a_relation_that_lasts_has_no_limitation_and_after_it_ends_a_year_from_the_end()
    {
        DisputeDeadlinesResult lasting = Calc(new DisputeCase(KnewOfInfringement: D(2024, 5, 1), ClaimKind: DisputeClaimKind.Pay));
        Assert.Equal(LimitationBasis.PayWhileEmployed, lasting.Basis);
        Assert.Null(lasting.Date("limitationEnds"));

        DisputeDeadlinesResult ended = Calc(new DisputeCase(KnewOfInfringement: D(2024, 5, 1), ClaimKind: DisputeClaimKind.Pay, RelationEnded: D(2025, 12, 31)));
        Assert.Equal(LimitationBasis.PayAfterRelationEnded, ended.Basis);
        Assert.Equal(D(2026, 12, 31), ended.Date("limitationEnds")!.End);
        Assert.Equal("《劳动争议调解仲裁法》第二十七条第四款", ended.Date("limitationEnds")!.Citation.ToChinese());
    }

    [Fact]
    public void Mediation_fifteen_days_across_Labour_Day_end_after_the_holiday()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(MediationApplied: D(2026, 4, 20)));
        Assert.Equal(D(2026, 5, 5), r.Date("mediationEnds")!.Deadline.NominalEnd);
        Assert.Equal(D(2026, 5, 6), r.Date("mediationEnds")!.End);
        Assert.Equal("《劳动争议调解仲裁法》第十四条第三款", r.Date("mediationEnds")!.Citation.ToChinese());
    }

    [Fact]
    public void The_award_is_due_forty_five_days_after_acceptance_and_an_extension_adds_fifteen_from_that_day()
    {
        DisputeCase d = new(ArbitrationApplied: D(2026, 3, 1), ArbitrationAccepted: D(2026, 3, 2), ExtensionApproved: true, AwardMade: D(2026, 5, 7));
        DisputeDeadlinesResult r = Calc(d);
        Assert.Equal(D(2026, 3, 6), r.Date("acceptanceDue")!.End);
        Assert.Equal(D(2026, 4, 16), r.Date("awardDue")!.End);
        Assert.Equal(D(2026, 5, 1), r.Date("awardDueExtended")!.Deadline.NominalEnd);
        Assert.Equal(D(2026, 5, 6), r.Date("awardDueExtended")!.End);
        Assert.True(r.AwardLate);
        Assert.False(r.AcceptanceLate);
        Assert.False(Calc(d with { AwardMade = D(2026, 5, 6) }).AwardLate);
        Assert.True(Calc(d with { ExtensionApproved = false, AwardMade = null }).NoAwardInTime);
    }

    [Fact]
    public void A_claim_of_exactly_twelve_months_minimum_wage_is_final_and_one_fen_more_is_not()
    {
        // Beijing 2540 yuan from 2025-09-01: 12 × 2540 = 30480.
        DisputeCase d = new(ClaimAmount: Money.FromYuan(30480m), ClaimKind: DisputeClaimKind.Pay, RelationEnded: D(2026, 1, 31), ArbitrationApplied: D(2026, 3, 1), AwardServed: D(2026, 9, 16));
        DisputeDeadlinesResult final = Calc(d);
        Assert.True(final.FinalAward);
        Assert.Equal(Money.FromYuan(30480m), final.FinalAwardLimit);
        Assert.Equal(2540m, final.MinimumWage);
        Assert.Equal(D(2026, 10, 8), final.Date("employeeSuitDue")!.End);
        Assert.Equal(D(2026, 10, 16), final.Date("setAsideDue")!.End);
        Assert.Null(final.Date("suitDue"));

        DisputeDeadlinesResult notFinal = Calc(d with { ClaimAmount = Money.FromYuan(30480.01m) });
        Assert.False(notFinal.FinalAward);
        Assert.Equal(D(2026, 10, 8), notFinal.Date("suitDue")!.End);
        Assert.Equal("《劳动争议调解仲裁法》第五十条", notFinal.Date("suitDue")!.Citation.ToChinese());
        Assert.Null(notFinal.Date("setAsideDue"));
    }

    [Fact]
    public void Standards_disputes_are_final_whatever_the_amount_and_other_disputes_never()
    {
        Assert.True(Calc(new DisputeCase(ClaimAmount: Money.FromYuan(1_000_000m), ClaimKind: DisputeClaimKind.LabourStandards)).FinalAward);
        Assert.False(Calc(new DisputeCase(ClaimAmount: Money.FromYuan(1m), ClaimKind: DisputeClaimKind.Other)).FinalAward);
        Assert.Null(Calc(new DisputeCase(ClaimAmount: Money.FromYuan(1m))).FinalAward);
        Assert.Null(Calc(new DisputeCase(ClaimAmount: Money.FromYuan(1m), ClaimKind: DisputeClaimKind.Damages), JurisdictionProfile.National).FinalAward);
    }

    [Fact]
    public void A_year_without_holiday_data_is_named_not_guessed()
    {
        DisputeDeadlinesResult r = Calc(new DisputeCase(KnewOfInfringement: D(2026, 6, 1)));
        Assert.Null(r.Date("limitationEnds"));
        Assert.Equal([2027], r.MissingYears);
    }
}
