using CsCheck;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.WageNegotiation;

namespace Union.Rules.Tests.WageNegotiation;

public sealed class WageCostingTests
{
    private static readonly CostingParameters Statutory = new(Ratio.Of(2, 100), 21.75m, 8m, 1.5m, 2m, 3m);

    /// <summary>
    /// The small unit of the WN-COST case, by hand: A 10 × (4000 + 200 allowance + 100 welfare), B 5 × 6000; +5 %, +4 %, +3 % and
    /// a 1000 lump sum in year 3. Base pay: A 4200, 4368, 4499.04; B 6300, 6552, 6748.56.
    /// </summary>
    private static WageProposal SmallUnit() => new(
        RegionCode.Parse("440100"),
        2026,
        new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2028, 12, 31)),
        [
            new PayGrade("A", 10, Money.FromYuan(4000m), [new PayComponent(PayComponentKind.OtherAllowance, Money.FromYuan(200m)), new PayComponent(PayComponentKind.StatutoryWelfare, Money.FromYuan(100m))]),
            new PayGrade("B", 5, Money.FromYuan(6000m)),
        ],
        Adjustments: [new YearAdjustment(1, 5m), new YearAdjustment(2, 4m), new YearAdjustment(3, 3m, LumpSumPerPerson: Money.FromYuan(1000m))]);

    [Fact]
    public void Small_unit_over_three_years_matches_the_hand_computation()
    {
        CostReport c = WageCosting.Cost(SmallUnit(), Statutory);

        Assert.Equal([Money.FromYuan(4200m), Money.FromYuan(4368m), Money.FromYuan(4499.04m)], c.Grades[0].Years.Select(y => y.MonthlyBasePay));
        Assert.Equal([Money.FromYuan(6300m), Money.FromYuan(6552m), Money.FromYuan(6748.56m)], c.Grades[1].Years.Select(y => y.MonthlyBasePay));

        // Year 1: wages (4400 × 10 + 6300 × 5) × 12 = 906000; welfare 12000; funds 2 % = 18120; total 936120.
        Assert.Equal(Money.FromYuan(906000m), c.Years[0].Payroll);
        Assert.Equal(Money.FromYuan(12000m), c.Years[0].Welfare);
        Assert.Equal(Money.FromYuan(18120m), c.Years[0].UnionFunds);
        Assert.Equal(Money.FromYuan(936120m), c.Years[0].Total);

        // Baseline: (4200 × 10 + 6000 × 5) × 12 = 864000 + 12000 + 17280 = 893280 a year.
        Assert.Equal(Money.FromYuan(893280m), c.Years[0].Baseline);

        // Year 2: (4568 × 10 + 6552 × 5) × 12 = 941280; funds 18825.6; total 972105.6.
        Assert.Equal(Money.FromYuan(972105.6m), c.Years[1].Total);

        // Year 3: (4699.04 × 10 + 6748.56 × 5) × 12 = 968798.4; + 15 × 1000; funds 19675.968; total 1015474.368.
        Assert.Equal(Money.FromYuan(983798.4m), c.Years[2].Payroll);
        Assert.Equal(Money.FromYuan(19675.968m), c.Years[2].UnionFunds);
        Assert.Equal(Money.FromYuan(1015474.368m), c.Years[2].Total);

        Assert.Equal(Money.FromYuan(2923699.968m), c.Total.Total);
        Assert.Equal(Money.FromYuan(56621.568m), c.Total.UnionFunds);
        Assert.Equal(Money.FromYuan(2679840m), c.Total.Baseline);
        Assert.Equal(Money.FromYuan(2923699.97m), c.RoundedToFen().Total.Total);

        // Average wage: 4800 → 75500 / 15; rise 4.8611…%.
        Assert.Equal(4.86m, decimal.Round(c.Years[0].AverageIncreasePercent, 2));
    }

    [Fact]
    public void Overtime_is_costed_on_monthly_wage_over_21_75_days_of_8_hours_or_a_higher_agreed_base()
    {
        WageProposal p = SmallUnit() with
        {
            Grades = [new PayGrade("A", 1, Money.FromYuan(3480m)), new PayGrade("B", 1, Money.FromYuan(3480m), OvertimeHourlyBase: Money.FromYuan(25m))],
            Adjustments = [],
            Term = new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            Overtime = new OvertimeTerms(WorkdayRate: 1.2m, WorkdayHoursPerYear: 100m, RestDayHoursPerYear: 10m, HolidayHoursPerYear: 8m),
        };
        CostReport c = WageCosting.Cost(p, Statutory);

        // 3480 / 174 = 20 an hour; the agreed 1.2 is below the lawful 1.5, so 1.5 is costed: (100 × 1.5 + 10 × 2 + 8 × 3) × 20 = 3880.
        Assert.Equal(Money.FromYuan(3880m), c.Grades[0].Years[0].Overtime);

        // The agreed 25 is higher than 20: (194) × 25 = 4850.
        Assert.Equal(Money.FromYuan(4850m), c.Grades[1].Years[0].Overtime);

        // Flexible hours: no premium.
        Assert.Equal(Money.Zero, WageCosting.Cost(p with { Overtime = p.Overtime with { System = WorkingTimeSystem.Flexible } }, Statutory).Years[0].Overtime);
    }

    [Fact]
    public void Costing_from_a_profile_names_a_missing_parameter()
    {
        WageProposal p = SmallUnit() with { Term = new WageTerm(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), Adjustments = [] };
        ParameterNotInForceException ex = Assert.Throws<ParameterNotInForceException>(() => WageCosting.Cost(p, JurisdictionProfile.National));
        Assert.Equal("union.funds.rate", ex.ParameterName);
    }

    [Fact]
    public void Comparison_is_yearly_and_cumulative()
    {
        WageProposal a = SmallUnit();
        WageProposal b = a with { Adjustments = [new YearAdjustment(1, 6m), new YearAdjustment(2, 4m), new YearAdjustment(3, 3m)] };
        CostReport ca = WageCosting.Cost(a, Statutory);
        CostReport cb = WageCosting.Cost(b, Statutory);
        CostComparison cmp = WageCosting.Compare(ca, cb);
        Assert.Equal(3, cmp.Years.Count);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(cb.Years[k].Total - ca.Years[k].Total, cmp.Years[k].Difference);
        }

        Assert.Equal(cmp.Years[0].Difference + cmp.Years[1].Difference + cmp.Years[2].Difference, cmp.Years[2].Cumulative);
        Assert.Equal(cb.Total.Total - ca.Total.Total, cmp.Total);
    }

    private static readonly Gen<PayGrade> GenGrade =
        Gen.Select(Gen.Int[0, 200], Gen.Int[150_000, 3_000_000], Gen.Int[0, 50_000], Gen.Int[0, 20_000], (h, fen, allowance, welfare) =>
            new PayGrade("g", h, Money.FromFen(fen), [new PayComponent(PayComponentKind.OtherAllowance, Money.FromFen(allowance)), new PayComponent(PayComponentKind.StatutoryWelfare, Money.FromFen(welfare))]));

    private static readonly Gen<decimal> GenPercent = Gen.Int[-500, 2000].Select(i => i / 100m);

    private static WageProposal Proposal(IReadOnlyList<PayGrade> grades, params decimal[] percents) => new(
        RegionCode.Parse("440100"),
        2026,
        new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 1).PlusYears(percents.Length).PlusDays(-1)),
        grades.Select((g, i) => g with { Name = "g" + i }).ToArray(),
        Adjustments: percents.Select((p, i) => new YearAdjustment(i + 1, p)).ToArray(),
        Overtime: new OvertimeTerms(WorkdayHoursPerYear: 100m, RestDayHoursPerYear: 16m));

    [Fact]
    public void Costs_are_additive_over_grades()
    {
        Gen.Select(GenGrade.Array[1, 6], GenPercent, GenPercent, GenPercent).Sample((grades, p1, p2, p3) =>
        {
            CostReport whole = WageCosting.Cost(Proposal(grades, p1, p2, p3), Statutory);
            for (int k = 0; k < 3; k++)
            {
                Money sum = Money.Zero;
                foreach (PayGrade g in grades)
                {
                    sum += WageCosting.Cost(Proposal([g], p1, p2, p3), Statutory).Years[k].Total;
                }

                Assert.Equal(whole.Years[k].Total, sum);
                Assert.Equal(whole.Years[k].Total, whole.Grades.Aggregate(Money.Zero, (s, g) => s + g.Years[k].Total));
            }
        });
    }

    [Fact]
    public void A_larger_increase_never_costs_less()
    {
        Gen.Select(GenGrade.Array[1, 4], GenPercent, GenPercent, Gen.Int[0, 500]).Sample((grades, p1, p2, extra) =>
        {
            decimal bigger = p2 + (extra / 100m);
            CostReport small = WageCosting.Cost(Proposal(grades, p1, p2), Statutory);
            CostReport large = WageCosting.Cost(Proposal(grades, p1, bigger), Statutory);
            Assert.True(large.Total.Total >= small.Total.Total);
            Assert.True(large.Years[1].Total >= small.Years[1].Total);
        });
    }

    [Fact]
    public void Compounding_n_one_year_terms_equals_the_multi_year_figure()
    {
        Gen.Select(GenGrade.Array[1, 4], GenPercent, GenPercent, GenPercent).Sample((grades, p1, p2, p3) =>
        {
            decimal[] percents = [p1, p2, p3];
            CostReport multi = WageCosting.Cost(Proposal(grades, percents), Statutory);
            IReadOnlyList<PayGrade> current = grades.Select((g, i) => g with { Name = "g" + i }).ToArray();
            for (int k = 0; k < 3; k++)
            {
                CostReport single = WageCosting.Cost(Proposal(current, percents[k]), Statutory);
                Assert.Equal(multi.Years[k].Total, single.Years[0].Total);
                Assert.Equal(multi.Years[k].UnionFunds, single.Years[0].UnionFunds);
                Assert.Equal(multi.Years[k].AverageIncreasePercent, single.Years[0].AverageIncreasePercent);
                current = current.Select((g, i) => g with { BasePay = single.Grades[i].Years[0].MonthlyBasePay }).ToArray();
            }
        });
    }
}
