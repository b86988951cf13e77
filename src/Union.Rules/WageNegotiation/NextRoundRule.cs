using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-FREQUENCY (协商频次): the next round's date and the window in which either side may propose it.</summary>
/// <remarks>
/// <para>工资集体协商试行办法 第二十四条: "工资集体协商一般情况下一年进行一次。职工和企业双方均可在原工资协议期满前60日内，向对方书面提出协商意向书，
/// 进行下一轮的工资集体协商".</para>
/// <para>Interpretation: the next round is due 12 months after the term's first day (a multi-year agreement is reported, since a
/// round is normally held every year); the proposal window runs from 60 days before the last day of the term (counted back,
/// the last day excluded) to that last day.</para>
/// </remarks>
public sealed class NextRoundRule() : Rule<WageProposal>("WN-FREQUENCY", Severity.Info, new Citation(Instruments.WageNegotiationMeasures, 24))
{
    private static readonly MessageKey MultiYear = new("WN-FREQUENCY.multiYear", "end", "months");
    private static readonly MessageKey Next = new("WN-FREQUENCY.next", "next", "from", "to", "period");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryRead(WageNegotiationParameters.FrequencyMonths, out decimal months)
            || !context.TryRead(WageNegotiationParameters.ProposalWindow, out LegalPeriod windowDays)
            || !context.TryWindowOpens(facts.Term.End, windowDays, "$.term.end", out LocalDate windowFrom))
        {
            return;
        }

        LocalDate next = facts.Term.Start.PlusMonths((int)months);
        context.Set(WageNegotiationOutputs.NextRoundBy, next);
        context.Set(WageNegotiationOutputs.RenewalWindowFrom, windowFrom);
        context.Set(WageNegotiationOutputs.RenewalWindowTo, facts.Term.End);
        context.Inform(Next, "$.term", ("next", next), ("from", windowFrom), ("to", facts.Term.End), ("period", windowDays));
        if (facts.Term.End >= next)
        {
            context.Inform(MultiYear, "$.term", ("end", facts.Term.End), ("months", months));
        }
    }
}
