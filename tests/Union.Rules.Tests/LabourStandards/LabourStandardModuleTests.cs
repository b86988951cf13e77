using System.Globalization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using Union.Rules.WageNegotiation;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>The parts of the shared labour-standard module: contributions removed, the stale note, the overtime base.</summary>
public sealed class LabourStandardModuleTests
{
    private static readonly EmployeeContributionKind[] All = Enum.GetValues<EmployeeContributionKind>();
    private static readonly EmployeeContributionKind[] HousingFund = [EmployeeContributionKind.HousingFund];

    private static readonly ContributionsByKind Four = new()
    {
        Pension = Money.FromYuan(160m),
        Medical = Money.FromYuan(40m),
        Unemployment = Money.FromYuan(10m),
        HousingFund = Money.FromYuan(200m),
    };

    [Fact]
    public void Nothing_is_removed_where_the_minimum_includes_every_contribution()
    {
        Assert.True(new ContributionFacts(null, null, "$").TryAmount([], out Money amount, out _));
        Assert.Equal(Money.Zero, amount);
    }

    [Fact]
    public void Only_the_housing_fund_is_removed_where_only_it_is_excluded()
    {
        Assert.True(new ContributionFacts(Money.FromYuan(410m), Four, "$.grades[0]").TryAmount(HousingFund, out Money amount, out _));
        Assert.Equal(Money.FromYuan(200m), amount);
    }

    [Fact]
    public void A_total_cannot_be_split_into_one_kind()
    {
        Assert.False(new ContributionFacts(Money.FromYuan(410m), null, "$.grades[0]").TryAmount(HousingFund, out _, out string field));
        Assert.Equal("$.grades[0].employeeContributionsByKind.housingFund", field);
    }

    [Fact]
    public void The_total_serves_where_all_four_are_excluded()
    {
        Assert.True(new ContributionFacts(Money.FromYuan(410m), new ContributionsByKind { HousingFund = Money.FromYuan(200m) }, "$").TryAmount(All, out Money amount, out _));
        Assert.Equal(Money.FromYuan(410m), amount);
    }

    [Fact]
    public void The_kinds_serve_where_all_four_are_given_one_by_one()
    {
        Assert.True(new ContributionFacts(null, Four, "$").TryAmount(All, out Money amount, out _));
        Assert.Equal(Money.FromYuan(410m), amount);
    }

    [Fact]
    public void Without_a_total_a_missing_kind_leaves_the_amount_unknown_and_names_the_total()
    {
        Assert.False(new ContributionFacts(null, Four with { Unemployment = null }, "$.lines[2]").TryAmount(All, out _, out string field));
        Assert.Equal("$.lines[2].employeeContributions", field);
    }

    [Theory]
    [InlineData("2027-06-30", false)]
    [InlineData("2027-07-01", true)]
    public void A_standard_is_past_its_cycle_from_24_months_after_it_came_into_force(string date, bool stale)
    {
        ParameterReading r = JurisdictionProfile.For(RegionCode.Shanghai).Get(LabourStandardParameters.MinimumWageMonthly.Name, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        Assert.Equal(new LocalDate(2025, 7, 1), r.From);
        Assert.Equal(stale ? new LocalDate(2027, 7, 1) : null, r.StaleSince);
    }

    [Fact]
    public void The_stale_note_says_since_when_and_from_when_without_saying_already()
    {
        KeyValuePair<string, string>[] args =
        [
            new("parameter", "standard.minimumWage.monthly"), new("value", "2740"), new("from", "2025-07-01"), new("months", "24"), new("since", "2027-07-01"),
        ];
        string en = Messages.Default.Render(StaleStandardNote.MessageKey, args, CultureInfo.GetCultureInfo("en"));
        string zh = Messages.Default.Render(StaleStandardNote.MessageKey, args, CultureInfo.GetCultureInfo("zh-Hans"));
        Assert.Contains("in force since 2025-07-01; past its 24-month adjustment cycle from 2027-07-01", en, StringComparison.Ordinal);
        Assert.Contains("自 2025-07-01 起施行；自 2027-07-01 起超过 24 个月的调整周期", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("已超过", zh, StringComparison.Ordinal);
        Assert.Equal("《最低工资规定》第十条", StaleStandardNote.Citation.ToChinese());
    }

    [Fact]
    public void Nationally_only_overtime_pay_is_left_out_of_the_overtime_base()
    {
        OvertimeBaseRules national = OvertimePayStandards.BaseRulesFor(JurisdictionProfile.National, new LocalDate(2026, 1, 1));
        Assert.Equal([PayComponentKind.OvertimePay], national.ExcludedComponents);
        Assert.False(national.MinimumWageFloor);
        Assert.Null(national.DefaultRatio);
        Assert.Equal(Money.FromYuan(4002m), national.MonthlyBase(Money.FromYuan(3480m), Components()));
        Assert.Equal(Money.FromYuan(2000m), national.ApplyFloor(Money.FromYuan(2000m), 2740m));
        Assert.Null(national.DefaultMonthlyBase(Money.FromYuan(4000m)));
    }

    [Fact]
    public void Shanghai_leaves_the_shift_and_heat_allowances_out_and_floors_the_base_at_the_minimum_wage()
    {
        OvertimeBaseRules shanghai = OvertimePayStandards.BaseRulesFor(JurisdictionProfile.For(RegionCode.Shanghai), new LocalDate(2026, 1, 1));
        Assert.Equal(
            [PayComponentKind.OvertimePay, PayComponentKind.MiddleShiftAllowance, PayComponentKind.NightShiftAllowance, PayComponentKind.HighTemperatureAllowance],
            shanghai.ExcludedComponents);
        Assert.Equal(Money.FromYuan(3654m), shanghai.MonthlyBase(Money.FromYuan(3480m), Components()));
        Assert.Equal(Money.FromYuan(2740m), shanghai.ApplyFloor(Money.FromYuan(2739.99m), 2740m));
        Assert.Equal(Money.FromYuan(2740m), shanghai.ApplyFloor(Money.FromYuan(2740m), 2740m));
        Assert.Equal(Money.FromYuan(2800m), shanghai.DefaultMonthlyBase(Money.FromYuan(4000m)));
        Assert.Equal(OvertimeBaseRules.National.ExcludedComponents, OvertimePayStandards.BaseRulesFor(JurisdictionProfile.For(RegionCode.Shanghai), new LocalDate(2016, 7, 31)).ExcludedComponents);
    }

    [Fact]
    public void The_costing_uses_the_same_overtime_base_as_the_rule()
    {
        var proposal = WageProposalExamples.Lawful with
        {
            Term = new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            Grades = [new PayGrade("A", 1, Money.FromYuan(3480m), [new PayComponent(PayComponentKind.NightShiftAllowance, Money.FromYuan(348m))])],
            Adjustments = [],
            PartTimeRates = [],
            Overtime = new OvertimeTerms(WorkdayHoursPerYear: 174m),
        };
        CostingParameters national = WageCosting.ParametersFor(JurisdictionProfile.For(RegionCode.Parse("440100")), proposal.Term.Start);
        CostingParameters shanghai = WageCosting.ParametersFor(JurisdictionProfile.For(RegionCode.Shanghai), proposal.Term.Start);
        Assert.Equal([PayComponentKind.OvertimePay], national.OvertimeBaseExcluded);
        Assert.Null(national.OvertimeBaseFloor);
        Assert.Equal(2740m, shanghai.OvertimeBaseFloor);

        // 174 workday hours at 1.5 on a base of B cost 1.5 × B a year.
        Assert.Equal(Money.FromYuan(5742m), WageCosting.Cost(proposal, national).Grades[0].Years[0].Overtime.RoundToFen());
        Assert.Equal(Money.FromYuan(5220m), WageCosting.Cost(proposal, shanghai).Grades[0].Years[0].Overtime.RoundToFen());
        PayGrade low = new("A", 1, Money.FromYuan(2000m), [new PayComponent(PayComponentKind.NightShiftAllowance, Money.FromYuan(400m))]);
        Assert.Equal(Money.FromYuan(4110m), WageCosting.Cost(proposal with { Grades = [low] }, shanghai).Grades[0].Years[0].Overtime.RoundToFen());
        Assert.Equal(Money.FromYuan(3600m), WageCosting.Cost(proposal with { Grades = [low] }, national).Grades[0].Years[0].Overtime.RoundToFen());
    }

    private static PayComponent[] Components() =>
    [
        new(PayComponentKind.NightShiftAllowance, Money.FromYuan(348m)),
        new(PayComponentKind.StatutoryWelfare, Money.FromYuan(100m)),
        new(PayComponentKind.OvertimePay, Money.FromYuan(50m)),
        new(PayComponentKind.Bonus, Money.FromYuan(174m)),
    ];
}
