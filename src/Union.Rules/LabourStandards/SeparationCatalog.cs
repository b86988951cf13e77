using Union.Domain.LabourStandards;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>The written-contract, compensation and dispute rules of the labour file, for the LS catalog.</summary>
internal static class SeparationCatalog
{
    /// <summary>LS-WRITTEN-CONTRACT, LS-COMPENSATION and LS-DISPUTE, in the order of an employment's life.</summary>
    internal static readonly IRule<LabourFile>[] Rules =
    [
        new WrittenContractRule(),
        new CompensationRule(),
        new DisputeRule(),
    ];
}
