using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The findings of a category rule once its test is known.</summary>
internal static class CategoryFindings
{
    /// <summary>Reports the outcome of a category's income test with the test's own per-head income.</summary>
    internal static void Report<TRec>(string code, HardshipFacts facts, TRec context, HardshipCategory category, decimal perHeadExact, bool met, bool circumstance, decimal limit)
        where TRec : struct, IHardshipRecorder
    {
        decimal perHead = decimal.Round(perHeadExact, 2, MidpointRounding.AwayFromZero);
        if (!met)
        {
            context.Inform(Key(code, 0), "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        if (!circumstance)
        {
            context.Inform(Key(code, 1), "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        if (facts.EligibleMember != true || facts.IsBarred(category))
        {
            context.Inform(Key(code, 2), "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        if (facts.Category == category)
        {
            context.Inform(Key(code, 3), "$", ("perHead", perHead), ("limit", limit));
        }
        else
        {
            context.Inform(Key(code, 4), "$", ("perHead", perHead), ("limit", limit));
        }
    }

    // The message keys of HD-DEEP and HD-RELATIVE: notMet, noCircumstance, barred, category, alsoMet.
    private static readonly string[] Suffixes = [".notMet", ".noCircumstance", ".barred", ".category", ".alsoMet"];
    private static readonly string[] Deep = [.. Suffixes.Select(s => "HD-DEEP" + s)];
    private static readonly string[] Relative = [.. Suffixes.Select(s => "HD-RELATIVE" + s)];

    private static string Key(string code, int outcome) =>
        code == "HD-DEEP" ? Deep[outcome] : code == "HD-RELATIVE" ? Relative[outcome] : code + Suffixes[outcome];
}
