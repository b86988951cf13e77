using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-TERM (工资协议期限): the agreement's term against the shortest, longest and usual term the profile sets.</summary>
/// <remarks>
/// <para>工资集体协商试行办法 第七条第（一）项 makes 工资协议的期限 an item of the agreement and sets no length; 第二十五条 sends what the
/// 办法 leaves open to 集体合同规定, whose 第三十八条 gives 专项集体合同 (a wage agreement, 办法 第三条第二款) "一般为1至3年": nationally a
/// term outside one to three years is a Warning. A regional wage text replaces these values and becomes the finding's first
/// citation: 内蒙古 第三十条 "期限为一年", 河南 第三十一条, 吉林 第二十九条, 辽宁 第三十一条, 广西 第三十五条 "为一至三年", 贵州 第二十七条
/// "1至2年" and 浙江省集体合同条例 第三十条第一款 "为一至三年" have no "一般", so <c>wn.term.binding</c> makes a term outside the limits
/// a Violation; 山东 第十七条第三款 binds only the maximum ("最长不超过三年"; its minimum is recorded as 0, no minimum); 湖南
/// 第三十六条 and 陕西 第三十二条 keep "一般" (a Warning).</para>
/// <para>A usual length (<c>wn.term.usualYears</c>: 上海市集体合同条例 第二十五条第一款, 浙江 第三十条第二款, 杭州 第二十三条第一款, 山东,
/// 天津 第二十六条第二款, 江西 第二十八条第一款, each "一般为一年") makes any other length a Warning; where no region sets one, none is
/// checked (the fact <c>wn.term.usualYears</c> = none is recorded).</para>
/// <para>A term covers days and includes its first day: N years from <c>start</c> end on
/// <see cref="LegalPeriods.TermEnd(LocalDate, Period)"/> (one year from 2026-01-01 ends on 2026-12-31; one year from 29 February
/// ends on 28 February, the month's last day, 民法典 第二百零二条). Exactly on a limit is within it; one day past it is not.</para>
/// </remarks>
public sealed class AgreementTermWithinLimitsRule : Rule<WageProposal>
{
    private static readonly MessageKey Short = new("WN-TERM.short", "start", "end", "min", "shortestEnd");
    private static readonly MessageKey Long = new("WN-TERM.long", "start", "end", "max", "longestEnd");
    private static readonly MessageKey Unusual = new("WN-TERM.unusual", "start", "end", "usual", "usualEnd");

    /// <summary>
    /// Creates WN-TERM, a warning (a violation where the region's text binds the limits) resting on 工资集体协商试行办法 第七条第（一）项
    /// (the term is an item of the agreement) and 第二十五条 (what the 办法 leaves open follows 集体合同规定).
    /// </summary>
    public AgreementTermWithinLimitsRule()
        : base("WN-TERM", Severity.Warning, new Citation(Instruments.WageNegotiationMeasures, 7, null, 1), new Citation(Instruments.WageNegotiationMeasures, 25))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        LocalDate start = facts.Term.Start;
        LocalDate end = facts.Term.End;
        context.Fact("term.start", start);
        context.Fact("term.end", end);
        context.Set(WageNegotiationOutputs.AgreementEnds, end);
        if (!context.TryRead(WageNegotiationParameters.MinTermYears, out decimal min)
            || !context.TryRead(WageNegotiationParameters.MaxTermYears, out decimal max)
            || !context.TryRead(WageNegotiationParameters.TermBinding, out bool binding))
        {
            return;
        }

        decimal? usual = context.TryRead(WageNegotiationParameters.UsualTermYears, out decimal u0) ? u0 : null;
        Severity outside = binding ? Severity.Violation : Severity.Warning;
        if (TermLimits.LastDay(start, min) is { } shortest && !context.CompareDates("term.end", end, Comparison.AtLeast, "lastDay(minYears)", shortest))
        {
            context.Fail(outside, Short, "$.term.end", ("start", start), ("end", end), ("min", min), ("shortestEnd", shortest));
        }
        else if (TermLimits.LastDay(start, max) is { } longest && !context.CompareDates("term.end", end, Comparison.AtMost, "lastDay(maxYears)", longest))
        {
            context.Fail(outside, Long, "$.term.end", ("start", start), ("end", end), ("max", max), ("longestEnd", longest));
        }

        if (usual is { } u && TermLimits.LastDay(start, u) is { } usualEnd && end != usualEnd)
        {
            context.Fail(Severity.Warning, Unusual, "$.term.end", ("start", start), ("end", end), ("usual", u), ("usualEnd", usualEnd));
        }
    }
}
