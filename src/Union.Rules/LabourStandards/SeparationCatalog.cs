using Union.Domain.LabourStandards;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>The written-contract, compensation and dispute rules of the labour file, run on their own by their case tests.</summary>
internal static class SeparationCatalog
{
    /// <summary>LS-WRITTEN-CONTRACT, LS-COMPENSATION and LS-DISPUTE, the catalog's instances, in the order of an employment's life.</summary>
    internal static readonly IRule<LabourFile>[] Rules =
        [.. LabourStandardsCatalog.FileRules.Where(r => r.Code is "LS-WRITTEN-CONTRACT" or "LS-COMPENSATION" or "LS-DISPUTE")];
}
