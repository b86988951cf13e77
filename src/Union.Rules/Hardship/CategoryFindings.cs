using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The findings of a category rule once its test is known.</summary>
internal static class CategoryFindings
{
    internal static void Report(string code, HardshipFacts facts, RuleContext context, HardshipCategory category, bool met, bool circumstance, decimal limit)
    {
        decimal perHead = decimal.Round(facts.PerHeadMonthly ?? 0m, 2, MidpointRounding.AwayFromZero);
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

        if (facts.EligibleMember != true || facts.Exclusions != HardshipExclusions.None)
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
