using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The per-head income test shared by HD-DEEP and HD-RELATIVE: multiplier × 低保, compared as the parameter says.</summary>
internal static class IncomeTest
{
    /// <summary>
    /// Reads the limit and compares the test's own per-head income with it; <see langword="null"/> when not assessed.
    /// </summary>
    internal static bool? Run(decimal? perHeadMonthly, RuleContext context, Parameter<decimal> multiplierParameter, string limitName, bool reportStale, out decimal limit, out Comparison cmp)
    {
        limit = 0m;
        cmp = Comparison.LessThan;
        if (perHeadMonthly is not { } perHead)
        {
            HardshipCitations.PrerequisiteMissing(context, "HD-PER-CAPITA");
            return null;
        }

        if (!context.TryRead(HardshipParameters.SubsistenceAllowance, out decimal standard, out ParameterReading dibao))
        {
            return null;
        }

        if (reportStale)
        {
            HardshipCitations.ReportStale(context, dibao, "HD.staleStandard");
        }

        if (!context.TryRead(multiplierParameter, out decimal multiplier, out ParameterReading m))
        {
            return null;
        }

        cmp = m.Comparison ?? Comparison.LessThan;
        limit = HardshipMath.Limit(multiplier, standard);
        return context.Compare("perHeadMonthly", perHead, cmp, limitName, limit);
    }
}
