using Union.Domain.Common;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The largest lawful number of dispatched workers (被派遣劳动者最高人数) for an employer's own labour-contract employees, exactly:
/// 劳务派遣暂行规定 第四条 caps the dispatched at a share r of 用工总量 = own employees + dispatched, so n ≤ r·(own + n), that is
/// n·(1 − r) ≤ r·own and n ≤ r·own ÷ (1 − r), rounded down; with r = p/q in integers, n ≤ p·own ÷ (q − p).
/// </summary>
public static class DispatchCap
{
    /// <summary>
    /// The largest number of dispatched workers that satisfies the cap for <paramref name="ownEmployees"/> own employees, or
    /// <see langword="null"/> when the cap sets no limit (a ratio of 1, or more, under <see cref="Comparison.AtMost"/>).
    /// </summary>
    /// <param name="ratio">The cap's share of the workforce, e.g. 1/10.</param>
    /// <param name="comparison">How the share compares with the cap: <see cref="Comparison.AtMost"/> (不得超过, the share may equal the
    /// cap) or <see cref="Comparison.LessThan"/> (the share must stay below it).</param>
    /// <param name="ownEmployees">The employees under the employer's own labour contracts; not negative.</param>
    /// <returns>The largest lawful number (0 or more), or <see langword="null"/> for no limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ownEmployees"/> is negative, or <paramref name="comparison"/>
    /// is not an upper bound.</exception>
    public static long? LargestLawful(Ratio ratio, Comparison comparison, long ownEmployees)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ownEmployees);
        if (comparison is not (Comparison.AtMost or Comparison.LessThan))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "A cap compares at most or less than.");
        }

        Int128 p = ratio.Numerator;
        Int128 q = ratio.Denominator;
        if (p >= q)
        {
            // r ≥ 1: n ≤ r·(own + n) holds for every n; n < r·(own + n) too, except r = 1 with no own employee (n < n never holds).
            return comparison == Comparison.LessThan && p == q && ownEmployees == 0 ? 0 : null;
        }

        Int128 numerator = p * ownEmployees;
        Int128 room = q - p;
        Int128 largest = comparison == Comparison.AtMost
            ? numerator / room
            : (numerator + room - 1) / room - 1;
        return (long)Int128.Max(largest, 0);
    }

    /// <summary>Whether <paramref name="dispatched"/> dispatched workers beside <paramref name="ownEmployees"/> own employees satisfy the cap.</summary>
    /// <param name="ratio">The cap's share of the workforce.</param>
    /// <param name="comparison">How the share compares with the cap.</param>
    /// <param name="ownEmployees">The own labour-contract employees; not negative.</param>
    /// <param name="dispatched">The dispatched workers; not negative.</param>
    /// <returns>Whether dispatched ÷ (own + dispatched) satisfies the comparison; no dispatched workers always do.</returns>
    public static bool IsLawful(Ratio ratio, Comparison comparison, long ownEmployees, long dispatched)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ownEmployees);
        ArgumentOutOfRangeException.ThrowIfNegative(dispatched);
        return dispatched == 0 || comparison.Holds(dispatched, ownEmployees + dispatched, ratio);
    }
}
