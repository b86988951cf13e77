namespace Union.Domain.Common;

/// <summary>
/// How a value is compared with a statutory threshold (比较方式), following the counting words of
/// 民法典 第一千二百五十九条: 以上 / 以下 / 以内 / 届满 include the number; 不满 / 超过 / 以外 exclude it.
/// </summary>
public enum Comparison
{
    /// <summary>≥: 以上, 不低于, 不少于, 半数以上 (the number itself is included).</summary>
    AtLeast = 0,

    /// <summary>≤: 以下, 以内, 不超过, 不得超过 (the number itself is included).</summary>
    AtMost = 1,

    /// <summary>&gt;: 超过, 过半数, 高于 (the number itself is excluded).</summary>
    MoreThan = 2,

    /// <summary>&lt;: 不满, 不足, 低于 (the number itself is excluded).</summary>
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
