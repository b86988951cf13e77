using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-SIGNING: both chiefs signed, in the order the jurisdiction sets (首席代表签字).</summary>
/// <remarks>
/// 集体合同规定 第三十七条: after the draft is approved "由集体协商双方首席代表签字" (national order: sign after approval; the same
/// day is after). 上海市集体合同条例 第二十二条 reverses it: the draft "经协商双方首席代表签字后，作为草案的正式文本提交职工代表大会"
/// (sign before the vote). The order is the profile parameter <c>cc.signing.order</c>: <c>afterApproval</c> or <c>beforeApproval</c>.
/// </remarks>
public sealed class SignedByBothChiefsAfterApprovalRule() : Rule<CollectiveContract>("CC-SIGNING", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 37))
{
    private static readonly MessageKey AfterApproval = new("CC-SIGNING.afterApproval", "signed", "approved");
    private static readonly MessageKey BeforeApproval = new("CC-SIGNING.beforeApproval", "signed", "approved");
    private static readonly MessageKey ChiefMissing = new("CC-SIGNING.chiefMissing", "side");
    private static readonly MessageKey NoApproval = new("CC-SIGNING.noApproval");
    private static readonly MessageKey Unsigned = new("CC-SIGNING.unsigned");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Signing is not { } s)
        {
            if (facts.Filing?.Sent is not null)
            {
                context.Fail(Unsigned, "$.signing");
            }
            else
            {
                context.NotApplicable();
            }

            return;
        }

        context.Fact("signing.date", s.Date);
        context.Fact("approval.date", facts.Approval?.Date);
        if (s.EmployeeChief == false)
        {
            context.Fail(ChiefMissing, "$.signing.employeeChief", ("side", "employee"));
        }

        if (s.EmployerChief == false)
        {
            context.Fail(ChiefMissing, "$.signing.employerChief", ("side", "employer"));
        }

        if (s.Date is not { } signed)
        {
            context.MissingInput("$.signing.date");
            return;
        }

        if (!context.TryRead(CollectiveContractParameters.SigningOrder, out string order))
        {
            return;
        }

        if (facts.Approval is null)
        {
            if (order == "afterApproval")
            {
                context.Fail(NoApproval, "$.signing.date");
            }

            return;
        }

        if (facts.Approval.Date is not { } approved)
        {
            context.MissingInput("$.approval.date");
            return;
        }

        if (order == "beforeApproval")
        {
            if (!context.CompareDates("signing.date", signed, Comparison.AtMost, "approval.date", approved))
            {
                context.Fail(AfterApproval, "$.signing.date", ("signed", signed), ("approved", approved));
            }
        }
        else if (!context.CompareDates("signing.date", signed, Comparison.AtLeast, "approval.date", approved))
        {
            context.Fail(BeforeApproval, "$.signing.date", ("signed", signed), ("approved", approved));
        }

        context.Pass();
    }
}
