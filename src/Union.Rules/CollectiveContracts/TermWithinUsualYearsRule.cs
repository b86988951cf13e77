using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.WageNegotiation;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-TERM: the term is usually one to three years (and three in Beijing) (合同期限).</summary>
/// <remarks>
/// <para>集体合同规定 第三十八条："集体合同或专项集体合同期限一般为1至3年"; 北京市集体合同条例 第三十六条 "一般为三年". "一般" makes these
/// norms, so a departure is a Warning; where a region's text fixes the term without "一般" (浙江省集体合同条例 第三十条 "期限为一至三年"),
/// <c>cc.term.binding</c> makes a term outside the limits a Violation, citing the regional article. Parameters
/// <c>cc.term.minYears</c>, <c>cc.term.maxYears</c>, <c>cc.term.usualYears</c> (absent where no usual length is set).</para>
/// <para>A special contract on wages (<c>kind</c> special, <c>specialSubject</c> wageAdjustment) is the wage agreement of
/// 工资集体协商试行办法 第三条, and a region's wage text sets its term: the usual length is <c>wn.term.usualYears</c> (上海市集体合同条例
/// 第二十五条第一款 and 浙江省集体合同条例 第三十条第二款 "工资专项集体合同期限一般为一年", 杭州, 山东, 天津, 江西) in place of the general
/// <c>cc.term.usualYears</c> (北京's three years is written for 集体合同 and is not applied to it), and each of
/// <c>wn.term.minYears</c>, <c>wn.term.maxYears</c> and <c>wn.term.binding</c> replaces its <c>cc.term</c> counterpart where a
/// region's layer sets it (内蒙古: one year, binding); elsewhere the collective-contract value stands (the national wage values are
/// those of 第三十八条). The fact <c>term.limits</c> records which were read.</para>
/// <para>A term covers days and includes its first day: from 2026-01-01, three years end on 2028-12-31; N years from 29 February
/// end on the last day of February (<see cref="LegalPeriods.TermEnd(LocalDate, Period)"/>). Exactly on a limit is within it. Without
/// a start date the term starts on the statutory effective date (CC-EFFECT).</para>
/// </remarks>
public sealed class TermWithinUsualYearsRule() : Rule<CollectiveContract>("CC-TERM", Severity.Warning, new Citation(Instruments.CollectiveContractProvisions, 38))
{
    private static readonly MessageKey TermExpires = new("CC-TERM.expires", "date");
    private static readonly MessageKey Long = new("CC-TERM.long", "start", "end", "max");
    private static readonly MessageKey Short = new("CC-TERM.short", "start", "end", "min");
    private static readonly MessageKey Unusual = new("CC-TERM.unusual", "start", "end", "usual");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Term is null)
        {
            context.MissingInput("$.term");
            return;
        }

        ContractTimeline t = ContractTimeline.Compute(facts, context.Profile, context.AsOf);
        context.Fact("term.start", t.TermStart);
        context.Fact("term.end", t.Expires);
        if (t.TermStart is not { } start)
        {
            context.MissingInput("$.term.start");
            return;
        }

        if (t.Expires is not { } end)
        {
            context.MissingInput("$.term.end");
            return;
        }

        context.Set(CollectiveContractOutputs.Expires, end);
        context.Inform(TermExpires, "$.term", ("date", end));
        bool wage = facts.Kind == ContractKind.Special && facts.SpecialSubject == SpecialSubject.WageAdjustment;
        Parameter<decimal> minParameter = Pick(context, wage, WageNegotiationParameters.MinTermYears, CollectiveContractParameters.MinTermYears);
        Parameter<decimal> maxParameter = Pick(context, wage, WageNegotiationParameters.MaxTermYears, CollectiveContractParameters.MaxTermYears);
        Parameter<bool> bindingParameter = Pick(context, wage, WageNegotiationParameters.TermBinding, CollectiveContractParameters.TermBinding);
        context.Fact("term.limits", wage ? "wage" : "general");
        if (!context.TryRead(minParameter, out decimal min) || !context.TryRead(maxParameter, out decimal max)
            || !context.TryRead(bindingParameter, out bool binding))
        {
            return;
        }

        Parameter<decimal> usualParameter = wage ? WageNegotiationParameters.UsualTermYears : CollectiveContractParameters.UsualTermYears;
        decimal? usual = context.TryRead(usualParameter, out decimal u0) ? u0 : null;
        Severity outside = binding ? Severity.Violation : Severity.Warning;
        if (TermLimits.LastDay(start, min) is { } shortest && !context.CompareDates("term.end", end, Comparison.AtLeast, "lastDay(minYears)", shortest))
        {
            context.Fail(outside, Short, "$.term", ("start", start), ("end", end), ("min", min));
        }
        else if (TermLimits.LastDay(start, max) is { } longest && !context.CompareDates("term.end", end, Comparison.AtMost, "lastDay(maxYears)", longest))
        {
            context.Fail(outside, Long, "$.term", ("start", start), ("end", end), ("max", max));
        }

        if (usual is { } u && TermLimits.LastDay(start, u) is { } usualEnd && end != usualEnd)
        {
            context.Fail(Unusual, "$.term", ("start", start), ("end", end), ("usual", u));
        }
    }

    /// <summary>The wage agreement's parameter for a special contract on wages where a region's layer sets it; otherwise the collective contract's.</summary>
    private static Parameter<T> Pick<T>(RuleContext context, bool wage, Parameter<T> wageParameter, Parameter<T> general) =>
        wage && context.Profile.TryGet(wageParameter.Name, context.AsOf, out ParameterReading r) && r.Layer != JurisdictionProfile.NationalLayerName
            ? wageParameter
            : general;
}
