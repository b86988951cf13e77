using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-TERM: the term is usually one to three years (and three in Beijing) (合同期限).</summary>
/// <remarks>
/// 集体合同规定 第三十八条："集体合同或专项集体合同期限一般为1至3年"; 北京市集体合同条例 第三十六条 "一般为三年". "一般" makes these
/// norms, so a departure is a Warning; where a region's text fixes the term without "一般" (浙江省集体合同条例 第三十条 "期限为一至三年"),
/// <c>cc.term.binding</c> makes a term outside the limits a Violation, citing the regional article. A term covers days and includes its first day: from 2026-01-01, three years end on
/// 2028-12-31. Without a start date the term starts on the statutory effective date (CC-EFFECT). Parameters
/// <c>cc.term.minYears</c>, <c>cc.term.maxYears</c>, <c>cc.term.usualYears</c> (absent where no usual length is set).
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
        if (!context.TryRead(CollectiveContractParameters.MinTermYears, out decimal min) || !context.TryRead(CollectiveContractParameters.MaxTermYears, out decimal max)
            || !context.TryRead(CollectiveContractParameters.TermBinding, out bool binding))
        {
            return;
        }

        decimal? usual = context.TryRead(CollectiveContractParameters.UsualTermYears, out decimal u0) ? u0 : null;
        Severity outside = binding ? Severity.Violation : Severity.Warning;

        LocalDate after = end.PlusDays(1);
        LocalDate shortest = start.PlusYears((int)min);
        LocalDate longest = start.PlusYears((int)max);
        if (!context.CompareDates("term.end+1", after, Comparison.AtLeast, "start+minYears", shortest))
        {
            context.Fail(outside, Short, "$.term", ("start", start), ("end", end), ("min", min));
        }
        else if (!context.CompareDates("term.end+1", after, Comparison.AtMost, "start+maxYears", longest))
        {
            context.Fail(outside, Long, "$.term", ("start", start), ("end", end), ("max", max));
        }

        if (usual is { } u && after != start.PlusYears((int)u))
        {
            context.Fail(Unusual, "$.term", ("start", start), ("end", end), ("usual", u));
        }
    }
}
