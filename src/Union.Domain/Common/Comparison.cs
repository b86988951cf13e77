using System.Text.Json.Serialization;

namespace Union.Domain.Common;

/// <summary>
/// How a value is compared with a statutory threshold (比较方式), following the counting words of
/// 民法典 第一千二百五十九条: 以上 / 以下 / 以内 / 届满 include the number; 不满 / 超过 / 以外 exclude it.
/// </summary>
public enum Comparison
{
    /// <summary>≥: 以上, 不低于, 不少于, 半数以上 (the number itself is included).</summary>
    [JsonStringEnumMemberName("atLeast")]
    AtLeast = 0,

    /// <summary>≤: 以下, 以内, 不超过, 不得超过 (the number itself is included).</summary>
    [JsonStringEnumMemberName("atMost")]
    AtMost = 1,

    /// <summary>&gt;: 超过, 过半数, 高于 (the number itself is excluded).</summary>
    [JsonStringEnumMemberName("moreThan")]
    MoreThan = 2,

    /// <summary>&lt;: 不满, 不足, 低于 (the number itself is excluded).</summary>
    [JsonStringEnumMemberName("lessThan")]
    LessThan = 3,
}

/// <summary>Evaluates a <see cref="Comparison"/> (比较).</summary>
public static class ComparisonExtensions
{
    /// <summary>Whether <paramref name="value"/> satisfies the comparison against <paramref name="threshold"/>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="value">The value.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The outcome.</returns>
    public static bool Holds(this Comparison comparison, decimal value, decimal threshold) => FromSign(comparison, value.CompareTo(threshold));

    /// <summary>Whether the exact fraction <paramref name="part"/>/<paramref name="whole"/> satisfies the comparison against <paramref name="threshold"/>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole; at least 1.</param>
    /// <param name="threshold">The threshold ratio.</param>
    /// <returns>The outcome.</returns>
    public static bool Holds(this Comparison comparison, long part, long whole, Ratio threshold) => FromSign(comparison, threshold.CompareFraction(part, whole));

    /// <summary>
    /// The count at the limit of a share threshold over <paramref name="whole"/>: the fewest that satisfy
    /// <see cref="Comparison.AtLeast"/> or <see cref="Comparison.MoreThan"/> (20 of 30 for ≥ 2/3; 16 of 30 for &gt; 1/2), or the
    /// most that satisfy <see cref="Comparison.AtMost"/> or <see cref="Comparison.LessThan"/> (1 of 3 for ≤ 1/3).
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="threshold">The threshold ratio.</param>
    /// <param name="whole">The whole; not negative.</param>
    /// <returns>The limiting count (may be negative for &lt; 0, i.e. nothing satisfies it).</returns>
    public static long LimitCount(this Comparison comparison, Ratio threshold, long whole) => comparison switch
    {
        Comparison.AtLeast => threshold.MinimumCountOf(whole),
        Comparison.MoreThan => threshold.MaximumCountOf(whole) + 1,
        Comparison.AtMost => threshold.MaximumCountOf(whole),
        _ => threshold.MinimumCountOf(whole) - 1,
    };

    /// <summary>The mathematical symbol: ≥, ≤, &gt; or &lt;.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(this Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.MoreThan => ">",
        Comparison.LessThan => "<",
        _ => "?",
    };

    private static bool FromSign(Comparison comparison, int sign) => comparison switch
    {
        Comparison.AtLeast => sign >= 0,
        Comparison.AtMost => sign <= 0,
        Comparison.MoreThan => sign > 0,
        Comparison.LessThan => sign < 0,
        _ => false,
    };
}
