using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>The zh-Hans and English messages of the CollectiveContracts rules.</summary>
internal static class CollectiveContractMessages
{
    internal static readonly MessageEntry[] Entries =
    [
    ];
}
