using CsCheck;
using Union.Domain.Common;

namespace Union.Domain.Tests.Common;

public class RatioTests
{
    [Fact]
    public void Twenty_of_thirty_is_exactly_two_thirds()
    {
        Ratio twoThirds = Ratio.Of(2, 3);
        Assert.Equal(0, twoThirds.CompareFraction(20, 30));
        Assert.True(twoThirds.CompareFraction(19, 30) < 0);
        Assert.True(Comparison.AtLeast.Holds(20, 30, twoThirds));
        Assert.False(Comparison.AtLeast.Holds(19, 30, twoThirds));
    }

    [Fact]
    public void Exactly_half_is_half_or_more_but_not_more_than_half()
    {
        Ratio half = Ratio.Of(1, 2);
        Assert.True(Comparison.AtLeast.Holds(50, 100, half));
        Assert.False(Comparison.MoreThan.Holds(50, 100, half));
        Assert.True(Comparison.MoreThan.Holds(51, 100, half));
    }

    [Fact]
    public void Exactly_one_third_is_within_not_more_than_one_third()
    {
        Assert.True(Comparison.AtMost.Holds(1, 3, Ratio.Of(1, 3)));
        Assert.False(Comparison.AtMost.Holds(2, 5, Ratio.Of(1, 3)));
    }

    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData("4/6", 2, 3)]
    [InlineData("10%", 1, 10)]
    [InlineData("0.8", 4, 5)]
    [InlineData("1", 1, 1)]
    public void Parse_reads_fractions_percentages_and_decimals(string text, long n, long d)
    {
        Ratio r = Ratio.Parse(text);
        Assert.Equal(n, r.Numerator);
        Assert.Equal(d, r.Denominator);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2/0")]
    [InlineData("-1/3")]
    [InlineData("abc")]
    [InlineData("-0.5")]
    public void TryParse_rejects_what_is_not_a_ratio(string text) => Assert.False(Ratio.TryParse(text, out _));

    [Fact]
    public void Minimum_and_maximum_counts_are_the_ceiling_and_floor()
    {
        Assert.Equal(20, Ratio.Of(2, 3).MinimumCountOf(30));
        Assert.Equal(21, Ratio.Of(2, 3).MinimumCountOf(31));
        Assert.Equal(11, Ratio.Of(1, 10).MaximumCountOf(111));
        Assert.Equal(3, Ratio.Of(1, 3).MaximumCountOf(9));
    }

    [Theory]
    [InlineData(Comparison.AtLeast, 2, 3, 30, 20)]
    [InlineData(Comparison.AtLeast, 1, 2, 30, 15)]
    [InlineData(Comparison.MoreThan, 1, 2, 30, 16)]
    [InlineData(Comparison.MoreThan, 1, 2, 31, 16)]
    [InlineData(Comparison.AtMost, 1, 3, 3, 1)]
    [InlineData(Comparison.AtMost, 1, 10, 111, 11)]
    [InlineData(Comparison.LessThan, 1, 2, 30, 14)]
    [InlineData(Comparison.LessThan, 1, 2, 31, 15)]
    public void LimitCount_is_the_count_at_the_edge_of_the_threshold(Comparison c, long n, long d, long whole, long expected)
    {
        Ratio r = Ratio.Of(n, d);
        long limit = c.LimitCount(r, whole);
        Assert.Equal(expected, limit);
        Assert.True(c.Holds(limit, whole, r));
        long beyond = c is Comparison.AtLeast or Comparison.MoreThan ? limit - 1 : limit + 1;
        Assert.False(c.Holds(beyond, whole, r));
    }

    [Fact]
    public void Default_is_zero_and_equal_ratios_are_equal()
    {
        Assert.Equal(Ratio.Zero, default);
        Assert.Equal(1, default(Ratio).Denominator);
        Assert.Equal(Ratio.Of(1, 2), Ratio.Of(2, 4));
        Assert.True(Ratio.Of(1, 3) < Ratio.Of(1, 2));
    }

    [Fact]
    public void Property_minimum_count_is_the_smallest_count_reaching_the_ratio()
    {
        Gen.Long[0, 1000].Select(Gen.Long[1, 1000], Gen.Long[0, 5000]).Sample((n, d, whole) =>
        {
            Ratio r = Ratio.Of(n, d);
            long min = r.MinimumCountOf(whole);
            return r.CompareFraction(min, Math.Max(whole, 1)) >= 0 || whole == 0
                ? min == 0 || r.CompareFraction(min - 1, Math.Max(whole, 1)) < 0 || whole == 0
                : false;
        });
    }
}
