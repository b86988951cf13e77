using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>The built-in WageNegotiation rules, for the rule catalog.</summary>
internal static class WageNegotiationCatalog
{
    internal static IEnumerable<IRule> Rules => WageNegotiationDomain.DefaultRules.Rules;
}
