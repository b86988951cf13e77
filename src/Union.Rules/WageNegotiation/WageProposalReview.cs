using NodaTime;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// Reviews a wage agreement or proposal (工资协议审查): runs every WN rule and gathers the dates a negotiator needs (filing due,
/// effective date, next round). Pure: no I/O, no clock ("today" is <c>asOf</c>); safe to call from several threads.
/// </summary>
public static class WageProposalReview
{
    /// <summary>Gets the built-in rule set, in catalog order.</summary>
    public static RuleSet<WageProposal> DefaultRules { get; } = new(
    [
        new AgreementCoversArticle7ItemsRule(),
        new WrittenReplyWithinDeadlineRule(),
        new InformationSuppliedBeforeTalksRule(),
        new DraftDeliberatedBeforeSigningRule(),
        new FiledWithinDeadlineRule(),
        new EffectiveDateRule(),
        new PublishedWithinDeadlineRule(),
        new NextRoundRule(),
        new IncreaseWithinWageGuidelineRule(),
        new NegotiationFactorsRule(),
        new PayAtLeastMonthlyMinimumWageRule(),
        new PartTimeRateAtLeastHourlyMinimumWageRule(),
        new OvertimePayAtLeastStatutoryRule(),
        new OvertimeWithinCapsRule(),
        new ProposalCostRule(),
        new ProbationPayAtLeastFloorRule(),
    ]);

    /// <summary>Evaluates a proposal with the built-in rules.</summary>
    /// <param name="proposal">The proposal (structurally valid).</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="profile">The jurisdiction profile (the proposal's region, with any caller layers such as the wage guideline).</param>
    /// <param name="trace">Whether to record the explanation.</param>
    /// <returns>The report and the dates.</returns>
    public static WageReview Evaluate(WageProposal proposal, LocalDate asOf, JurisdictionProfile profile, bool trace = true) =>
        Evaluate(DefaultRules, proposal, asOf, profile, trace);

    /// <summary>Evaluates a proposal with a rule set of the caller's (built-in rules with additions or suppressions).</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="proposal">The proposal (structurally valid).</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record the explanation.</param>
    /// <returns>The report and the dates.</returns>
    public static WageReview Evaluate(RuleSet<WageProposal> rules, WageProposal proposal, LocalDate asOf, JurisdictionProfile profile, bool trace = true)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(profile);
        RuleReport report = LocalRegulationNotice.Apply(rules.Evaluate(proposal, asOf, profile, trace), profile, "wn.", new Citation(Instruments.WageNegotiationMeasures));
        LocalDate? filingDue = proposal.Process?.Signing is { } signed && WageNegotiationParameters.FilingPeriod.TryRead(profile, asOf, out LegalPeriod filing)
            ? WageDates.DeadlineAfter(profile, signed, filing)
            : null;
        EffectOutcome effect = proposal.Process?.Filed is { } filed && WageNegotiationParameters.ReviewPeriod.TryRead(profile, asOf, out LegalPeriod review)
            ? WageDates.Effect(proposal.Process, WageDates.DeadlineAfter(profile, filed, review))
            : new EffectOutcome(EffectState.NotFiled, null, null);
        LocalDate? next = WageNegotiationParameters.FrequencyMonths.TryRead(profile, asOf, out decimal months)
            ? proposal.Term.Start.PlusMonths((int)months)
            : null;
        LocalDate? windowFrom = WageNegotiationParameters.ProposalWindow.TryRead(profile, asOf, out LegalPeriod window)
            && LegalPeriods.WindowOpens(proposal.Term.End, window, profile.Calendar) is { IsSuccess: true } w
            ? w.Window.Opens
            : null;
        return new WageReview(report, filingDue, effect.State, effect.EffectiveFrom, next, windowFrom);
    }
}

/// <summary>The outcome of a wage proposal review (工资协议审查结果).</summary>
/// <param name="Report">The findings and the explanation.</param>
/// <param name="FilingDue">The last day to file, once signed.</param>
/// <param name="Effect">How the agreement takes effect.</param>
/// <param name="EffectiveFrom">The day it takes effect, once known.</param>
/// <param name="NextRoundBy">When the next round is due (one round a year).</param>
/// <param name="RenewalWindowFrom">The first day either side may propose the next round.</param>
public sealed record WageReview(RuleReport Report, LocalDate? FilingDue, EffectState Effect, LocalDate? EffectiveFrom, LocalDate? NextRoundBy, LocalDate? RenewalWindowFrom);
