using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>The zh-Hans and English messages of the WageNegotiation rules.</summary>
internal static class WageNegotiationMessages
{
    internal static readonly MessageEntry[] Entries =
    [
    ];
}
