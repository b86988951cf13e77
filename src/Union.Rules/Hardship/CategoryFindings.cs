using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The findings of a category rule once its test is known.</summary>
internal static class CategoryFindings
{
    /// <summary>Reports the outcome of a category's income test with the test's own per-head income.</summary>
    internal static void Report(string code, HardshipFacts facts, RuleContext context, HardshipCategory category, decimal perHeadExact, bool met, bool circumstance, decimal limit)
    {
        decimal perHead = decimal.Round(perHeadExact, 2, MidpointRounding.AwayFromZero);
        if (!met)
        {
            context.Inform(code + ".notMet", "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        if (!circumstance)
        {
            context.Inform(code + ".noCircumstance", "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        if (facts.EligibleMember != true || facts.IsBarred(category))
        {
            context.Inform(code + ".barred", "$", ("perHead", perHead), ("limit", limit));
            return;
        }

        if (facts.Category == category)
        {
            context.Inform(code + ".category", "$", ("perHead", perHead), ("limit", limit));
        }
        else
        {
            context.Inform(code + ".alsoMet", "$", ("perHead", perHead), ("limit", limit));
        }
    }
}
