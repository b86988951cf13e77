using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-EFFECT: the contract takes effect when the review period passes without objection (生效日期).</summary>
/// <remarks>
/// 集体合同规定 第四十七条 / 劳动合同法 第五十四条："劳动行政部门自收到集体合同文本之日起十五日内未提出异议的，集体合同即行生效。"
/// The fifteen days (<c>cc.review.period</c>) run from the administration's receipt, start day excluded, holiday rule applied;
/// the contract is in force from the day after the last day. 北京市集体合同条例 第三十九条 says "自备案之日起十五日内"; 劳动合同法
/// 第五十四条 ("自收到集体合同文本之日起") is a national law and outranks a local regulation (立法法), so Beijing's 备案之日 is read as the
/// day the administration received the text, and the period always runs from receipt (<c>$.filing.received</c>). An objection served
/// within the period (第四十五条) stops the effect until a re-signed text is re-filed (第四十六条), whose own review then governs;
/// an objection served after the period comes too late to stop the effect.
/// </remarks>
public sealed class EffectiveAfterReviewPeriodRule() : Rule<CollectiveContract>("CC-EFFECT", Severity.Info, new Citation(Instruments.CollectiveContractProvisions, 47), new Citation(Instruments.CollectiveContractProvisions, 45), new Citation(Instruments.CollectiveContractProvisions, 46), new Citation(Instruments.LabourContractLaw, 54))
{
    private static readonly MessageKey EffectEffectiveFrom = new("CC-EFFECT.effectiveFrom", "date");
    private static readonly MessageKey LateObjection = new("CC-EFFECT.lateObjection", "objected", "ends");
    private static readonly MessageKey LocalTrigger = new("CC-EFFECT.localTrigger", "trigger");
    private static readonly MessageKey EffectObjection = new("CC-EFFECT.objection", "ends");
    private static readonly MessageKey ReviewEnds = new("CC-EFFECT.reviewEnds", "period", "date");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        ContractTimeline t = ContractTimeline.Compute(facts, context.Profile, context.AsOf);
        if (t.GoverningFiling is not { } filing)
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryRead(CollectiveContractParameters.ReviewPeriod, out LegalPeriod period))
        {
            return;
        }

        if (context.TryReadWithoutCiting(CollectiveContractParameters.ReviewTrigger, out string trigger) && trigger != "received")
        {
            context.Inform(LocalTrigger, t.FilingPath, ("trigger", trigger));
        }

        LocalDate? start = filing.Received;
        string startPath = t.FilingPath + ".received";
        context.Fact(startPath, start);
        if (start is not { } from)
        {
            context.MissingInput(startPath);
            return;
        }

        if (!ContractRules.TryDeadline(context, "reviewEnds", from, period, startPath, out LocalDate ends))
        {
            return;
        }

        context.Inform(ReviewEnds, t.FilingPath, ("date", ends), ("period", period));
        Review? review = t.GoverningReview;
        context.Fact("review.objection", review?.Objection?.ToString());
        context.Fact("review.objectionDate", review?.ObjectionDate);
        if (review is { Objection: true })
        {
            if (review.ObjectionDate is not { } objected || objected <= ends)
            {
                context.Inform(EffectObjection, t.FilingPath.Replace(".filing", ".review", StringComparison.Ordinal), ("ends", ends));
                return;
            }

            context.Inform(LateObjection, t.FilingPath.Replace(".filing", ".review", StringComparison.Ordinal), ("objected", objected), ("ends", ends));
        }

        LocalDate effective = ends.PlusDays(1);
        context.Set(CollectiveContractOutputs.EffectiveFrom, effective);
        context.Inform(EffectEffectiveFrom, "$", ("date", effective));
    }
}
