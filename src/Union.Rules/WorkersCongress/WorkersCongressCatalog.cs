using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>The built-in WorkersCongress rules, for the rule catalog.</summary>
internal static class WorkersCongressCatalog
{
    internal static IEnumerable<IRule> Rules => WorkersCongressDomain.DefaultRules.Rules;
}
