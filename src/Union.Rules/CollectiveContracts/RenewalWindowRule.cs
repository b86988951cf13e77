using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-RENEWAL: the window in which either side may ask to re-sign or renew (续订窗口).</summary>
/// <remarks>
/// 集体合同规定 第三十八条："期满前3个月内，任何一方均可向对方提出重新签订或续订的要求。" The window counts back from the end of the
/// term's last day by <c>cc.renewal.window</c> months (corresponding day, 民法典 第二百零二条): a term ending 2028-12-31 opens
/// its window on 2028-10-01 and closes it on 2028-12-31, both included (以内 includes the number).
/// </remarks>
public sealed class RenewalWindowRule() : Rule<CollectiveContract>("CC-RENEWAL", Severity.Info, new Citation(Instruments.CollectiveContractProvisions, 38))
{
    private static readonly MessageKey RenewalWindowCloses = new("CC-RENEWAL.renewalWindowCloses", "date");
    private static readonly MessageKey RenewalWindowOpens = new("CC-RENEWAL.renewalWindowOpens", "period", "date");
    private static readonly MessageKey RequestOutside = new("CC-RENEWAL.requestOutside", "asked", "opens", "closes");
    private static readonly MessageKey RequestValid = new("CC-RENEWAL.requestValid", "asked");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        ContractTimeline t = ContractTimeline.Compute(facts, context.Profile, context.AsOf);
        if (t.Expires is not { } expires)
        {
            if (facts.RenewalRequest is not null)
            {
                context.MissingInput("$.term.end");
            }
            else
            {
                context.NotApplicable();
            }

            return;
        }

        if (!context.TryRead(CollectiveContractParameters.RenewalWindow, out LegalPeriod window) || !context.TryWindowOpens(expires, window, "$.term", out LocalDate opens))
        {
            return;
        }

        context.Set(CollectiveContractOutputs.RenewalWindowOpens, opens);
        context.Set(CollectiveContractOutputs.RenewalWindowCloses, expires);
        context.Inform(RenewalWindowOpens, "$.term", ("date", opens), ("period", window));
        context.Inform(RenewalWindowCloses, "$.term", ("date", expires));
        if (facts.RenewalRequest?.Date is { } asked)
        {
            context.Fact("renewalRequest.date", asked);
            bool inside = context.CompareDates("renewalRequest.date", asked, Comparison.AtLeast, "renewalWindowOpens", opens)
                & context.CompareDates("renewalRequest.date", asked, Comparison.AtMost, "renewalWindowCloses", expires);
            if (inside)
            {
                context.Inform(RequestValid, "$.renewalRequest.date", ("asked", asked));
            }
            else
            {
                context.Fail(RequestOutside, "$.renewalRequest.date", ("asked", asked), ("opens", opens), ("closes", expires));
            }
        }
    }
}
