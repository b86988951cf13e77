using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-REPLY (书面答复期限): the other side replies in writing within 20 days of receiving the written proposal.</summary>
/// <remarks>
/// 工资集体协商试行办法 第十七条: "另一方接到协商意向书后，应于20日内予以书面答复". The period starts the day after receipt
/// (民法典 第二百零一条); a reply on the last day is on time. With no reply, the rule reports the due date until it passes and a
/// violation after.
/// </remarks>
public sealed class WrittenReplyWithinDeadlineRule() : Rule<WageProposal>("WN-REPLY", Severity.Violation, new Citation(Instruments.WageNegotiationMeasures, 17))
{
    private static readonly ActMessages Act = ActMessages.For("WN-REPLY", "reply");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        WageProcess? p = facts.Process;
        if (p?.ProposalReceived is not { } received)
        {
            if (p?.ProposalSent is not null || p?.Reply is not null)
            {
                context.MissingInput("$.process.proposalReceived");
            }
            else
            {
                context.NotApplicable();
            }

            return;
        }

        if (!context.TryRead(WageNegotiationParameters.ReplyPeriod, out LegalPeriod days))
        {
            return;
        }

        context.Fact("process.proposalReceived", received);
        context.Fact("process.reply", p.Reply);
        ActWithinPeriod.Check(context, Act, "replyDue", received, "$.process.proposalReceived", days, "process.reply", "reply", "$.process.reply", p.Reply);
    }
}
