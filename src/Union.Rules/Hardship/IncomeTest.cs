using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The per-head income test shared by HD-DEEP and HD-RELATIVE: multiplier × 低保, compared as the parameter says.</summary>
internal static class IncomeTest
{
    internal const string Subsistence = "standard.subsistenceAllowance.urban";

    /// <summary>Reads the limit and compares the per-head income; <see langword="null"/> when not assessed.</summary>
    internal static bool? Run(HardshipFacts facts, RuleContext context, string multiplierName, string limitName, bool reportStale, out decimal limit, out Comparison cmp)
    {
        limit = 0m;
        cmp = Comparison.LessThan;
        if (facts.PerHeadMonthly is not { } perHead)
        {
            HardshipCitations.PrerequisiteMissing(context, "HD-PER-CAPITA");
            return null;
        }

        if (!context.TryParameter(Subsistence, out ParameterReading dibao) || !dibao.Value.TryGetNumber(out decimal standard))
        {
            return null;
        }

        if (reportStale)
        {
            HardshipCitations.ReportStale(context, dibao, "HD.staleStandard");
        }
        if (!context.TryParameter(multiplierName, out ParameterReading m) || !m.Value.TryGetNumber(out decimal multiplier))
        {
            return null;
        }

        cmp = m.Comparison ?? Comparison.LessThan;
        limit = HardshipMath.Limit(multiplier, standard);
        return context.Compare("perHeadMonthly", perHead, cmp, limitName, limit);
    }
}
