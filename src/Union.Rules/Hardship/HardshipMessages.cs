using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The zh-Hans and English messages of the Hardship rules.</summary>
internal static class HardshipMessages
{
    internal static readonly MessageEntry[] Entries =
    [
    ];
}
