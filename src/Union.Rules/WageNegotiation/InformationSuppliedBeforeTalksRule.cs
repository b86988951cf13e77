using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-DISCLOSURE (提供情况和资料): the information the other side asked for is supplied before the talks, in the 5 days before they start.</summary>
/// <remarks>
/// <para>工资集体协商试行办法 第十八条: "协商双方有义务按照对方要求，在协商开始前5日内，提供与工资集体协商有关的真实情况和资料。"</para>
/// <para>Interpretation: 前5日内 names the window [start − 5 days, start − 1 day] in which the duty falls due; information supplied
/// earlier is not late, information supplied on or after the first day of talks is. The rule reports the window; with no
/// supply date after the talks began it reports the input as missing (whether anything was asked for is not recorded).</para>
/// </remarks>
public sealed class InformationSuppliedBeforeTalksRule() : Rule<WageProposal>("WN-DISCLOSURE", Severity.Warning, new Citation(Instruments.WageNegotiationMeasures, 18))
{
    private static readonly MessageKey Late = new("WN-DISCLOSURE.late", "supplied", "talks", "from", "by");
    private static readonly MessageKey Window = new("WN-DISCLOSURE.window", "period", "from", "by");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        WageProcess? p = facts.Process;
        if (p?.TalksStart is not { } talks)
        {
            context.NotApplicable();
            return;
        }

        LocalDate by = talks.PlusDays(-1);
        if (!context.TryRead(WageNegotiationParameters.DisclosurePeriodBefore, out LegalPeriod days)
            || !context.TryWindowOpens(by, days, "$.process.talksStart", out LocalDate from))
        {
            return;
        }

        context.Fact("windowFrom", from);
        context.Fact("windowTo", by);
        if (p.InformationSupplied is { } supplied)
        {
            if (context.CompareDates("process.informationSupplied", supplied, Comparison.AtMost, "windowTo", by))
            {
                context.Pass();
            }
            else
            {
                context.Fail(Late, "$.process.informationSupplied", ("supplied", supplied), ("talks", talks), ("from", from), ("by", by));
            }
        }
        else if (context.AsOf >= talks)
        {
            context.MissingInput("$.process.informationSupplied");
        }
        else
        {
            context.Inform(Window, "$.process.talksStart", ("from", from), ("by", by), ("period", days));
        }
    }
}
