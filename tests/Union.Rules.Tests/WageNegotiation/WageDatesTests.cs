using NodaTime;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.WageNegotiation;

namespace Union.Rules.Tests.WageNegotiation;

/// <summary>
/// <see cref="WageDates"/> called directly, as the CLI calls it: the deadlines of 工资集体协商试行办法 counted by the legal calendar,
/// and the agreement's effect (第二十二条) at the edges the rules never reach (not filed, no review end).
/// </summary>
public sealed class WageDatesTests
{
    private static LegalPeriod Days(int n) => LegalPeriod.FromPeriod(Period.FromDays(n))!.Value;

    [Fact]
    public void A_deadline_excludes_the_event_day_and_moves_off_a_holiday()
    {
        // 第十七条: received on 3 March, 20 days → 23 March (民法典 第二百零一条: the day of receipt is not counted).
        Assert.Equal(new LocalDate(2026, 3, 23), WageDates.DeadlineAfter(JurisdictionProfile.National, new LocalDate(2026, 3, 3), Days(20)));

        // 第二十一条: signed on 24 September, 7 days → 1 October, National Day: moved to 8 October, the day after the holiday.
        Assert.Equal(new LocalDate(2026, 10, 8), WageDates.DeadlineAfter(JurisdictionProfile.National, new LocalDate(2026, 9, 24), Days(7)));
    }

    [Fact]
    public void A_deadline_in_a_year_without_holiday_data_is_not_guessed()
    {
        Assert.Null(WageDates.DeadlineAfter(JurisdictionProfile.National, new LocalDate(2030, 12, 20), Days(7)));
    }

    [Fact]
    public void An_agreement_not_filed_or_without_a_review_end_has_no_effect()
    {
        var reviewEnd = new LocalDate(2026, 3, 24);
        Assert.Equal(new EffectOutcome(EffectState.NotFiled, null, null), WageDates.Effect(null, reviewEnd));
        Assert.Equal(new EffectOutcome(EffectState.NotFiled, null, null), WageDates.Effect(new WageProcess(Signing: new LocalDate(2026, 3, 2)), reviewEnd));
        Assert.Equal(new EffectOutcome(EffectState.NotFiled, null, null), WageDates.Effect(new WageProcess(Filed: new LocalDate(2026, 3, 9)), null));
    }

    [Fact]
    public void Silence_is_approval_by_default_from_the_day_after_the_review_ends()
    {
        var reviewEnd = new LocalDate(2026, 3, 24);
        var filed = new WageProcess(Filed: new LocalDate(2026, 3, 9));
        Assert.Equal(new EffectOutcome(EffectState.Deemed, new LocalDate(2026, 3, 25), reviewEnd), WageDates.Effect(filed, reviewEnd));
        Assert.Equal(new EffectOutcome(EffectState.AwaitingOpinion, null, reviewEnd), WageDates.Effect(filed, reviewEnd, deemedApproval: false));
    }

    [Fact]
    public void An_opinion_on_the_last_day_of_the_review_counts_and_one_a_day_later_does_not()
    {
        var reviewEnd = new LocalDate(2026, 3, 24);
        var approved = new WageProcess(Filed: new LocalDate(2026, 3, 9), Review: new ReviewOpinion(reviewEnd, false));
        Assert.Equal(new EffectOutcome(EffectState.Approved, reviewEnd, reviewEnd), WageDates.Effect(approved, reviewEnd));
        var returned = new WageProcess(Filed: new LocalDate(2026, 3, 9), Review: new ReviewOpinion(reviewEnd, true));
        Assert.Equal(new EffectOutcome(EffectState.Returned, null, reviewEnd), WageDates.Effect(returned, reviewEnd));

        var lateObjection = new WageProcess(Filed: new LocalDate(2026, 3, 9), Review: new ReviewOpinion(new LocalDate(2026, 3, 25), true));
        Assert.Equal(new EffectOutcome(EffectState.Deemed, new LocalDate(2026, 3, 25), reviewEnd), WageDates.Effect(lateObjection, reviewEnd));
    }
}
