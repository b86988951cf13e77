namespace Union.Rules.Tests.CollectiveContracts;

/// <summary>A contract that breaks many rules at once: late reply, short quorum, one vote short, signed before approval, filed late, outsider chief.</summary>
internal static class BrokenContract
{
    internal static string Json => Union.Domain.CollectiveContracts.CollectiveContractDocument.FlawedExample;
}
