using System.Globalization;

namespace Union.Rules.WorkersCongress;

/// <summary>
/// Reads the <c>headcount:minimum</c> tiers of <c>wc.delegates.minByHeadcount</c> (代表名额分档): each tier reads "from this
/// many employees (included), at least this many delegates, until the next tier".
/// </summary>
internal static class DelegateTiers
{
    /// <summary>Finds the fewest delegates for a headcount; false when the list is not a list of tiers or no tier covers it.</summary>
    /// <param name="tiers">The list's entries, e.g. <c>100:30</c>.</param>
    /// <param name="headcount">The employees.</param>
    /// <param name="minimum">The fewest delegates, when found.</param>
    /// <param name="wellFormed">Whether every entry is a tier (two whole numbers, not negative, joined by a colon).</param>
    /// <returns>Whether a tier covers the headcount.</returns>
    internal static bool TryMinimum(IReadOnlyList<string> tiers, long headcount, out long minimum, out bool wellFormed)
    {
        minimum = 0;
        wellFormed = tiers.Count > 0;
        long bestFrom = -1;
        foreach (string tier in tiers)
        {
            int colon = tier.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0
                || !long.TryParse(tier.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out long from)
                || !long.TryParse(tier.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long fewest))
            {
                wellFormed = false;
                return false;
            }

            if (from <= headcount && from > bestFrom)
            {
                bestFrom = from;
                minimum = fewest;
            }
        }

        return bestFrom >= 0;
    }
}
