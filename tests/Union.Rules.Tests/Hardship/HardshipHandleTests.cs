using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>
/// The small public members of the hardship domain: the parameter handles of one category or one exclusion (and their refusal of
/// anything else), and <see cref="ScreeningResult"/>'s equality, deconstruction and <c>with</c>, however the result holds its
/// per-head incomes.
/// </summary>
public sealed class HardshipHandleTests
{
    [Theory]
    [InlineData(ExpenditureCategory.Medical, "hd.rigid.medical.cap")]
    [InlineData(ExpenditureCategory.JobCosts, "hd.rigid.jobCosts.cap")]
    public void RigidCap_names_the_cap_of_its_category(ExpenditureCategory category, string name) =>
        Assert.Equal(name, HardshipParameters.RigidCap(category).Name);

    [Theory]
    [InlineData(6)]
    [InlineData(-1)]
    public void RigidCap_refuses_a_value_that_is_no_category(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HardshipParameters.RigidCap((ExpenditureCategory)value));

    [Theory]
    [InlineData(HardshipExclusions.PrivateSchool, "hd.exclusion.privateSchool.bars")]
    [InlineData(HardshipExclusions.Vehicle, "hd.exclusion.vehicle.bars")]
    [InlineData(HardshipExclusions.RefusesWork, "hd.exclusion.refusesWork.bars")]
    public void ExclusionBars_names_the_list_of_one_exclusion(HardshipExclusions exclusion, string name) =>
        Assert.Equal(name, HardshipParameters.ExclusionBars(exclusion).Name);

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(256)]
    [InlineData(24)]
    public void ExclusionBars_refuses_none_several_or_an_unknown_flag(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HardshipParameters.ExclusionBars((HardshipExclusions)value));

    private static ScreeningResult Screened()
    {
        HardshipScreener beijing = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Beijing), HardshipPopulation.ApplicationDate);
        ScreeningResult r = HardshipPopulation.Generate(50).Select(a => beijing.Screen(a)).First(r => r.IsAssessed && r.PerHeadMonthly != r.RelativePerHeadMonthly);
        return r;
    }

    [Fact]
    public void A_screened_result_equals_one_built_from_its_figures_and_differs_in_each()
    {
        ScreeningResult r = Screened();
        var same = new ScreeningResult(r.Category, r.PerHeadMonthly, true, r.RelativePerHeadMonthly);
        Assert.Equal(same, r);
        Assert.Equal(same.GetHashCode(), r.GetHashCode());
        HardshipCategory other = r.Category == HardshipCategory.Deep ? HardshipCategory.Relative : HardshipCategory.Deep;
        Assert.NotEqual(r, same with { Category = other });
        Assert.NotEqual(r, same with { IsAssessed = false });
        Assert.NotEqual(r, same with { PerHeadMonthly = r.PerHeadMonthly + 0.01m });
        Assert.NotEqual(r, same with { RelativePerHeadMonthly = r.RelativePerHeadMonthly + 0.01m });
    }

    [Fact]
    public void With_one_per_head_income_keeps_the_other()
    {
        ScreeningResult r = Screened();
        ScreeningResult deep = r with { PerHeadMonthly = 1.5m };
        Assert.Equal(1.5m, deep.PerHeadMonthly);
        Assert.Equal(r.RelativePerHeadMonthly, deep.RelativePerHeadMonthly);
        ScreeningResult relative = r with { RelativePerHeadMonthly = 2.5m };
        Assert.Equal(2.5m, relative.RelativePerHeadMonthly);
        Assert.Equal(r.PerHeadMonthly, relative.PerHeadMonthly);
    }

    [Fact]
    public void Deconstruct_gives_the_four_figures()
    {
        ScreeningResult r = Screened();
        (HardshipCategory category, decimal perHead, bool assessed, decimal relative) = r;
        Assert.Equal((r.Category, r.PerHeadMonthly, true, r.RelativePerHeadMonthly), (category, perHead, assessed, relative));
        Assert.NotEqual(0m, perHead);
        Assert.NotEqual(0m, relative);
    }
}
