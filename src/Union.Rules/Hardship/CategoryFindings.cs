using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The findings of a category rule once its test is known.</summary>
internal static class CategoryFindings
{
    /// <summary>Reports the outcome of a category's income test with the test's own per-head income.</summary>
    internal static void Report<TRec>(MessageKey[] messages, HardshipFacts facts, TRec context, HardshipCategory category, decimal perHeadExact, bool met, bool circumstance, decimal limit)
        where TRec : struct, IHardshipRecorder
    {
        decimal perHead = HardshipMath.RoundToFen(perHeadExact);
        if (!met)
        {
            context.Inform(messages[0], "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        if (!circumstance)
        {
            context.Inform(messages[1], "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        // Whether the category is open cannot be said while membership is undecided or an exclusion's bars could not be read:
        // the rule is then not assessed, naming the rule whose result is missing, rather than reported barred or recognised.
        if (facts.EligibleMember is null)
        {
            context.PrerequisiteMissing("HD-MEMBER");
            return;
        }

        if (facts.BarsUnknown)
        {
            context.PrerequisiteMissing("HD-EXCLUDED");
            return;
        }

        if (facts.EligibleMember != true || facts.IsBarred(category))
        {
            context.Inform(messages[2], "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        if (facts.Category == category)
        {
            context.Inform(messages[3], "$", ("perHead", perHead), ("limit", limit));
        }
        else
        {
            context.Inform(messages[4], "$", ("perHead", perHead), ("limit", limit));
        }
    }

    /// <summary>The five messages of a category rule <paramref name="code"/>, in the order <see cref="Report"/> indexes them: notMet, noCircumstance, barred, category, alsoMet.</summary>
    internal static MessageKey[] Messages(string code) =>
        [.. Outcomes.Select(s => new MessageKey(code + s, "perHead", "limit"))];

    private static readonly string[] Outcomes = [".notMet", ".noCircumstance", ".barred", ".category", ".alsoMet"];
}
