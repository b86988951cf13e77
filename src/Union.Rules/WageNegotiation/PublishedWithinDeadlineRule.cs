using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-PUBLICATION (公布): each side publishes the agreement in force to its people within 5 days.</summary>
/// <remarks>
/// 工资集体协商试行办法 第二十三条: "协商双方应于5日内将已经生效的工资协议以适当形式向本方全体人员公布。" Interpretation: the 5 days run
/// from the effective date (WN-EFFECT), that day excluded.
/// </remarks>
public sealed class PublishedWithinDeadlineRule() : Rule<WageProposal>("WN-PUBLICATION", Severity.Warning, new Citation(Instruments.WageNegotiationMeasures, 23))
{
    private static readonly ActMessages Act = ActMessages.For("WN-PUBLICATION", "published");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Process?.Filed is null)
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryGet(WageNegotiationOutputs.Effect, out EffectState state))
        {
            context.NotAssessed(EngineMessages.PrerequisiteMissing, "$.process", ("rule", "WN-EFFECT"));
            return;
        }

        if (!context.TryGet(WageNegotiationOutputs.EffectiveFrom, out LocalDate effective) || effective > context.AsOf && facts.Process.Published is null)
        {
            context.Fact("effect", state.ToString());
            context.NotApplicable();
            return;
        }

        if (!context.TryRead(WageNegotiationParameters.PublicationPeriod, out LegalPeriod days))
        {
            return;
        }

        ActWithinPeriod.Check(context, Act, "publicationDue", effective, "$.process.filed", days, "process.published", "published", "$.process.published", facts.Process.Published);
    }
}
