using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-APPROVAL-MAJORITY: at least half of ALL delegates or employees voted in favour (同意票).</summary>
/// <remarks>
/// 集体合同规定 第三十六条："且须经全体职工代表半数以上或者全体职工半数以上同意". The base is the whole body, not those present;
/// 半数以上 includes exactly half (民法典 第一千二百五十九条), so 15 of 30 passes and 14 of 30 fails. Parameter
/// <c>cc.approval.passRatio</c>.
/// </remarks>
public sealed class ApprovalMajorityOfAllDelegatesRule() : Rule<CollectiveContract>("CC-APPROVAL-MAJORITY", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 36), new Citation(Instruments.CivilCode, 1259))
{
    private static readonly MessageKey Short = new("CC-APPROVAL-MAJORITY.short", "inFavour", "size", "needed");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        ContractRules.CheckApprovalShare(context, facts.Approval, "inFavour", facts.Approval?.InFavour, CollectiveContractParameters.ApprovalPassRatio, Short);
    }
}
