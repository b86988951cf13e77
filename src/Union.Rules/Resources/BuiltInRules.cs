using Union.Rules.Engine;

namespace Union.Rules.Resources;

/// <summary>The built-in rules of each legal domain, gathered for the catalog.</summary>
internal static class BuiltInRules
{
    internal static IEnumerable<IRule> All() =>
        CollectiveContracts.CollectiveContractCatalog.Rules
            .Concat(WageNegotiation.WageNegotiationCatalog.Rules)
            .Concat(Hardship.HardshipCatalog.Rules)
            .Concat(WorkersCongress.WorkersCongressCatalog.Rules)
            .Concat(Organisation.OrganisationCatalog.Rules)
            .Concat(LabourStandards.LabourStandardsCatalog.Rules);
}
