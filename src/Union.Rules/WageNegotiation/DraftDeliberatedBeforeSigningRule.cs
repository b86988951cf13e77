using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-APPROVAL (草案审议): the draft went to the workers' congress or all-employee meeting, in the order and with the vote the
/// profile requires.</summary>
/// <remarks>
/// 工资集体协商试行办法 第十九条: "工资协议草案应提交职工代表大会或职工大会讨论审议。" 第二十条: the agreement is made when both chiefs sign.
/// Nationally the draft is deliberated before the chiefs sign (<c>cc.signing.order</c> = <c>afterApproval</c>): a signed agreement
/// without a deliberation, or with one dated after the signing, breaches 第十九条. Where a region has the chiefs sign first and then
/// put the signed text to the congress (上海市集体合同条例 第二十二条; <c>wn.signing.order</c> or <c>cc.signing.order</c> =
/// <c>beforeApproval</c>), a deliberation after the signing is the lawful order and one before it is reported. The vote needs the
/// attendance and majority of the collective-contract rules (第二十五条 refers to 集体合同规定 第三十六条: two thirds present,
/// half of all in favour) unless a wage text sets its own (<c>wn.approval.quorumRatio</c>, <c>wn.approval.passRatio</c>; e.g.
/// 过半数, where exactly half fails); the finding then cites that article. Counts not recorded are "not assessed".
/// </remarks>
public sealed class DraftDeliberatedBeforeSigningRule : Rule<WageProposal>
{
    private static readonly MessageKey AfterSigning = new("WN-APPROVAL.afterSigning", "approved", "signed");
    private static readonly MessageKey BeforeSigning = new("WN-APPROVAL.beforeSigning", "approved", "signed");
    private static readonly MessageKey Majority = new("WN-APPROVAL.majority", "inFavour", "size", "needed");
    private static readonly MessageKey Missing = new("WN-APPROVAL.missing", "signed");
    private static readonly MessageKey Quorum = new("WN-APPROVAL.quorum", "size", "present", "needed");

    /// <summary>Creates WN-APPROVAL, a violation resting on 工资集体协商试行办法 第十九条 (the draft put to the workers' congress or the all-employee meeting) and 第二十五条 (what the measures leave open follows 集体合同规定).</summary>
    public DraftDeliberatedBeforeSigningRule()
        : base("WN-APPROVAL", Severity.Violation, new Citation(Instruments.WageNegotiationMeasures, 19), new Citation(Instruments.WageNegotiationMeasures, 25))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        WageProcess? p = facts.Process;
        if (p?.Signing is not { } signed)
        {
            context.NotApplicable();
            return;
        }

        context.Fact("process.signing", signed);
        if (!context.TryRead(WageNegotiationParameters.SigningOrder, out string order) && !context.TryRead(CollectiveContractParameters.SigningOrder, out order))
        {
            return;
        }

        if (p.Approval is not { } approval)
        {
            if (order != "beforeApproval" || context.AsOf > signed)
            {
                context.Fail(Missing, "$.process.approval", ("signed", signed));
            }

            return;
        }

        context.Fact("process.approval.date", approval.Date);
        context.Fact("process.approval.body", approval.Body == DeliberationBody.WorkersCongress ? "workersCongress" : "allEmployeeMeeting");
        if (order == "beforeApproval")
        {
            if (!context.CompareDates("process.approval.date", approval.Date, Comparison.AtLeast, "process.signing", signed))
            {
                context.Fail(BeforeSigning, "$.process.approval.date", ("approved", approval.Date), ("signed", signed));
            }
        }
        else if (!context.CompareDates("process.approval.date", approval.Date, Comparison.AtMost, "process.signing", signed))
        {
            context.Fail(AfterSigning, "$.process.approval.date", ("approved", approval.Date), ("signed", signed));
        }

        CheckVote(context, approval);
        context.Pass();
    }

    private static void CheckVote(RuleContext context, DraftApproval approval)
    {
        context.Fact("process.approval.bodySize", approval.BodySize);
        context.Fact("process.approval.present", approval.Present);
        context.Fact("process.approval.inFavour", approval.InFavour);
        if (approval.BodySize is not { } size || size <= 0)
        {
            context.MissingInput("$.process.approval.bodySize");
            return;
        }

        Parameter<Ratio> quorum = Has(context, WageNegotiationParameters.ApprovalQuorumRatio) ? WageNegotiationParameters.ApprovalQuorumRatio : CollectiveContractParameters.ApprovalQuorumRatio;
        Parameter<Ratio> pass = Has(context, WageNegotiationParameters.ApprovalPassRatio) ? WageNegotiationParameters.ApprovalPassRatio : CollectiveContractParameters.ApprovalPassRatio;
        if (approval.Present is not { } present)
        {
            context.MissingInput("$.process.approval.present");
        }
        else if (context.CheckShare(quorum, "present", present, "bodySize", size, out long needed) == false)
        {
            context.Fail(Quorum, "$.process.approval.present", ("present", present), ("size", size), ("needed", needed));
        }

        if (approval.InFavour is not { } inFavour)
        {
            context.MissingInput("$.process.approval.inFavour");
        }
        else if (context.CheckShare(pass, "inFavour", inFavour, "bodySize", size, out long needed) == false)
        {
            context.Fail(Majority, "$.process.approval.inFavour", ("inFavour", inFavour), ("size", size), ("needed", needed));
        }
    }

    private static bool Has(RuleContext context, Parameter parameter) => context.IsInForce(parameter);
}
