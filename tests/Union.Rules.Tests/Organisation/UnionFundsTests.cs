using NodaTime;
using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;
using Union.Rules.Organisation;

namespace Union.Rules.Tests.Organisation;

public sealed class UnionFundsTests
{
    private static UnionFundsPeriod Example => GrassrootsUnionJson.Read(GrassrootsUnionJson.Example).Value!.Funds!;

    [Fact]
    public void The_examples_funds_from_the_national_profile_name_their_readings()
    {
        UnionFundsCalculation c = UnionFunds.Calculate(Example, JurisdictionProfile.National);
        Assert.Equal(2_107_076.12m, c.Payroll.Yuan);
        Assert.Equal(42_141.5224m, c.Amount.Yuan);
        Assert.Equal(42_141.52m, c.AmountToFen.Yuan);
        Assert.Equal(25_284.91m, c.GrassrootsShareToFen.Yuan);
        Assert.Equal(16_856.61m, c.HigherLevelShareToFen.Yuan);
        Assert.Equal(94_150m, c.ExcludedTotal.Yuan);
        Assert.Equal(1_536_000m, c.Of(PayrollComponent.TimeWages).Yuan);
        Assert.Equal([5, 6, 7, 8, 9, 10], c.Components.Select(x => x.DefinedIn));
        Assert.Collection(
            c.Parameters!,
            r => Assert.Equal(("union.funds.rate", "工会法（2021年修正） 第四十三条", "V-primary"), (r.Name, r.Source, r.Verification)),
            r => Assert.Equal(("union.funds.retainedShare", "V-secondary"), (r.Name, r.Verification)));
        Assert.Contains("四舍五入", c.Rounding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_before_the_2021_text_is_a_clear_error_naming_the_parameter()
    {
        UnionFundsPeriod early = Example with { From = new LocalDate(2021, 12, 1), To = new LocalDate(2021, 12, 31) };
        var ex = Assert.Throws<ParameterNotInForceException>(() => UnionFunds.Calculate(early, JurisdictionProfile.National));
        Assert.Equal("union.funds.rate", ex.ParameterName);
    }

    [Fact]
    public void On_the_first_day_of_the_2021_text_the_rate_is_in_force()
    {
        UnionFundsPeriod first = Example with { From = new LocalDate(2022, 1, 1), To = new LocalDate(2022, 1, 31) };
        Assert.Equal(42_141.52m, UnionFunds.Calculate(first, JurisdictionProfile.National).AmountToFen.Yuan);
    }

    [Fact]
    public void A_ratio_above_one_is_refused_and_a_ratio_with_a_huge_numerator_never_overflows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UnionFunds.Calculate(Example, Ratio.Of(3, 2), Ratio.Of(3, 5)));
        var period = new UnionFundsPeriod(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31), [new PayrollLine(PayrollComponent.TimeWages, Money.FromYuan(999_999_999_999.99m))]);
        Ratio odd = Ratio.FromDecimal(0.123456789012345678m);
        UnionFundsCalculation c = UnionFunds.Calculate(period, Ratio.Of(2, 100), odd);
        Assert.InRange(c.GrassrootsShare.Yuan, 2_469_135_780m, 2_469_135_781m);
        Assert.Equal(c.AmountToFen, c.GrassrootsShareToFen + c.HigherLevelShareToFen);
    }

    [Fact]
    public void An_empty_payroll_gives_zero_funds()
    {
        var period = new UnionFundsPeriod(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31), []);
        UnionFundsCalculation c = UnionFunds.Calculate(period, Ratio.Of(2, 100), Ratio.Of(3, 5));
        Assert.Equal(0m, c.AmountToFen.Yuan);
        Assert.All(c.Components, x => Assert.Equal(0, x.Lines));
    }
}
