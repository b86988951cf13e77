using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// The check shared by WN-REPLY, WN-FILING and WN-PUBLICATION (期限内完成): an act is due within a number of days after an event
/// (counted by the legal calendar); done on or before the last day passes, done later is late, not done once the last day has
/// passed is missing, and not done before then reports the due date.
/// </summary>
internal static class ActWithinPeriod
{
    internal static void Check(RuleContext context, ActMessages messages, string dueName, LocalDate eventDate, string eventPath, LegalPeriod days, string actFact, string actArgument, string actPath, LocalDate? act)
    {
        if (!context.TryDeadline(dueName, eventDate, days, eventPath, out LegalDeadline deadline))
        {
            return;
        }

        LocalDate due = deadline.End;
        if (act is { } done)
        {
            if (context.CompareDates(actFact, done, Comparison.AtMost, dueName, due))
            {
                context.Pass();
            }
            else
            {
                context.Fail(messages.Late, actPath, (actArgument, done), ("due", due), ("period", days));
            }
        }
        else if (context.AsOf > due)
        {
            context.Fail(messages.Missing, actPath, ("due", due), ("period", days));
        }
        else
        {
            context.Inform(messages.Due, actPath, ("due", due), ("period", days));
        }
    }
}

/// <summary>The three messages of an act due within a period: <c>.due</c> (not yet done), <c>.late</c> (done after the last day) and <c>.missing</c> (not done by then).</summary>
/// <param name="Due">The act is not yet done and the last day has not passed.</param>
/// <param name="Late">The act was done after the last day.</param>
/// <param name="Missing">The act was not done by the last day.</param>
internal sealed record ActMessages(MessageKey Due, MessageKey Late, MessageKey Missing)
{
    /// <summary>Declares the messages of the rule <paramref name="code"/>, whose late finding names the act's date <paramref name="actArgument"/>.</summary>
    internal static ActMessages For(string code, string actArgument) =>
        new(new(code + ".due", "due", "period"), new(code + ".late", actArgument, "due", "period"), new(code + ".missing", "due", "period"));
}
