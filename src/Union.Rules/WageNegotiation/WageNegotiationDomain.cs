using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// The review of wage proposals and agreements (工资协议审查): reads a proposal, runs the WN rules, and reports the agreement's
/// effect and every statutory date with the rule that set it. Costing stays with <see cref="WageCosting"/>.
/// </summary>
public sealed class WageNegotiationDomain : ReviewDomain<WageProposal>
{
    /// <summary>Creates the domain with the given rules (the catalog's rules when omitted).</summary>
    /// <param name="rules">The rules.</param>
    public WageNegotiationDomain(RuleSet<WageProposal>? rules = null) => Rules = rules ?? DefaultRules;

    /// <summary>Gets the catalog's wage-negotiation rules.</summary>
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
        new AgreementTermWithinLimitsRule(),
        new IncreaseWithinWageGuidelineRule(),
        new NegotiationFactorsRule(),
        new PayAtLeastMonthlyMinimumWageRule(),
        new PartTimeRateAtLeastHourlyMinimumWageRule(),
        new OvertimePayAtLeastStatutoryRule(),
        new OvertimeWithinCapsRule(),
        new ProposalCostRule(),
        new ProbationPayAtLeastFloorRule(),
    ]);

    /// <summary>Gets the domain with the catalog's rules.</summary>
    public static WageNegotiationDomain Default { get; } = new();

    /// <summary>Gets the rules this domain runs.</summary>
    public RuleSet<WageProposal> Rules { get; }

    /// <inheritdoc/>
    public override string Name => "wageNegotiation";

    /// <inheritdoc/>
    public override string ParameterPrefix => "wn.";

    /// <inheritdoc/>
    public override Citation NationalInstrument { get; } = new(Instruments.WageNegotiationMeasures);

    /// <inheritdoc/>
    public override WageProposal Example => WageProposalExamples.Lawful;

    /// <inheritdoc/>
    public override WageProposal FlawedExample => WageProposalExamples.Flawed;

    /// <inheritdoc/>
    public override DocumentResult<WageProposal> Read(ReadOnlySpan<byte> utf8, string? source = null) => WageProposalJson.Read(utf8, source);

    /// <inheritdoc/>
    public override DocumentResult<WageProposal> Read(string? json, string? source = null) => WageProposalJson.Read(json, source);

    /// <inheritdoc/>
    public override string Write(WageProposal document) => WageProposalJson.Write(document);

    /// <inheritdoc/>
    public override string Schema() => WageProposalJson.Schema();

    /// <inheritdoc/>
    public override RegionCode? RegionOf(WageProposal document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Region;
    }

    /// <inheritdoc/>
    protected override (RuleReport Report, IReadOnlyList<OutcomeItem> Outcome) Run(WageProposal document, LocalDate asOf, JurisdictionProfile profile, bool trace)
    {
        RuleReport report = Rules.Evaluate(document, asOf, profile, trace);
        var outcome = new List<OutcomeItem>();
        EffectState effect = report.TryGet(WageNegotiationOutputs.Effect, out EffectState e) ? e : EffectState.NotFiled;
        string effectName = effect switch
        {
            EffectState.Approved => "approved",
            EffectState.Deemed => "deemed",
            EffectState.Returned => "returned",
            EffectState.AwaitingOpinion => "awaitingOpinion",
            _ => "notFiled",
        };
        outcome.Add(new OutcomeItem("effect", effectName, "outcome.effect." + effectName, [], "WN-EFFECT"));
        foreach (RuleOutput o in report.Outputs)
        {
            if (o.Value is LocalDate date)
            {
                outcome.Add(OutcomeItem.Date(o.Name, date, o.Code));
            }
        }

        return (report, outcome);
    }
}
