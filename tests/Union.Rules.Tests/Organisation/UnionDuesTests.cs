using NodaTime;
using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Organisation;

namespace Union.Rules.Tests.Organisation;

/// <summary>
/// The figures of the dues and funds calculations that no message shows: each member's exact dues and what was left out of
/// the base, the exact total beside the collected one, and each payroll component's item, article and number of lines.
/// </summary>
public sealed class UnionDuesTests
{
    private static readonly MemberDues January = new(
        new LocalDate(2026, 1, 1),
        [
            new DuesBase("刘洋", Money.FromYuan(6000.05m), Money.FromYuan(800m), Money.FromYuan(300m)),
            new DuesBase("周婷", Money.FromYuan(4351m)),
            new DuesBase("吴磊", Money.FromYuan(4000m), Allowances: Money.FromYuan(200m)),
        ]);

    [Fact]
    public void Each_members_dues_are_exact_and_rounded_once_and_the_total_collected_is_the_sum_of_the_rounded_dues()
    {
        DuesCalculation c = UnionDues.Calculate(January, Ratio.Of(1, 200));
        Assert.Equal(new LocalDate(2026, 1, 1), c.Month);
        Assert.Equal(Ratio.Of(1, 200), c.Rate);
        Assert.Null(c.BaseStep);
        Assert.Equal(["刘洋", "周婷", "吴磊"], c.Members.Select(m => m.Name));
        Assert.Equal([6000.05m, 4351m, 4000m], c.Members.Select(m => m.Base.Yuan));
        Assert.Equal([6000.05m, 4351m, 4000m], c.Members.Select(m => m.MonthlyBaseWage.Yuan));
        Assert.Equal([1100m, 0m, 200m], c.Members.Select(m => m.LeftOut.Yuan));
        Assert.Equal([30.00025m, 21.755m, 20m], c.Members.Select(m => m.Amount.Yuan));
        Assert.Equal([30.00m, 21.76m, 20.00m], c.Members.Select(m => m.AmountToFen.Yuan));
        Assert.Equal(71.75525m, c.Total.Yuan);
        Assert.Equal(71.76m, c.TotalToFen.Yuan);
    }

    [Fact]
    public void A_step_rounds_each_base_down_before_the_rate_applies()
    {
        DuesCalculation c = UnionDues.Calculate(January, Ratio.Of(1, 200), 10m);
        Assert.Equal(10m, c.BaseStep);
        Assert.Equal([6000m, 4350m, 4000m], c.Members.Select(m => m.Base.Yuan));
        Assert.Equal([6000.05m, 4351m, 4000m], c.Members.Select(m => m.MonthlyBaseWage.Yuan));
        Assert.Equal(71.75m, c.Total.Yuan);
        Assert.Equal(71.75m, c.TotalToFen.Yuan);
    }

    [Fact]
    public void Each_payroll_component_keeps_its_item_article_and_lines_and_each_excluded_line_its_item_and_path()
    {
        var period = new UnionFundsPeriod(
            new LocalDate(2026, 1, 1),
            new LocalDate(2026, 1, 31),
            [
                new PayrollLine(PayrollComponent.TimeWages, Money.FromYuan(100m)),
                new PayrollLine(PayrollComponent.Bonuses, Money.FromYuan(10m)),
                new PayrollLine(PayrollComponent.TimeWages, Money.FromYuan(50.5m)),
            ],
            [
                new NotPayrollLine(NotPayrollItem.StateAwards, Money.FromYuan(7m)),
                new NotPayrollLine(NotPayrollItem.InsuranceAndWelfare, Money.FromYuan(3m), "职工福利费"),
            ]);
        UnionFundsCalculation c = UnionFunds.Calculate(period, Ratio.Of(2, 100), Ratio.Of(3, 5));
        Assert.Equal([1, 2, 3, 4, 5, 6], c.Components.Select(x => x.Item));
        Assert.Equal([5, 6, 7, 8, 9, 10], c.Components.Select(x => x.DefinedIn));
        Assert.Equal([2, 0, 1, 0, 0, 0], c.Components.Select(x => x.Lines));
        Assert.Equal([150.5m, 0m, 10m, 0m, 0m, 0m], c.Components.Select(x => x.Amount.Yuan));
        Assert.Equal(160.5m, c.Payroll.Yuan);
        Assert.Equal(3.21m, c.Amount.Yuan);
        Assert.Equal(1.926m, c.GrassrootsShare.Yuan);
        Assert.Equal(1.284m, c.HigherLevelShare.Yuan);
        Assert.Equal((3.21m, 1.93m, 1.28m), (c.AmountToFen.Yuan, c.GrassrootsShareToFen.Yuan, c.HigherLevelShareToFen.Yuan));
        Assert.Equal(10m, c.ExcludedTotal.Yuan);
        Assert.Equal([1, 2], c.Excluded.Select(x => x.ItemNumber));
        Assert.Equal(["$.funds.notPayroll[0]", "$.funds.notPayroll[1]"], c.Excluded.Select(x => x.Path));
        Assert.Equal([null, "职工福利费"], c.Excluded.Select(x => x.Name));
        Assert.Equal([7m, 3m], c.Excluded.Select(x => x.Amount.Yuan));
        Assert.Equal((new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)), (c.From, c.To));
        Assert.Null(c.Parameters);
    }
    [Fact]
    public void A_rate_whose_exact_product_would_overflow_is_applied_as_its_decimal_value()
    {
        var period = new UnionFundsPeriod(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31), [new PayrollLine(PayrollComponent.TimeWages, Money.FromYuan(1_000_000_000_000m))]);
        UnionFundsCalculation c = UnionFunds.Calculate(period, Ratio.FromDecimal(0.987654321098765432m), Ratio.Of(1, 2));
        Assert.Equal(987_654_321_098.765432m, c.Amount.Yuan);
        Assert.Equal(987_654_321_098.77m, c.AmountToFen.Yuan);
    }

    [Fact]
    public void Leaving_office_before_taking_it_is_refused_and_a_single_day_in_office_is_not()
    {
        var term = new UnionTerm(new LocalDate(2024, 3, 15), 5);
        var backwards = new CommitteeMember("张华", CommitteeRole.Chair, true, PrincipalRelation.None, TookOffice: new LocalDate(2025, 3, 2), LeftOffice: new LocalDate(2025, 3, 1), LabourContractEnd: new LocalDate(2025, 1, 31));
        Assert.Throws<ArgumentException>(() => OfficerProtection.Compute(term, backwards));
        OfficerProtection oneDay = OfficerProtection.Compute(term, backwards with { TookOffice = new LocalDate(2025, 3, 1) });
        Assert.Equal(new LocalDate(2025, 3, 2), oneDay.ProtectedUntil);
    }
}
