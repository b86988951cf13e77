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
    internal static void Check(RuleContext context, string code, string dueName, LocalDate eventDate, string eventPath, LegalPeriod days, string actFact, string actArgument, string actPath, LocalDate? act)
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
                context.Fail(code + ".late", actPath, (actArgument, done), ("due", due), ("period", days));
            }
        }
        else if (context.AsOf > due)
        {
            context.Fail(code + ".missing", actPath, ("due", due), ("period", days));
        }
        else
        {
            context.Inform(code + ".due", actPath, ("due", due), ("period", days));
        }
    }
}
