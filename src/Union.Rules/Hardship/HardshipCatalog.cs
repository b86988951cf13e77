using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The built-in Hardship rules, for the rule catalog.</summary>
internal static class HardshipCatalog
{
    internal static IEnumerable<IRule> Rules => HardshipEngine.DefaultRules.Rules;
}
