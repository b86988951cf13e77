using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-EFFECT (生效): when the agreement takes effect.</summary>
/// <remarks>
/// <para>工资集体协商试行办法 第二十二条: the administration reviews "在收到工资协议15日内"; with no objection it serves the
/// 《工资协议审查意见书》 and "工资协议即行生效"; with changes the parties revise and "重新报送"; "工资协议向劳动保障行政部门报送经过15日后，
/// 协议双方未收到劳动保障行政部门的《工资协议审查意见书》，视为已经劳动保障行政部门同意，该工资协议即行生效。"</para>
/// <para>Interpretation: the 15 days run from the day after filing (报送); "经过15日后" means once the 15th day has ended, so the
/// agreement takes effect the day after it. An opinion received after that day does not undo the deemed approval. A returned
/// agreement has no effective date until it is filed again (record the new filing date).</para>
/// </remarks>
public sealed class EffectiveDateRule() : Rule<WageProposal>("WN-EFFECT", Severity.Info, new Citation(Instruments.WageNegotiationMeasures, 22))
{
    private static readonly MessageKey EffectApproved = new("WN-EFFECT.approved", "effective");
    private static readonly MessageKey EffectAwaitingOpinion = new("WN-EFFECT.awaitingOpinion", "reviewEnds", "period");
    private static readonly MessageKey Deemed = new("WN-EFFECT.deemed", "period", "reviewEnds", "effective");
    private static readonly MessageKey Pending = new("WN-EFFECT.pending", "period", "reviewEnds", "effective");
    private static readonly MessageKey EffectReturned = new("WN-EFFECT.returned", "received");

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

        if (!context.TryRead(WageNegotiationParameters.ReviewPeriod, out LegalPeriod days)
            || !context.TryRead(WageNegotiationParameters.ReviewTrigger, out string trigger)
            || !context.TryRead(WageNegotiationParameters.ReviewDeemedApproval, out bool deemed))
        {
            return;
        }

        (LocalDate? start, string startPath) = trigger == "received"
            ? (facts.Process.FilingReceived, "$.process.filingReceived")
            : (facts.Process.Filed, "$.process.filed");
        context.Fact(startPath, start);
        if (start is not { } from)
        {
            context.MissingInput(startPath);
            return;
        }

        if (!context.TryDeadline("reviewEnds", from, days, startPath, out LegalDeadline reviewEnds))
        {
            return;
        }

        EffectOutcome o = WageDates.Effect(facts.Process, reviewEnds.End, deemed);
        context.Fact("process.filed", facts.Process.Filed);
        context.Fact("process.review.received", facts.Process.Review?.Received);
        context.Set(WageNegotiationOutputs.Effect, o.State);
        if (o.EffectiveFrom is { } effectiveFrom)
        {
            context.Set(WageNegotiationOutputs.EffectiveFrom, effectiveFrom);
        }
        switch (o.State)
        {
            case EffectState.Approved:
                context.Inform(EffectApproved, "$.process.review", ("effective", o.EffectiveFrom));
                break;
            case EffectState.Returned:
                context.Inform(EffectReturned, "$.process.review", ("received", facts.Process.Review!.Received));
                break;
            case EffectState.AwaitingOpinion:
                context.Inform(EffectAwaitingOpinion, startPath, ("reviewEnds", o.ReviewEnds), ("period", days));
                break;
            default:
                if (context.AsOf <= o.ReviewEnds)
                {
                    context.Inform(Pending, startPath, ("reviewEnds", o.ReviewEnds), ("effective", o.EffectiveFrom), ("period", days));
                }
                else
                {
                    context.Inform(Deemed, startPath, ("reviewEnds", o.ReviewEnds), ("effective", o.EffectiveFrom), ("period", days));
                }

                break;
        }
    }
}
