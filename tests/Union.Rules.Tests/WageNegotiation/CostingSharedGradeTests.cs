using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.WageNegotiation;

namespace Union.Rules.Tests.WageNegotiation;

/// <summary>Grades paid alike share their computed figures within one costing; grades that differ in any digit do not.</summary>
public sealed class CostingSharedGradeTests
{
    private static readonly CostingParameters Statutory = new(Union.Domain.Common.Ratio.Of(2, 100), 21.75m, 8m, 1.5m, 2m, 3m);

    private static WageProposal Proposal(params PayGrade[] grades) => new(
        RegionCode.Parse("440100"),
        2026,
        new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2028, 12, 31)),
        grades,
        Adjustments: [new YearAdjustment(1, 5m), new YearAdjustment(2, 4m), new YearAdjustment(3, 3m, LumpSumPerPerson: Money.FromYuan(1000m))],
        Overtime: new OvertimeTerms(WorkingTimeSystem.Standard, WorkdayHoursPerYear: 100m, RestDayHoursPerYear: 16m));

    [Fact]
    public void A_grade_costed_among_others_paid_alike_has_the_figures_it_has_costed_alone()
    {
        PayGrade a = new("A", 1, Money.FromYuan(4321.5m), [new PayComponent(PayComponentKind.OtherAllowance, Money.FromYuan(200m))]);
        CostReport alone = WageCosting.Cost(Proposal(a), Statutory);
        CostReport many = WageCosting.Cost(Proposal([.. Enumerable.Range(0, 50).Select(i => a with { Name = "A" + i })]), Statutory);
        foreach (GradeCost g in many.Grades)
        {
            Assert.Equal(alone.Grades[0].Years.Select(y => y.ToString()), g.Years.Select(y => y.ToString()));
            Assert.Equal(alone.Grades[0].Total.ToString(), g.Total.ToString());
        }

        // The year totals add the fifty grades one by one: equal in value to 50 × the grade's figure (within the last digit the
        // 28-digit overtime quotients allow) and exactly what adding them in order gives.
        for (int k = 0; k < 3; k++)
        {
            Money sum = Money.Zero;
            foreach (GradeCost g in many.Grades)
            {
                sum += g.Years[k].Total;
            }

            Assert.Equal(sum.Yuan, many.Years[k].Total.Yuan);
        }
    }

    [Fact]
    public void Grades_equal_in_value_but_written_with_other_digits_keep_their_own_digits()
    {
        // 4000.0 and 4000.00 are equal amounts written differently: each grade's figures keep the scale its own pay gives.
        PayGrade one = new("A", 1, Money.FromYuan(4000.0m));
        PayGrade two = new("B", 1, Money.FromYuan(4000.00m));
        // Without overtime (whose quotient is carried at 28 digits whatever the scale of the pay), the baseline keeps the scale.
        CostReport both = WageCosting.Cost(Proposal(one, two) with { Overtime = null }, Statutory);
        Assert.Equal(WageCosting.Cost(Proposal(one) with { Overtime = null }, Statutory).Grades[0].Years.Select(y => y.ToString()), both.Grades[0].Years.Select(y => y.ToString()));
        Assert.Equal(WageCosting.Cost(Proposal(two) with { Overtime = null }, Statutory).Grades[0].Years.Select(y => y.ToString()), both.Grades[1].Years.Select(y => y.ToString()));
        Assert.NotEqual(both.Grades[0].Years[0].Baseline.ToString(), both.Grades[1].Years[0].Baseline.ToString());
    }

    [Fact]
    public void Grades_that_differ_in_one_input_each_keep_their_own_figures()
    {
        PayGrade a = new("A", 1, Money.FromYuan(4321.5m), [new PayComponent(PayComponentKind.OtherAllowance, Money.FromYuan(200m))]);
        PayGrade[] grades =
        [
            a,
            a with { Name = "headcount", Headcount = 2 },
            a with { Name = "allowance", Components = [new PayComponent(PayComponentKind.OtherAllowance, Money.FromYuan(201m))] },
            a with { Name = "welfare", Components = [.. a.Components!, new PayComponent(PayComponentKind.StatutoryWelfare, Money.FromYuan(100m))] },
            a with { Name = "night shift", Components = [new PayComponent(PayComponentKind.NightShiftAllowance, Money.FromYuan(200m))] },
            a with { Name = "agreed base", OvertimeHourlyBase = Money.FromYuan(30m) },
            a with { Name = "agreed base, a fen more", OvertimeHourlyBase = Money.FromYuan(30.01m) },
            a with { Name = "base pay", BasePay = Money.FromYuan(4321.51m) },
        ];
        // The night-shift allowance is left out of the overtime base here (as 上海 does): the same pay, another overtime base.
        CostingParameters parameters = Statutory with { OvertimeBaseExcluded = [PayComponentKind.OvertimePay, PayComponentKind.NightShiftAllowance] };
        CostReport all = WageCosting.Cost(Proposal(grades), parameters);
        for (int i = 0; i < grades.Length; i++)
        {
            CostReport alone = WageCosting.Cost(Proposal(grades[i]), parameters);
            Assert.Equal(alone.Grades[0].Years.Select(y => y.ToString()), all.Grades[i].Years.Select(y => y.ToString()));
            Assert.Equal(alone.Grades[0].Total.ToString(), all.Grades[i].Total.ToString());
        }

        // Each differs from the first somewhere in its figures.
        Assert.All(all.Grades.Skip(1), g => Assert.NotEqual(all.Grades[0].Years.Select(y => y.ToString()), g.Years.Select(y => y.ToString())));
    }

    [Fact]
    public void The_years_and_the_proposal_add_up_over_different_grades()
    {
        PayGrade a = new("A", 3, Money.FromYuan(4000m));
        PayGrade b = new("B", 2, Money.FromYuan(6000m), [new PayComponent(PayComponentKind.StatutoryWelfare, Money.FromYuan(150m))]);
        CostReport both = WageCosting.Cost(Proposal(a, b), Statutory);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(both.Grades[0].Years[k].Total + both.Grades[1].Years[k].Total, both.Years[k].Total);
            Assert.Equal(both.Grades[0].Years[k].Baseline + both.Grades[1].Years[k].Baseline, both.Years[k].Baseline);
        }

        Assert.Equal(both.Years[0].Total + both.Years[1].Total + both.Years[2].Total, both.Total.Total);
        Assert.Equal(both.Total.Total - both.Total.Baseline, both.Total.Increase);
        Assert.True(both.Total.Baseline > Money.Zero);
    }
}
