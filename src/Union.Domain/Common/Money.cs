using System.Globalization;

namespace Union.Domain.Common;

/// <summary>
/// An exact amount of Chinese yuan (人民币金额), held as a <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic never rounds: 2540 ÷ 21.75 keeps every digit a <see cref="decimal"/> can hold.
/// Rounding to the fen (分, 0.01 yuan) is an explicit step, <see cref="RoundToFen"/>, taken where a
/// provision or a report fixes it. The default rounding is 四舍五入 (<see cref="MidpointRounding.AwayFromZero"/>).</para>
/// <para>Equality is by numeric value: 1.5 and 1.50 yuan are equal and have the same hash code, while
/// <see cref="ToString()"/> keeps the scale it was given, so a JSON round trip returns the same text.</para>
/// <para>The default value is zero yuan. Negative amounts are allowed (a pay cut, a difference).</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable, IFormattable
{
    /// <summary>Zero yuan.</summary>
    public static readonly Money Zero;

    private readonly decimal _amount;

    private Money(decimal amount) => _amount = amount;

    /// <summary>Gets the amount in yuan, exactly as held.</summary>
    public decimal Yuan => _amount;

    /// <summary>Creates an amount from a number of yuan. Any decimal value is accepted.</summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <returns>The amount.</returns>
    public static Money FromYuan(decimal yuan) => new(yuan);

    /// <summary>Creates an amount from a whole number of fen (分).</summary>
    /// <param name="fen">The amount in fen.</param>
    /// <returns>The amount.</returns>
    public static Money FromFen(long fen) => new(fen / 100m);

    /// <summary>Gets whether the amount is below zero.</summary>
    public bool IsNegative => _amount < 0m;

    /// <summary>Gets whether the amount is a whole number of fen.</summary>
    public bool IsWholeFen => decimal.Round(_amount, 2) == _amount;

    /// <summary>Rounds to the fen with the given midpoint rule (四舍五入 by default).</summary>
    /// <param name="mode">How a value exactly half-way between two fen is rounded.</param>
    /// <returns>The amount rounded to two decimal places.</returns>
    public Money RoundToFen(MidpointRounding mode = MidpointRounding.AwayFromZero) => new(decimal.Round(_amount, 2, mode));

    /// <summary>Rounds to whole yuan with the given midpoint rule (四舍五入 by default).</summary>
    /// <param name="mode">How a value exactly half-way between two yuan is rounded.</param>
    /// <returns>The amount rounded to whole yuan.</returns>
    public Money RoundToYuan(MidpointRounding mode = MidpointRounding.AwayFromZero) => new(decimal.Round(_amount, 0, mode));

    /// <summary>
    /// Splits the amount, rounded to the fen, into <paramref name="parts"/> shares that differ by at most one fen
    /// and add up exactly to the rounded amount (no fen is lost or created).
    /// </summary>
    /// <param name="parts">The number of shares; at least 1.</param>
    /// <returns>The shares, larger ones first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    public IReadOnlyList<Money> Split(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        decimal totalFen = decimal.Round(_amount, 2, MidpointRounding.AwayFromZero) * 100m;
        decimal baseFen = decimal.Truncate(totalFen / parts);
        decimal remainder = totalFen - (baseFen * parts);
        int extra = (int)Math.Abs(remainder);
        decimal step = Math.Sign(remainder);
        var result = new Money[parts];
        for (int i = 0; i < parts; i++)
        {
            result[i] = new Money((baseFen + (i < extra ? step : 0m)) / 100m);
        }

        return result;
    }

    /// <summary>Parses an invariant-culture number of yuan such as <c>2540</c> or <c>-12.345</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The amount, when the text is a number.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParse(string? text, out Money value)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
        {
            value = new Money(d);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses an invariant-culture number of yuan.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not a number of yuan.</exception>
    public static Money Parse(string text) =>
        TryParse(text, out Money value) ? value : throw new FormatException($"'{text}' is not an amount of yuan (expected an invariant number such as 2540.50).");

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>The smaller.</returns>
    public static Money Min(Money a, Money b) => a <= b ? a : b;

    /// <summary>The larger of two amounts.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>The larger.</returns>
    public static Money Max(Money a, Money b) => a >= b ? a : b;

    /// <inheritdoc />
    public bool Equals(Money other) => _amount == other._amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _amount.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => _amount.CompareTo(other._amount);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be Money.", nameof(obj)),
    };

    /// <summary>The amount as an invariant number of yuan, keeping its scale (e.g. <c>2540.50</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _amount.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => _amount.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);

    /// <summary>Adds two amounts exactly.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>The sum.</returns>
    public static Money operator +(Money a, Money b) => new(a._amount + b._amount);

    /// <summary>Subtracts exactly.</summary>
    /// <param name="a">The amount.</param>
    /// <param name="b">The amount taken away.</param>
    /// <returns>The difference.</returns>
    public static Money operator -(Money a, Money b) => new(a._amount - b._amount);

    /// <summary>Negates the amount.</summary>
    /// <param name="a">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money a) => new(-a._amount);

    /// <summary>Multiplies by a factor, without rounding.</summary>
    /// <param name="a">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    public static Money operator *(Money a, decimal factor) => new(a._amount * factor);

    /// <summary>Multiplies by a factor, without rounding.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="a">The amount.</param>
    /// <returns>The product.</returns>
    public static Money operator *(decimal factor, Money a) => new(a._amount * factor);

    /// <summary>Divides by a divisor, without rounding to the fen.</summary>
    /// <param name="a">The amount.</param>
    /// <param name="divisor">The divisor; not zero.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Money operator /(Money a, decimal divisor) => new(a._amount / divisor);

    /// <summary>The ratio of two amounts.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator; not zero.</param>
    /// <returns>a ÷ b.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    public static decimal operator /(Money a, Money b) => a._amount / b._amount;

    /// <summary>Equality by value.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Money a, Money b) => a.Equals(b);

    /// <summary>Inequality by value.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Money a, Money b) => !a.Equals(b);

    /// <summary>Less than.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>Whether a is less than b.</returns>
    public static bool operator <(Money a, Money b) => a._amount < b._amount;

    /// <summary>Greater than.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>Whether a is greater than b.</returns>
    public static bool operator >(Money a, Money b) => a._amount > b._amount;

    /// <summary>Less than or equal.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>Whether a is at most b.</returns>
    public static bool operator <=(Money a, Money b) => a._amount <= b._amount;

    /// <summary>Greater than or equal.</summary>
    /// <param name="a">One amount.</param>
    /// <param name="b">The other amount.</param>
    /// <returns>Whether a is at least b.</returns>
    public static bool operator >=(Money a, Money b) => a._amount >= b._amount;
}
