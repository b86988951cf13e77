using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-APPROVAL-QUORUM: at least two thirds of all delegates or employees attended (出席人数).</summary>
/// <remarks>
/// 集体合同规定 第三十六条："应当有三分之二以上职工代表或者职工出席". 以上 includes the number (民法典 第一千二百五十九条): exactly
/// 2/3 is a quorum; counted exactly, 20 of 30 passes and 19 of 30 fails. Parameter <c>cc.approval.quorumRatio</c>.
/// </remarks>
public sealed class ApprovalQuorumRule() : Rule<CollectiveContract>("CC-APPROVAL-QUORUM", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 36))
{
    private static readonly MessageKey Short = new("CC-APPROVAL-QUORUM.short", "size", "present", "needed");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        ContractRules.CheckApprovalShare(context, facts.Approval, "present", facts.Approval?.Present, CollectiveContractParameters.ApprovalQuorumRatio, Short);
    }
}
