using System.Globalization;
using Union.Domain.Common;

namespace Union.Domain.Tests.Common;

/// <summary>
/// The edges of the value types, each exactly on the line and one past it: every comparison, equality and rounding here
/// decides a legal threshold somewhere (半数以上 ≥ 1/2, 过半数 > 1/2, 不得低于 a minimum wage, a contribution of zero).
/// </summary>
public sealed class CommonEdgeTests
{
    [Fact]
    public void Ratios_are_equal_only_when_both_numerator_and_denominator_agree()
    {
        Assert.NotEqual(Ratio.Of(1, 2), Ratio.Of(1, 3));                 // same numerator
        Assert.NotEqual(Ratio.Of(1, 3), Ratio.Of(2, 3));                 // same denominator
        Assert.False(Ratio.Of(1, 2) == Ratio.Of(1, 3));
        Assert.True(Ratio.Of(1, 2) != Ratio.Of(1, 3));
        Assert.False(Ratio.Of(2, 4) != Ratio.Of(1, 2));
        Assert.True(Ratio.Of(2, 4) == Ratio.Of(1, 2));
        Assert.True(Ratio.Of(2, 4).Equals((object)Ratio.Of(1, 2)));
        Assert.False(Ratio.Of(1, 2).Equals((object)"1/2"));
        Assert.Equal(Ratio.Of(2, 4).GetHashCode(), Ratio.Of(1, 2).GetHashCode());
        Assert.Equal(Ratio.Zero, Ratio.Of(0, 7));
        Assert.Equal(1, Ratio.Of(0, 7).Denominator);
        Assert.Equal(Ratio.One, Ratio.Of(3, 3));
    }

    [Fact]
    public void Ratio_ordering_is_strict_on_equal_values()
    {
        Ratio half = Ratio.Of(1, 2);
        Ratio third = Ratio.Of(1, 3);
        Assert.True(third < half);
        Assert.False(half < Ratio.Of(2, 4));
        Assert.True(half > third);
        Assert.False(half > Ratio.Of(3, 6));
        Assert.True(half <= Ratio.Of(2, 4));
        Assert.False(half <= third);
        Assert.True(half >= Ratio.Of(2, 4));
        Assert.False(third >= half);
        Assert.Equal(0, half.CompareTo(Ratio.Of(3, 6)));
        Assert.Equal(-1, Math.Sign(third.CompareTo(half)));
        Assert.Equal(1, Math.Sign(half.CompareTo(third)));
    }

    [Fact]
    public void Counts_that_reach_a_ratio_are_ceiling_and_floor()
    {
        Ratio twoThirds = Ratio.Of(2, 3);
        Assert.Equal(20, twoThirds.MinimumCountOf(30));                  // exactly 2/3
        Assert.Equal(21, twoThirds.MinimumCountOf(31));                  // 20.67 rounds up
        Assert.Equal(20, twoThirds.MaximumCountOf(30));
        Assert.Equal(20, twoThirds.MaximumCountOf(31));                  // 20.67 rounds down
        Assert.Equal(0, twoThirds.MinimumCountOf(0));
        Assert.Equal(1, Ratio.Of(1, 2).MinimumCountOf(1));
        Assert.Equal(0, Ratio.Of(1, 2).MaximumCountOf(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => twoThirds.MinimumCountOf(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => twoThirds.MaximumCountOf(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => twoThirds.CompareFraction(1, 0));
        Assert.Equal(0, twoThirds.CompareFraction(2, 3));
        Assert.Equal(1, Math.Sign(twoThirds.CompareFraction(3, 4)));
    }

    [Theory]
    [InlineData(Comparison.AtLeast, 50, true)]
    [InlineData(Comparison.AtLeast, 49, false)]
    [InlineData(Comparison.MoreThan, 50, false)]
    [InlineData(Comparison.MoreThan, 51, true)]
    [InlineData(Comparison.AtMost, 50, true)]
    [InlineData(Comparison.AtMost, 51, false)]
    [InlineData(Comparison.LessThan, 50, false)]
    [InlineData(Comparison.LessThan, 49, true)]
    public void Each_counting_word_holds_exactly_on_its_side_of_half(Comparison comparison, long part, bool holds)
    {
        Assert.Equal(holds, comparison.Holds(part, 100, Ratio.Of(1, 2)));
        Assert.Equal(holds, comparison.Holds((decimal)part, 50m));   // the same words on amounts: 50 against 50
    }

    [Fact]
    public void An_unknown_comparison_holds_for_nothing_and_has_no_symbol()
    {
        var unknown = (Comparison)99;
        Assert.False(unknown.Holds(1m, 1m));
        Assert.False(unknown.Holds(1, 2, Ratio.Of(1, 2)));
        Assert.Equal("?", unknown.Symbol());
        Assert.Equal("≥", Comparison.AtLeast.Symbol());
        Assert.Equal("≤", Comparison.AtMost.Symbol());
        Assert.Equal(">", Comparison.MoreThan.Symbol());
        Assert.Equal("<", Comparison.LessThan.Symbol());
    }

    [Theory]
    [InlineData(Comparison.AtLeast, 30, 15)]   // 半数以上 of 30: 15
    [InlineData(Comparison.MoreThan, 30, 16)]  // 过半数 of 30: 16
    [InlineData(Comparison.AtMost, 30, 15)]
    [InlineData(Comparison.LessThan, 30, 14)]
    [InlineData(Comparison.AtLeast, 31, 16)]
    [InlineData(Comparison.MoreThan, 31, 16)]
    [InlineData(Comparison.AtMost, 31, 15)]
    [InlineData(Comparison.LessThan, 31, 15)]
    public void The_limiting_count_of_half_follows_the_counting_word(Comparison comparison, long whole, long count)
    {
        Assert.Equal(count, comparison.LimitCount(Ratio.Of(1, 2), whole));
    }

    [Fact]
    public void Ratio_from_decimals_and_percentages_is_exact()
    {
        Assert.Equal(Ratio.Of(4, 5), Ratio.FromDecimal(0.8m));
        Assert.Equal(Ratio.Of(3, 2), Ratio.FromDecimal(1.50m));
        Assert.Equal(Ratio.Of(1, 10), Ratio.FromPercent(10m));
        Assert.Equal(0.8m, Ratio.Of(4, 5).ToDecimal());
        Assert.Equal(80m, Ratio.Of(4, 5).ToPercent());
        Assert.Equal(Ratio.Of(1, 1_000_000_000_000_000_000), Ratio.FromDecimal(0.000000000000000001m));   // 18 places
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.FromDecimal(0.0000000000000000001m));     // 19 places
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.FromDecimal(-0.1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.FromDecimal(10_000_000_000_000_000_000m));
        Assert.Equal(Ratio.Of(long.MaxValue, 1), Ratio.FromDecimal(long.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(1, 0));
        Assert.Equal(Ratio.Of(0, 1), Ratio.Of(0, 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/3")]
    [InlineData("1/0")]
    [InlineData("1/")]
    [InlineData("a/3")]
    [InlineData("-1/3")]
    [InlineData("1/-3")]
    [InlineData("abc")]
    [InlineData("-0.5")]
    [InlineData("0.12345678901234567")]
    public void Text_that_is_not_a_ratio_is_refused(string? text)
    {
        Assert.False(Ratio.TryParse(text, out Ratio value));
        Assert.Equal(default, value);
        if (text is not null)
        {
            FormatException e = Assert.Throws<FormatException>(() => Ratio.Parse(text));
            Assert.Contains(text, e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(" 2/3 ", "2/3")]
    [InlineData("1/1", "1")]
    [InlineData("50%", "1/2")]
    [InlineData(" 0.25 ", "1/4")]
    [InlineData("0.1234567890123456", "19290123283179/156250000000000")]
    public void Ratio_text_round_trips_in_lowest_terms(string text, string written)
    {
        Assert.True(Ratio.TryParse(text, out Ratio value));
        Assert.Equal(written, value.ToString());
    }

    [Fact]
    public void Ratio_of_money_is_exact()
    {
        Assert.Equal(Money.FromYuan(2000m), Ratio.Of(2, 3).Of(Money.FromYuan(3000m)));
        Assert.Equal(Money.FromYuan(1500m), Ratio.Of(1, 2).Of(Money.FromYuan(3000m)));
    }

    [Fact]
    public void Zero_yuan_is_not_negative_and_one_fen_below_zero_is()
    {
        Assert.False(Money.Zero.IsNegative);
        Assert.False(Money.FromYuan(0.00m).IsNegative);
        Assert.True(Money.FromYuan(-0.01m).IsNegative);
        Assert.False(Money.FromYuan(0.01m).IsNegative);
    }

    [Fact]
    public void Money_ordering_is_strict_on_equal_amounts()
    {
        Money a = Money.FromYuan(2540m);
        Money same = Money.FromYuan(2540.00m);
        Money more = Money.FromYuan(2540.01m);
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a != more);
        Assert.False(a < same);
        Assert.True(a < more);
        Assert.False(a > same);
        Assert.True(more > a);
        Assert.True(a <= same);
        Assert.False(more <= a);
        Assert.True(a >= same);
        Assert.False(a >= more);
        Assert.Equal(0, a.CompareTo(same));
        Assert.Equal(-1, Math.Sign(a.CompareTo(more)));
        Assert.Equal(1, a.CompareTo((object?)null));
        Assert.Equal(-1, Math.Sign(a.CompareTo((object)more)));
        Assert.Throws<ArgumentException>(() => a.CompareTo((object)"2540"));
        Assert.True(a.Equals((object)same));
        Assert.False(a.Equals((object)2540m));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.Equal(a, Money.Min(a, more));
        Assert.Equal(more, Money.Max(a, more));
        Assert.Equal(a, Money.Min(more, a));
        Assert.Equal(more, Money.Max(more, a));
    }

    [Fact]
    public void Money_arithmetic_and_rounding()
    {
        Money a = Money.FromYuan(10.005m);
        Assert.Equal(Money.FromYuan(10.01m), a.RoundToFen());
        Assert.Equal(Money.FromYuan(10.00m), a.RoundToFen(MidpointRounding.ToEven));
        Assert.Equal(Money.FromYuan(11m), Money.FromYuan(10.5m).RoundToYuan());
        Assert.Equal(Money.FromYuan(10m), Money.FromYuan(10.5m).RoundToYuan(MidpointRounding.ToEven));
        Assert.False(a.IsWholeFen);
        Assert.True(Money.FromYuan(10.01m).IsWholeFen);
        Assert.Equal(Money.FromYuan(1.23m), Money.FromFen(123));
        Assert.Equal(Money.FromYuan(15m), Money.FromYuan(10m) + Money.FromYuan(5m));
        Assert.Equal(Money.FromYuan(5m), Money.FromYuan(10m) - Money.FromYuan(5m));
        Assert.Equal(Money.FromYuan(-10m), -Money.FromYuan(10m));
        Assert.Equal(Money.FromYuan(30m), Money.FromYuan(10m) * 3m);
        Assert.Equal(Money.FromYuan(30m), 3m * Money.FromYuan(10m));
        Assert.Equal(Money.FromYuan(2.5m), Money.FromYuan(10m) / 4m);
        Assert.Equal(2.5m, Money.FromYuan(10m) / Money.FromYuan(4m));
        Assert.Equal("2540.5", Money.FromYuan(2540.5m).ToString());
        Assert.Equal("2,540.50", Money.FromYuan(2540.5m).ToString("N2", null));
        Assert.Equal("2540,50", Money.FromYuan(2540.5m).ToString("F2", CultureInfo.GetCultureInfo("de-DE")));
    }

    [Theory]
    [InlineData("100.00", 3, "33.34", "33.33", "33.33")]
    [InlineData("-100.00", 3, "-33.34", "-33.33", "-33.33")]
    [InlineData("0.02", 3, "0.01", "0.01", "0.00")]
    [InlineData("0.005", 2, "0.01", "0.00", null)]
    public void Split_hands_the_odd_fen_to_the_first_parts(string total, int parts, string first, string second, string? third)
    {
        IReadOnlyList<Money> split = Money.Parse(total).Split(parts);
        Assert.Equal(parts, split.Count);
        Assert.Equal(Money.Parse(first), split[0]);
        Assert.Equal(Money.Parse(second), split[1]);
        if (third is not null)
        {
            Assert.Equal(Money.Parse(third), split[2]);
        }

        Assert.Equal(Money.Parse(total).RoundToFen(), split.Aggregate(Money.Zero, (s, m) => s + m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Parse(total).Split(0));
        Assert.Single(Money.Parse(total).Split(1));
    }

    [Theory]
    [InlineData("2540.50", true)]
    [InlineData("-1", true)]
    [InlineData("1,000", false)]
    [InlineData("1e3", false)]
    [InlineData(null, false)]
    [InlineData("", false)]
    public void Money_text_is_an_invariant_number(string? text, bool ok)
    {
        Assert.Equal(ok, Money.TryParse(text, out Money value));
        if (ok)
        {
            Assert.Equal(decimal.Parse(text!, CultureInfo.InvariantCulture), value.Yuan);
        }
        else
        {
            Assert.Equal(Money.Zero, value);
            if (text is not null)
            {
                FormatException e = Assert.Throws<FormatException>(() => Money.Parse(text));
                Assert.Contains("'" + text + "'", e.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Region_codes_nest_and_order()
    {
        RegionCode county = RegionCode.Parse("310101");
        RegionCode prefecture = RegionCode.Parse("330200");
        Assert.Equal(RegionLevel.County, county.Level);
        Assert.Equal(RegionLevel.Prefecture, prefecture.Level);
        Assert.Equal(RegionLevel.Province, RegionCode.Shanghai.Level);
        Assert.Equal(RegionCode.Parse("310100"), county.Parent);
        Assert.Equal(RegionCode.Parse("330000"), prefecture.Parent);
        Assert.Null(RegionCode.Shanghai.Parent);
        Assert.Equal(RegionCode.Shanghai, county.Province);
        Assert.Equal(["310000", "310100", "310101"], county.Lineage.Select(c => c.ToString()));
        Assert.True(county.IsWithin(RegionCode.Shanghai));
        Assert.True(county.IsWithin(county));
        Assert.False(RegionCode.Shanghai.IsWithin(county));
        Assert.False(county.IsWithin(RegionCode.Beijing));
        Assert.Equal("上海市", county.ProvinceName);
        Assert.Equal("Shanghai", county.ProvinceNameEn);
        Assert.Equal(string.Empty, default(RegionCode).ProvinceName);
        Assert.Equal(string.Empty, default(RegionCode).ProvinceNameEn);
        Assert.True(default(RegionCode).IsDefault);
        Assert.False(RegionCode.Beijing.IsDefault);
        Assert.Equal(110000, RegionCode.Beijing.Value);
        Assert.Equal(RegionCode.Beijing, RegionCode.FromValue(110000));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionCode.FromValue(990000));
        Assert.True(RegionCode.Beijing < RegionCode.Shanghai);
        Assert.False(RegionCode.Beijing < RegionCode.Beijing);
        Assert.True(RegionCode.Shanghai > RegionCode.Beijing);
        Assert.False(RegionCode.Beijing > RegionCode.Beijing);
        Assert.True(RegionCode.Beijing <= RegionCode.Beijing);
        Assert.False(RegionCode.Shanghai <= RegionCode.Beijing);
        Assert.True(RegionCode.Beijing >= RegionCode.Beijing);
        Assert.False(RegionCode.Beijing >= RegionCode.Shanghai);
        Assert.True(RegionCode.Beijing != RegionCode.Shanghai);
        Assert.False(RegionCode.Beijing != RegionCode.Parse("110000"));
        Assert.True(RegionCode.Beijing.Equals((object)RegionCode.Parse("110000")));
        Assert.False(RegionCode.Beijing.Equals((object)110000));
        Assert.Equal(110000, RegionCode.Beijing.GetHashCode());
        Assert.Equal(-1, Math.Sign(RegionCode.Beijing.CompareTo(RegionCode.Shanghai)));
    }

    [Theory]
    [InlineData(null, "six digits")]
    [InlineData("31000", "six digits")]
    [InlineData("3100000", "six digits")]
    [InlineData("31000a", "six digits")]
    [InlineData("990000", "first two digits 99")]
    [InlineData("310001", "prefecture part")]
    public void Malformed_region_codes_say_why(string? text, string reason)
    {
        Assert.False(RegionCode.TryParse(text, out RegionCode code, out string? error));
        Assert.Equal(default, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.False(RegionCode.TryParse(text, out _));
        if (text is not null)
        {
            FormatException e = Assert.Throws<FormatException>(() => RegionCode.Parse(text));
            Assert.Equal(error, e.Message);
        }
    }

    [Fact]
    public void Contributions_total_the_kinds_given_and_never_exceed_the_total()
    {
        var c = new ContributionsByKind { Pension = Money.FromYuan(200m), Medical = Money.FromYuan(50m), HousingFund = Money.FromYuan(100m) };
        Assert.Equal(Money.FromYuan(350m), c.GivenTotal);
        Assert.Equal(Money.FromYuan(200m), c.Of(EmployeeContributionKind.Pension));
        Assert.Equal(Money.FromYuan(50m), c.Of(EmployeeContributionKind.Medical));
        Assert.Null(c.Of(EmployeeContributionKind.Unemployment));
        Assert.Equal(Money.FromYuan(100m), c.Of(EmployeeContributionKind.HousingFund));
        Assert.Null(c.Of((EmployeeContributionKind)99));
        Assert.Equal(Money.FromYuan(7m), (c with { Unemployment = Money.FromYuan(7m) }).Of(EmployeeContributionKind.Unemployment));
        Assert.True(ContributionsByKindValidator.FitsTotal(Money.FromYuan(350m), c));        // exactly the total
        Assert.False(ContributionsByKindValidator.FitsTotal(Money.FromYuan(349.99m), c));    // one fen short
        Assert.True(ContributionsByKindValidator.FitsTotal(null, c));
        Assert.True(ContributionsByKindValidator.FitsTotal(Money.Zero, null));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-0.01", false)]
    public void A_contribution_of_zero_is_valid_and_one_below_is_not(string amount, bool valid)
    {
        var validator = new ContributionsByKindValidator();
        Money m = Money.Parse(amount);
        Assert.Equal(valid, validator.Validate(new ContributionsByKind { Pension = m }).IsValid);
        Assert.Equal(valid, validator.Validate(new ContributionsByKind { Medical = m }).IsValid);
        Assert.Equal(valid, validator.Validate(new ContributionsByKind { Unemployment = m }).IsValid);
        Assert.Equal(valid, validator.Validate(new ContributionsByKind { HousingFund = m }).IsValid);
        Assert.True(validator.Validate(new ContributionsByKind()).IsValid);
    }

    /// <summary>The 34 province-level divisions of GB/T 2260, each with its Chinese and English name.</summary>
    [Theory]
    [InlineData("110000", "北京市", "Beijing")]
    [InlineData("120000", "天津市", "Tianjin")]
    [InlineData("130000", "河北省", "Hebei")]
    [InlineData("140000", "山西省", "Shanxi")]
    [InlineData("150000", "内蒙古自治区", "Inner Mongolia")]
    [InlineData("210000", "辽宁省", "Liaoning")]
    [InlineData("220000", "吉林省", "Jilin")]
    [InlineData("230000", "黑龙江省", "Heilongjiang")]
    [InlineData("310000", "上海市", "Shanghai")]
    [InlineData("320000", "江苏省", "Jiangsu")]
    [InlineData("330000", "浙江省", "Zhejiang")]
    [InlineData("340000", "安徽省", "Anhui")]
    [InlineData("350000", "福建省", "Fujian")]
    [InlineData("360000", "江西省", "Jiangxi")]
    [InlineData("370000", "山东省", "Shandong")]
    [InlineData("410000", "河南省", "Henan")]
    [InlineData("420000", "湖北省", "Hubei")]
    [InlineData("430000", "湖南省", "Hunan")]
    [InlineData("440000", "广东省", "Guangdong")]
    [InlineData("450000", "广西壮族自治区", "Guangxi")]
    [InlineData("460000", "海南省", "Hainan")]
    [InlineData("500000", "重庆市", "Chongqing")]
    [InlineData("510000", "四川省", "Sichuan")]
    [InlineData("520000", "贵州省", "Guizhou")]
    [InlineData("530000", "云南省", "Yunnan")]
    [InlineData("540000", "西藏自治区", "Tibet")]
    [InlineData("610000", "陕西省", "Shaanxi")]
    [InlineData("620000", "甘肃省", "Gansu")]
    [InlineData("630000", "青海省", "Qinghai")]
    [InlineData("640000", "宁夏回族自治区", "Ningxia")]
    [InlineData("650000", "新疆维吾尔自治区", "Xinjiang")]
    [InlineData("710000", "台湾省", "Taiwan")]
    [InlineData("810000", "香港特别行政区", "Hong Kong")]
    [InlineData("820000", "澳门特别行政区", "Macao")]
    public void Each_province_level_division_has_its_GB_T_2260_name(string code, string zh, string en)
    {
        RegionCode region = RegionCode.Parse(code);
        Assert.Equal(zh, region.ProvinceName);
        Assert.Equal(en, region.ProvinceNameEn);
        Assert.Equal(RegionLevel.Province, region.Level);
        Assert.Equal(code, region.ToString());
    }

    [Fact]
    public void Region_codes_are_written_with_six_digits_and_a_bad_value_is_named()
    {
        Assert.Equal("000000", default(RegionCode).ToString());
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => RegionCode.FromValue(0));
        Assert.Contains("'000000'", e.Message, StringComparison.Ordinal);
        Assert.Contains("first two digits 00", e.Message, StringComparison.Ordinal);
        Assert.Equal(RegionCode.Parse("110101"), RegionCode.FromValue(110101));
    }
}
