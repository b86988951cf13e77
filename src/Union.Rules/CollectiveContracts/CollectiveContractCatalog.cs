using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>The built-in CollectiveContracts rules, for the rule catalog.</summary>
internal static class CollectiveContractCatalog
{
    internal static IEnumerable<IRule> Rules => [];
}
