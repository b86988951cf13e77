using Union.Rules.Engine;

namespace Union.Rules.Resources;

/// <summary>The built-in message tables of each legal domain, gathered for <see cref="Messages.Default"/>.</summary>
internal static class BuiltInMessages
{
    internal static IEnumerable<MessageEntry> All() =>
        EngineMessages.Entries
            .Concat(CollectiveContracts.CollectiveContractMessages.Entries)
            .Concat(WageNegotiation.WageNegotiationMessages.Entries)
            .Concat(Hardship.HardshipMessages.Entries)
            .Concat(Organisation.OrganisationMessages.Entries)
            .Concat(LabourStandards.LabourStandardMessages.Entries)
            .Concat(WorkersCongress.WorkersCongressMessages.Entries)
            .Concat(LabourStandards.LabourRuleMessages.Entries)
            .Concat(LabourStandards.SeparationMessages.Entries)
            .Concat(ReportMessages.Entries)
            .Concat(ValueLabels.Entries);
}
