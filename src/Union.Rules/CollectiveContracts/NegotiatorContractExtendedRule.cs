using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-NEGOTIATOR-PROTECTION: an employee negotiator's labour contract that ends during the mandate runs on to the mandate's end (自动延长).</summary>
/// <remarks>
/// 集体合同规定 第二十八条："职工一方协商代表在其履行协商代表职责期间劳动合同期满的，劳动合同期限自动延长至完成履行协商代表职责之时".
/// The extension is computed (Info): the new end is the mandate's last day. Where a region extends the contract only when the
/// negotiator asks (北京市集体合同条例 第十八条 "协商代表本人要求顺延劳动合同期限的"; parameter
/// <c>cc.negotiatorProtection.onRequest</c>), a negotiator who did not ask is not extended, and one whose request is not recorded
/// is "not assessed" (<c>$.negotiators[i].extensionRequested</c>).
/// </remarks>
public sealed class NegotiatorContractExtendedRule() : Rule<CollectiveContract>("CC-NEGOTIATOR-PROTECTION", Severity.Info, new Citation(Instruments.CollectiveContractProvisions, 28))
{
    private static readonly MessageKey Extended = new("CC-NEGOTIATOR-PROTECTION.extended", "id", "contractEnd", "extendedTo");
    private static readonly MessageKey NotRequested = new("CC-NEGOTIATOR-PROTECTION.notRequested", "id", "contractEnd");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        bool any = false;
        bool onRequest = false;
        for (int i = 0; i < facts.Negotiators.Count; i++)
        {
            Negotiator n = facts.Negotiators[i];
            // Each skip below reads its value only after the check (no pattern variable that must be definitely assigned), so
            // that every branch stays measurable by mutation testing (docs/mutation.md).
            if (n.Side != Side.Employee || n.External == true || n.LabourContractEnd is null)
            {
                continue;
            }

            LocalDate contractEnd = n.LabourContractEnd.Value;

            if (!any && !context.TryRead(CollectiveContractParameters.NegotiatorProtectionOnRequest, out onRequest))
            {
                return;
            }

            any = true;
            context.Fact($"negotiators[{i}].labourContractEnd", contractEnd);
            if (n.MandateEnd is null)
            {
                context.MissingInput($"$.negotiators[{i}].mandateEnd");
                continue;
            }

            LocalDate mandateEnd = n.MandateEnd.Value;

            bool during = (n.MandateStart is null || contractEnd >= n.MandateStart) && contractEnd < mandateEnd;
            if (during && onRequest)
            {
                context.Fact($"negotiators[{i}].extensionRequested", n.ExtensionRequested?.ToString());
                if (n.ExtensionRequested is null)
                {
                    context.MissingInput($"$.negotiators[{i}].extensionRequested");
                    continue;
                }

                if (!n.ExtensionRequested.Value)
                {
                    context.Inform(NotRequested, $"$.negotiators[{i}]", ("id", n.Id), ("contractEnd", contractEnd));
                    continue;
                }
            }

            if (during)
            {
                context.Set(CollectiveContractOutputs.NegotiatorContractExtendedTo(i), mandateEnd);
                context.Inform(Extended, $"$.negotiators[{i}]", ("id", n.Id), ("contractEnd", contractEnd), ("extendedTo", mandateEnd));
            }
        }

        if (!any)
        {
            context.NotApplicable();
        }
    }
}
