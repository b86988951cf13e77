using CsCheck;
using Union.Domain.Common;

namespace Union.Domain.Tests.Common;

public class MoneyTests
{
    [Fact]
    public void Arithmetic_is_exact_and_never_rounds()
    {
        Money daily = Money.FromYuan(2540m) / 21.75m;
        Assert.Equal(2540m / 21.75m, daily.Yuan);
        Assert.NotEqual(daily, daily.RoundToFen());
        Assert.Equal(116.78m, daily.RoundToFen().Yuan);
    }

    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("0.015", "0.02")]
    [InlineData("0.0049", "0.00")]
    [InlineData("-0.005", "-0.01")]
    public void RoundToFen_rounds_half_away_from_zero(string input, string expected)
    {
        Assert.Equal(Money.Parse(expected), Money.Parse(input).RoundToFen());
    }

    [Fact]
    public void RoundToFen_with_bankers_rounding_is_an_explicit_choice()
    {
        Assert.Equal(Money.Parse("0.02"), Money.Parse("0.025").RoundToFen(MidpointRounding.ToEven));
    }

    [Fact]
    public void Equality_ignores_scale_but_text_keeps_it()
    {
        Money a = Money.Parse("1.5");
        Money b = Money.Parse("1.50");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("1.50", b.ToString());
    }

    [Fact]
    public void Split_loses_no_fen()
    {
        IReadOnlyList<Money> parts = Money.FromYuan(100m).Split(3);
        Assert.Equal([Money.Parse("33.34"), Money.Parse("33.33"), Money.Parse("33.33")], parts);
    }

    [Fact]
    public void Split_of_a_negative_amount_loses_no_fen()
    {
        IReadOnlyList<Money> parts = Money.FromYuan(-0.05m).Split(2);
        Assert.Equal(Money.FromYuan(-0.05m), parts[0] + parts[1]);
        Assert.Equal([Money.Parse("-0.03"), Money.Parse("-0.02")], parts);
    }

    [Fact]
    public void Split_rejects_zero_parts() => Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromYuan(1m).Split(0));

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1,000")]
    [InlineData(null)]
    public void TryParse_rejects_what_is_not_an_amount(string? text)
    {
        Assert.False(Money.TryParse(text, out _));
    }

    [Fact]
    public void Parse_names_the_bad_text() => Assert.Contains("'x'", Assert.Throws<FormatException>(() => Money.Parse("x")).Message);

    [Fact]
    public void FromFen_is_exact() => Assert.Equal(Money.Parse("25.40"), Money.FromFen(2540));

    [Fact]
    public void Property_addition_and_subtraction_are_exact_inverses()
    {
        // Amounts of up to 10^12 yuan with up to 6 decimal places: far beyond any payroll, well inside decimal's 28 digits.
        Gen<decimal> amount = Gen.Long[-1_000_000_000_000_000_000L, 1_000_000_000_000_000_000L].Select(l => l / 1_000_000m);
        amount.Select(amount).Sample((a, b) => (Money.FromYuan(a) + Money.FromYuan(b) - Money.FromYuan(b)).Yuan == a);
    }

    [Fact]
    public void Property_split_parts_sum_to_the_rounded_amount_and_differ_by_at_most_one_fen()
    {
        Gen.Decimal[-10_000_000m, 10_000_000m].Select(Gen.Int[1, 50]).Sample((amount, n) =>
        {
            IReadOnlyList<Money> parts = Money.FromYuan(amount).Split(n);
            Money sum = parts.Aggregate(Money.Zero, (x, y) => x + y);
            decimal spread = parts.Max().Yuan - parts.Min().Yuan;
            return sum == Money.FromYuan(amount).RoundToFen() && spread <= 0.01m && parts.All(p => p.IsWholeFen);
        });
    }

    [Fact]
    public void Property_text_round_trip_keeps_the_exact_value()
    {
        Gen.Decimal.Sample(d => Money.Parse(Money.FromYuan(d).ToString()).Yuan == d && Money.Parse(Money.FromYuan(d).ToString()).ToString() == d.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
