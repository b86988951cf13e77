using System.Globalization;
using System.Numerics;

namespace Union.Domain.Common;

/// <summary>
/// An exact non-negative ratio (比例), such as 2/3, 1/2, 10 % or 0.8, held as a reduced fraction.
/// </summary>
/// <remarks>
/// <para>Thresholds such as "三分之二以上" cannot be held exactly in a <see cref="decimal"/>; a ratio keeps
/// the fraction, and <see cref="CompareFraction(long, long)"/> compares a count against it by cross-multiplication,
/// so 20 present of 30 delegates is exactly 2/3.</para>
/// <para>Equality is by value (2/4 equals 1/2). The default value is 0/1.</para>
/// </remarks>
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>
{
    private readonly long _numerator;
    private readonly long _denominatorMinusOne;

    private Ratio(long numerator, long denominator)
    {
        _numerator = numerator;
        _denominatorMinusOne = denominator - 1;
    }

    /// <summary>Zero.</summary>
    public static Ratio Zero => default;

    /// <summary>One (100 %).</summary>
    public static Ratio One => new(1, 1);

    /// <summary>Gets the numerator of the reduced fraction.</summary>
    public long Numerator => _numerator;

    /// <summary>Gets the denominator of the reduced fraction; always at least 1.</summary>
    public long Denominator => _denominatorMinusOne + 1;

    /// <summary>Creates the ratio <paramref name="numerator"/> / <paramref name="denominator"/>.</summary>
    /// <param name="numerator">The numerator; not negative.</param>
    /// <param name="denominator">The denominator; at least 1.</param>
    /// <returns>The reduced ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative or the denominator below 1.</exception>
    public static Ratio Of(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1L);
        long g = (long)BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (g == 0)
        {
            g = 1;
        }

        return new Ratio(numerator / g, denominator / g);
    }

    /// <summary>Creates the ratio equal to a non-negative decimal fraction such as 0.8 (4/5).</summary>
    /// <param name="value">The value; not negative, with at most 18 decimal places.</param>
    /// <returns>The exact ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or has too many digits.</exception>
    public static Ratio FromDecimal(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        int scale = value.Scale;
        if (scale > 18)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "At most 18 decimal places.");
        }

        decimal den = 1m;
        for (int i = 0; i < scale; i++)
        {
            den *= 10m;
        }

        decimal num = value * den;
        if (num > long.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value is too large for a ratio.");
        }

        return Of((long)num, (long)den);
    }

    /// <summary>Creates the ratio for a percentage: 10 gives 1/10.</summary>
    /// <param name="percent">The percentage; not negative.</param>
    /// <returns>The ratio.</returns>
    public static Ratio FromPercent(decimal percent) => FromDecimal(percent / 100m);

    /// <summary>Gets the value as a decimal (rounded where the fraction does not terminate, e.g. 2/3).</summary>
    public decimal ToDecimal() => (decimal)_numerator / Denominator;

    /// <summary>Gets the value as a percentage (rounded where the fraction does not terminate).</summary>
    public decimal ToPercent() => ToDecimal() * 100m;

    /// <summary>
    /// Compares the fraction <paramref name="part"/> / <paramref name="whole"/> with this ratio exactly.
    /// </summary>
    /// <param name="part">The part, e.g. delegates present.</param>
    /// <param name="whole">The whole, e.g. all delegates; at least 1.</param>
    /// <returns>Negative, zero or positive as part/whole is less than, equal to or greater than this ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is less than 1.</exception>
    public int CompareFraction(long part, long whole)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(whole, 1L);
        Int128 left = (Int128)part * Denominator;
        Int128 right = (Int128)_numerator * whole;
        return left.CompareTo(right);
    }

    /// <summary>Gets the smallest whole number n with n / <paramref name="whole"/> ≥ this ratio.</summary>
    /// <param name="whole">The whole, e.g. all delegates; not negative.</param>
    /// <returns>The smallest count that reaches the ratio (ceiling).</returns>
    public long MinimumCountOf(long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(whole);
        Int128 product = (Int128)_numerator * whole;
        Int128 den = Denominator;
        return (long)((product + den - 1) / den);
    }

    /// <summary>Gets the largest whole number n with n / <paramref name="whole"/> ≤ this ratio.</summary>
    /// <param name="whole">The whole; not negative.</param>
    /// <returns>The largest count within the ratio (floor).</returns>
    public long MaximumCountOf(long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(whole);
        return (long)((Int128)_numerator * whole / Denominator);
    }

    /// <summary>Multiplies an amount by this ratio without rounding.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>amount × ratio.</returns>
    public Money Of(Money amount) => Money.FromYuan(amount.Yuan * _numerator / Denominator);

    /// <summary>Parses <c>2/3</c>, <c>10%</c> or <c>0.8</c> (invariant culture).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The ratio, when the text is one.</param>
    /// <returns>Whether the text is a ratio.</returns>
    public static bool TryParse(string? text, out Ratio value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string t = text.Trim();
        int slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            if (long.TryParse(t.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out long n)
                && long.TryParse(t.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long d) && d >= 1)
            {
                value = Of(n, d);
                return true;
            }

            return false;
        }

        bool percent = t.EndsWith('%');
        string number = percent ? t[..^1] : t;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal dec) || dec.Scale > 16)
        {
            return false;
        }

        value = percent ? FromPercent(dec) : FromDecimal(dec);
        return true;
    }

    /// <summary>Parses <c>2/3</c>, <c>10%</c> or <c>0.8</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="FormatException">The text is not a ratio.</exception>
    public static Ratio Parse(string text) =>
        TryParse(text, out Ratio value) ? value : throw new FormatException($"'{text}' is not a ratio (expected 2/3, 10% or 0.8).");

    /// <inheritdoc />
    public bool Equals(Ratio other) => _numerator == other._numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_numerator, Denominator);

    /// <inheritdoc />
    public int CompareTo(Ratio other) => ((Int128)_numerator * other.Denominator).CompareTo((Int128)other._numerator * Denominator);

    /// <summary>The fraction as text, e.g. <c>2/3</c> or <c>1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Denominator == 1
            ? _numerator.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{_numerator}/{Denominator}");

    /// <summary>Equality.</summary>
    /// <param name="a">One ratio.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Ratio a, Ratio b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    /// <param name="a">One ratio.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Ratio a, Ratio b) => !a.Equals(b);

    /// <summary>Less than.</summary>
    /// <param name="a">One ratio.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether a &lt; b.</returns>
    public static bool operator <(Ratio a, Ratio b) => a.CompareTo(b) < 0;

    /// <summary>Greater than.</summary>
    /// <param name="a">One ratio.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether a &gt; b.</returns>
    public static bool operator >(Ratio a, Ratio b) => a.CompareTo(b) > 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="a">One ratio.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether a ≤ b.</returns>
    public static bool operator <=(Ratio a, Ratio b) => a.CompareTo(b) <= 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="a">One ratio.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether a ≥ b.</returns>
    public static bool operator >=(Ratio a, Ratio b) => a.CompareTo(b) >= 0;
}
