using System.Globalization;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The longest probation by the contract's term (试用期上限分档, 劳动合同法 第十九条第一款), read from the tiers of
/// <c>ls.probation.maxByTerm</c>: each <c>"T:P"</c> allows at most P months of probation in a fixed term of T months or more
/// (以上) and less than the next tier's T (不满). Below the first tier no probation may be agreed (第十九条第三款: 劳动合同期限不满三个月);
/// an open-ended contract takes the last tier (三年以上固定期限和无固定期限的劳动合同).
/// </summary>
public sealed class ProbationTiers
{
    private readonly (int TermMonths, int MaxProbationMonths)[] _tiers;

    private ProbationTiers((int, int)[] tiers) => _tiers = tiers;

    /// <summary>Gets the tiers, shortest term first.</summary>
    public IReadOnlyList<(int TermMonths, int MaxProbationMonths)> Tiers => _tiers;

    /// <summary>Gets the shortest fixed term in which a probation may be agreed (3 months nationally).</summary>
    public int ShortestTermWithProbation => _tiers[0].TermMonths;

    /// <summary>Gets the longest probation of an open-ended contract: the last tier's.</summary>
    public int OpenEndedMax => _tiers[^1].MaxProbationMonths;

    /// <summary>
    /// Reads tiers such as <c>3:1</c>, <c>12:2</c>, <c>36:6</c>: whole numbers, terms rising, at least one tier; anything else is
    /// no reading (the rule reports the parameter as invalid).
    /// </summary>
    /// <param name="items">The list's items.</param>
    /// <param name="tiers">The tiers, when the items are valid.</param>
    /// <returns>Whether they are.</returns>
    public static bool TryParse(IReadOnlyList<string> items, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProbationTiers? tiers)
    {
        ArgumentNullException.ThrowIfNull(items);
        tiers = null;
        var list = new List<(int, int)>(items.Count);
        int previous = 0;
        foreach (string item in items)
        {
            string[] parts = item.Split(':');
            if (parts.Length != 2
                || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int term)
                || !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int max)
                || term <= previous)
            {
                return false;
            }

            list.Add((term, max));
            previous = term;
        }

        if (list.Count == 0)
        {
            return false;
        }

        tiers = new ProbationTiers([.. list]);
        return true;
    }

    /// <summary>
    /// The longest probation a fixed term of <paramref name="termMonths"/> whole months allows, or <see langword="null"/> when it
    /// is shorter than the first tier (不满三个月: none may be agreed).
    /// </summary>
    /// <param name="termMonths">The term in whole months.</param>
    /// <returns>The longest probation in months, or <see langword="null"/>.</returns>
    public int? MaxForFixedTerm(int termMonths)
    {
        int? max = null;
        foreach ((int term, int probation) in _tiers)
        {
            if (termMonths >= term)
            {
                max = probation;
            }
        }

        return max;
    }
}
