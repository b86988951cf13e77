using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-APPROVAL-BODY: the draft went to the workers' congress or a meeting of all employees (审议机构).</summary>
/// <remarks>
/// 劳动合同法 第五十一条："集体合同草案应当提交职工代表大会或者全体职工讨论通过。" 集体合同规定 第三十六条 likewise. A draft not
/// yet discussed is not assessed before it is signed; once it is signed or filed without an approval, that is a breach.
/// </remarks>
public sealed class ApprovedByWorkersCongressRule() : Rule<CollectiveContract>("CC-APPROVAL-BODY", Severity.Violation, new Citation(Instruments.LabourContractLaw, 51), new Citation(Instruments.CollectiveContractProvisions, 36))
{
    private static readonly MessageKey None = new("CC-APPROVAL-BODY.none");
    private static readonly MessageKey WrongBody = new("CC-APPROVAL-BODY.wrongBody");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        context.Fact("approval.body", facts.Approval?.Body?.ToString());
        if (facts.Approval is null)
        {
            if (facts.Filing?.Sent is not null)
            {
                context.Fail(None, "$.approval");
            }
            else
            {
                context.NotApplicable();
            }

            return;
        }

        switch (facts.Approval.Body)
        {
            case null:
                context.MissingInput("$.approval.body");
                break;
            case ApprovalBody.Other:
                context.Fail(WrongBody, "$.approval.body");
                break;
            default:
                context.Pass();
                break;
        }
    }
}
