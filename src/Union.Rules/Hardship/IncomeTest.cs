using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The per-head income test shared by HD-DEEP and HD-RELATIVE: multiplier × 低保, compared as the parameter says.</summary>
internal static class IncomeTest
{
    private static readonly MessageKey StaleStandard = new("HD.staleStandard", "parameter", "value", "from", "staleSince");

    /// <summary>
    /// Reads the limit and compares the test's own per-head income with it; <see langword="null"/> when not assessed.
    /// </summary>
    internal static bool? Run<TRec>(decimal? perHeadMonthly, TRec context, int multiplierParameter, string limitName, bool reportStale, out decimal limit, out Comparison cmp)
        where TRec : struct, IHardshipRecorder
    {
        limit = 0m;
        cmp = Comparison.LessThan;
        if (perHeadMonthly is not { } perHead)
        {
            context.PrerequisiteMissing("HD-PER-CAPITA");
            return null;
        }

        if (!context.TryNumber(HardshipParameterIds.SubsistenceAllowance, out decimal standard, out ParameterReading dibao))
        {
            return null;
        }

        if (reportStale)
        {
            context.ReportStale(dibao, StaleStandard);
        }

        if (!context.TryNumber(multiplierParameter, out decimal multiplier, out ParameterReading m))
        {
            return null;
        }

        cmp = m.Comparison ?? Comparison.LessThan;
        limit = HardshipMath.Limit(multiplier, standard);
        return context.Compare("perHeadMonthly", perHead, cmp, limitName, limit);
    }
}
