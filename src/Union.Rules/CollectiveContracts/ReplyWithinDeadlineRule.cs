using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-REPLY: a negotiation request is answered in writing within the period after its receipt (书面回应期限).</summary>
/// <remarks>
/// 集体合同规定 第三十二条："另一方应当在收到集体协商要求之日起20日内以书面形式给以回应"; 上海市集体合同条例 第十五条 sets
/// 十五日 (parameter <c>cc.reply.period</c>). The period starts the day after receipt; a last day on a statutory holiday (and,
/// per the profile, a weekend) moves to the next working day (民法典 第二百零一条、第二百零三条). With no reply and
/// <c>asOf</c> past the due day, the reply is missing; before it, the reply is not yet due.
/// </remarks>
public sealed class ReplyWithinDeadlineRule() : Rule<CollectiveContract>("CC-REPLY", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 32))
{
    private static readonly MessageKey Late = new("CC-REPLY.late", "replied", "period", "due");
    private static readonly MessageKey Missing = new("CC-REPLY.missing", "due", "period");
    private static readonly MessageKey NotWritten = new("CC-REPLY.notWritten");
    private static readonly MessageKey ReplyDue = new("CC-REPLY.replyDue", "period", "date");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Request is not { } request)
        {
            context.NotApplicable();
            return;
        }

        context.Fact("request.received", request.Received);
        context.Fact("request.replied", request.Replied);
        if (request.Received is not { } received)
        {
            context.MissingInput("$.request.received");
            return;
        }

        if (!context.TryRead(CollectiveContractParameters.ReplyPeriod, out LegalPeriod period) || !ContractRules.TryDeadline(context, "replyDue", received, period, "$.request.received", out LocalDate due))
        {
            return;
        }

        context.Inform(ReplyDue, "$.request", ("date", due), ("period", period));
        if (request.Replied is { } replied)
        {
            if (!context.CompareDates("request.replied", replied, Comparison.AtMost, "replyDue", due))
            {
                context.Fail(Late, "$.request.replied", ("replied", replied), ("due", due), ("period", period));
            }

            if (request.ReplyInWriting == false)
            {
                context.Fail(NotWritten, "$.request.replyInWriting");
            }
        }
        else if (!context.CompareDates("asOf", context.AsOf, Comparison.AtMost, "replyDue", due))
        {
            context.Fail(Missing, "$.request.replied", ("due", due), ("period", period));
        }
    }
}
