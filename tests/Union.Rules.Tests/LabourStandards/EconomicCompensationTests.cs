using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.LabourStandards.SeparationProfiles;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// 劳动合同法 第四十七条 and 实施条例 第二十七条 at every threshold: six months of service (以上 includes six), the floor (低于
/// excludes equality), the cap (高于 excludes equality) and its twelve years, and the damages of 第八十七条.
/// </summary>
public sealed class EconomicCompensationTests
{
    private static CompensationResult Calc(LocalDate start, LocalDate end, decimal wage, JurisdictionProfile? profile = null, SeparationGround? ground = SeparationGround.EconomicLayoff, bool reinstatement = false)
    {
        profile ??= BeijingWithAverage;
        Assert.True(CompensationStandards.TryRead(profile, end, out CompensationStandards? standards, out _));
        return EconomicCompensation.Calculate(new CompensationInput(start, end, [Y(wage)], WageIsAverage: true, ground, reinstatement), standards);
    }

    [Fact]
    public void Exactly_six_months_of_service_counts_as_a_year()
    {
        CompensationResult r = Calc(D(2026, 1, 1), D(2026, 6, 30), 10000m);
        Assert.Equal(new ServiceLength(0, 6, 0), r.Service);
        Assert.Equal(RemainderCount.CountsAsYear, r.Remainder);
        Assert.Equal(1m, r.MonthsByService);
        Assert.Equal(Y(10000m), r.Amount);
        Assert.Equal(Y(10000m), r.Payable);
        Assert.Contains(r.Remarks, x => x.Key == "LS-COMPENSATION.remark.remainderAsYear" && x.Argument("threshold") == "6");
    }

    [Fact]
    public void One_day_less_than_six_months_is_half_a_month()
    {
        CompensationResult r = Calc(D(2026, 1, 1), D(2026, 6, 29), 10000m);
        Assert.Equal(new ServiceLength(0, 5, 29), r.Service);
        Assert.Equal(RemainderCount.HalfMonth, r.Remainder);
        Assert.Equal(0.5m, r.MonthsByService);
        Assert.Equal(Y(5000m), r.Amount);
    }

    [Fact]
    public void A_start_on_the_31st_ends_its_first_month_on_the_last_day_of_February()
    {
        CompensationResult sixMonths = Calc(D(2026, 1, 31), D(2026, 7, 30), 10000m);
        Assert.Equal(new ServiceLength(0, 6, 0), sixMonths.Service);
        Assert.Equal(1m, sixMonths.MonthsByService);
        CalculatorRemark late = Assert.Single(sixMonths.Remarks, x => x.Key == "LS-COMPENSATION.remark.lateStart");
        Assert.Equal("2026-02-28", late.Argument("first"));
        Assert.Equal("2026-03-30", late.Argument("second"));

        CompensationResult dayLess = Calc(D(2026, 1, 31), D(2026, 7, 29), 10000m);
        Assert.Equal(new ServiceLength(0, 5, 29), dayLess.Service);
        Assert.Equal(0.5m, dayLess.MonthsByService);
        Assert.Equal(new ServiceLength(0, 1, 0), ServiceLength.Between(D(2026, 1, 31), D(2026, 2, 28)));
    }

    [Fact]
    public void Exactly_twelve_years_gives_twelve_months_and_a_day_more_gives_a_half_more_below_the_cap()
    {
        CompensationResult twelve = Calc(D(2014, 1, 1), D(2025, 12, 31), 20000m);
        Assert.Equal(new ServiceLength(12, 0, 0), twelve.Service);
        Assert.Equal(RemainderCount.None, twelve.Remainder);
        Assert.Equal(12m, twelve.MonthsCounted);
        Assert.Equal(Y(240000m), twelve.Amount);

        CompensationResult more = Calc(D(2014, 1, 1), D(2026, 1, 1), 20000m);
        Assert.Equal(new ServiceLength(12, 0, 1), more.Service);
        Assert.Equal(12.5m, more.MonthsCounted);
        Assert.Equal(Y(250000m), more.Amount);
        Assert.Equal(ThresholdOutcome.NotApplied, more.Cap);
    }

    [Fact]
    public void Under_the_cap_twelve_years_and_more_pay_twelve_months_of_three_times_the_average()
    {
        CompensationResult twelve = Calc(D(2014, 1, 1), D(2025, 12, 31), 50000m);
        Assert.Equal(ThresholdOutcome.Applied, twelve.Cap);
        Assert.Equal(Y(36000m), twelve.Base);
        Assert.Equal(12m, twelve.MonthsCounted);
        Assert.Equal(Y(432000m), twelve.Amount);

        CompensationResult more = Calc(D(2014, 1, 1), D(2026, 1, 1), 50000m);
        Assert.Equal(12.5m, more.MonthsByService);
        Assert.Equal(12m, more.MonthsCounted);
        Assert.Equal(Y(432000m), more.Amount);

        CompensationResult thirteen = Calc(D(2013, 1, 1), D(2025, 12, 31), 50000m);
        Assert.Equal(13m, thirteen.MonthsByService);
        Assert.Equal(12m, thirteen.MonthsCounted);
        Assert.Equal(Y(432000m), thirteen.Amount);
    }

    [Fact]
    public void A_wage_exactly_three_times_the_average_is_not_capped_and_one_fen_more_is()
    {
        CompensationResult at = Calc(D(2010, 1, 1), D(2025, 12, 31), 36000m);
        Assert.Equal(ThresholdOutcome.NotApplied, at.Cap);
        Assert.Equal(Y(36000m), at.CapThreshold);
        Assert.Equal(16m, at.MonthsCounted);
        Assert.Equal(Y(576000m), at.Amount);

        CompensationResult above = Calc(D(2010, 1, 1), D(2025, 12, 31), 36000.01m);
        Assert.Equal(ThresholdOutcome.Applied, above.Cap);
        Assert.Equal(Y(36000m), above.Base);
        Assert.Equal(12m, above.MonthsCounted);
        Assert.Equal(Y(432000m), above.Amount);
        Assert.Contains(above.Parameters, p => p.Name == "ls.compensation.capMultiple" && p.Comparison == Comparison.MoreThan && p.Source == "劳动合同法 第四十七条第二款");
        Assert.Contains(above.Parameters, p => p.Name == "ls.compensation.averageMonthlyWage" && p.Source == "test figure");
    }

    [Fact]
    public void An_average_one_fen_below_the_minimum_wage_is_raised_to_it_and_the_minimum_itself_is_not()
    {
        // Beijing: 2540 yuan a month from 2025-09-01 (京人社劳发〔2025〕7号).
        CompensationResult below = Calc(D(2025, 10, 1), D(2026, 3, 31), 2539.99m);
        Assert.Equal(2540m, below.MinimumWage);
        Assert.Equal(ThresholdOutcome.Applied, below.Floor);
        Assert.Equal(Y(2540m), below.MonthlyWage);
        Assert.Equal(1m, below.MonthsCounted);
        Assert.Equal(Y(2540m), below.Amount);
        Assert.Contains(below.Remarks, x => x.Key == "LS-COMPENSATION.remark.floorApplied");

        CompensationResult at = Calc(D(2025, 10, 1), D(2026, 3, 31), 2540m);
        Assert.Equal(ThresholdOutcome.NotApplied, at.Floor);
        Assert.Equal(Y(2540m), at.Amount);
        Assert.Contains(at.Parameters, p => p.Name == "standard.minimumWage.monthly" && p.Layer == "110000");
    }

    [Fact]
    public void Fewer_than_twelve_months_average_the_months_worked_exactly()
    {
        Assert.True(CompensationStandards.TryRead(BeijingWithAverage, D(2026, 3, 31), out CompensationStandards? s, out _));
        CompensationResult r = EconomicCompensation.Calculate(new CompensationInput(D(2025, 10, 1), D(2026, 3, 31), [Y(10000m), Y(10000m), Y(10001m)], Ground: SeparationGround.EmployerWithNotice), s);
        Assert.Equal(3, r.WageMonths);
        Assert.Equal(Y(30001m), r.WageTotal);
        Assert.Equal(Y(30001m) / 3m, r.AverageWage);
        Assert.Equal(Y(30001m) / 3m, r.Amount);

        var fourteen = Enumerable.Range(1, 14).Select(i => Y(i * 1000m)).ToArray();
        CompensationResult last12 = EconomicCompensation.Calculate(new CompensationInput(D(2020, 1, 1), D(2026, 3, 31), fourteen, Ground: SeparationGround.EmployerWithNotice), s);
        Assert.Equal(12, last12.WageMonths);
        Assert.Equal(Y(Enumerable.Range(3, 12).Sum(i => i * 1000m)), last12.WageTotal);
    }

    [Fact]
    public void Without_the_local_average_the_cap_is_undecided_and_no_amount_is_given()
    {
        CompensationResult r = Calc(D(2020, 1, 1), D(2025, 12, 31), 20000m, Beijing);
        Assert.Equal(ThresholdOutcome.NotApplied, r.Floor);
        Assert.Equal(ThresholdOutcome.Undecided, r.Cap);
        Assert.Null(r.Amount);
        Assert.Null(r.Payable);
        Assert.False(r.IsDecided);
        Assert.Equal(Y(120000m), r.UncheckedAmount);
        Assert.Contains("ls.compensation.averageMonthlyWage", r.Missing);
        Assert.DoesNotContain(r.Parameters, p => p.Name == "standard.averageMonthlyWage.fullCaliber");
        Assert.Contains(r.Remarks, x => x.Key == "LS-COMPENSATION.remark.capUndecided");
    }

    [Fact]
    public void Above_the_cap_the_missing_minimum_wage_does_not_matter_and_below_it_does()
    {
        CompensationResult above = Calc(D(2020, 1, 1), D(2025, 12, 31), 40000m, NationalWithAverage);
        Assert.Equal(ThresholdOutcome.Undecided, above.Floor);
        Assert.Equal(ThresholdOutcome.Applied, above.Cap);
        Assert.Equal(Y(216000m), above.Amount);

        CompensationResult below = Calc(D(2020, 1, 1), D(2025, 12, 31), 20000m, NationalWithAverage);
        Assert.Equal(ThresholdOutcome.Undecided, below.Floor);
        Assert.Equal(ThresholdOutcome.Undecided, below.Cap);
        Assert.Null(below.Amount);
        Assert.Contains("standard.minimumWage.monthly", below.Missing);
    }

    [Fact]
    public void An_unlawful_dismissal_owes_twice_the_amount_in_its_place_unless_reinstatement_is_sought()
    {
        CompensationResult r = Calc(D(2020, 1, 1), D(2025, 12, 31), 10000m, ground: SeparationGround.UnlawfulDissolution);
        Assert.Equal(SeparationLiability.Damages, r.Liability);
        Assert.Equal(Y(60000m), r.Amount);
        Assert.Equal(Y(120000m), r.Damages);
        Assert.Equal(Y(120000m), r.Payable);

        CompensationResult back = Calc(D(2020, 1, 1), D(2025, 12, 31), 10000m, ground: SeparationGround.UnlawfulTermination, reinstatement: true);
        Assert.Equal(Y(120000m), back.Damages);
        Assert.Null(back.Payable);
        Assert.Contains(back.Remarks, x => x.Key == "LS-COMPENSATION.remark.reinstatement");
    }

    [Theory]
    [InlineData(SeparationGround.EmployeeForEmployerFault, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.AgreementProposedByEmployer, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.AgreementProposedByEmployee, SeparationLiability.None)]
    [InlineData(SeparationGround.EmployerWithNotice, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.EconomicLayoff, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.FixedTermExpired, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.FixedTermExpiredRenewalDeclined, SeparationLiability.None)]
    [InlineData(SeparationGround.EmployerBankrupt, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.EmployerClosed, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.TaskCompleted, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.RefusedToSignAfterFirstMonth, SeparationLiability.Compensation)]
    [InlineData(SeparationGround.RefusedToSignInFirstMonth, SeparationLiability.None)]
    [InlineData(SeparationGround.EmployeeResigned, SeparationLiability.None)]
    [InlineData(SeparationGround.DismissalForCause, SeparationLiability.None)]
    [InlineData(SeparationGround.Retirement, SeparationLiability.None)]
    [InlineData(SeparationGround.EmployeeDeath, SeparationLiability.None)]
    [InlineData(SeparationGround.UnlawfulDissolution, SeparationLiability.Damages)]
    [InlineData(SeparationGround.UnlawfulTermination, SeparationLiability.Damages)]
    [InlineData(SeparationGround.Other, SeparationLiability.None)]
    public void Each_ground_owes_what_article_46_says(SeparationGround ground, SeparationLiability expected)
    {
        Assert.Equal(expected, SeparationGrounds.Liability(ground));
        CompensationResult r = Calc(D(2024, 1, 1), D(2025, 12, 31), 10000m, ground: ground);
        Assert.Equal(expected, r.Liability);
        Assert.Equal(expected == SeparationLiability.None ? Money.Zero : expected == SeparationLiability.Damages ? Y(40000m) : Y(20000m), r.Payable);
        if (ground != SeparationGround.Other)
        {
            Assert.NotNull(SeparationGrounds.Basis(ground));
        }
    }

    [Fact]
    public void Service_before_2008_counts_from_2008_for_compensation_and_from_the_first_day_for_damages()
    {
        CompensationResult compensation = Calc(D(2005, 3, 1), D(2025, 12, 31), 10000m);
        Assert.Equal(D(2008, 1, 1), compensation.CountedFrom);
        Assert.Equal(18m, compensation.MonthsByService);
        Assert.Contains(compensation.Remarks, x => x.Key == "LS-COMPENSATION.remark.before2008");

        CompensationResult damages = Calc(D(2005, 3, 1), D(2025, 12, 31), 10000m, ground: SeparationGround.UnlawfulDissolution);
        Assert.Equal(D(2005, 3, 1), damages.CountedFrom);
        Assert.Equal(new ServiceLength(20, 10, 0), damages.Service);
        Assert.Equal(21m, damages.MonthsByService);
        Assert.Equal(Y(420000m), damages.Damages);
    }

    [Fact]
    public void The_statutory_numbers_are_read_with_their_sources()
    {
        Assert.True(CompensationStandards.TryRead(JurisdictionProfile.National, D(2026, 1, 1), out CompensationStandards? s, out IReadOnlyList<string> missing));
        Assert.Equal(6, s.RemainderThreshold.Count);
        Assert.Equal(Comparison.AtLeast, s.RemainderComparison);
        Assert.Equal(Ratio.Of(1, 2), s.ShortRemainderMonths);
        Assert.Equal(12, s.AveragingMonths);
        Assert.Equal(3m, s.CapMultiple);
        Assert.Equal(12m, s.CapYears);
        Assert.Equal(2m, s.DamagesMultiple);
        Assert.Null(s.MinimumWage);
        Assert.Equal(["standard.minimumWage.monthly", "ls.compensation.averageMonthlyWage"], missing);
        Assert.All(s.Parameters, p => Assert.StartsWith("劳动合同法 第", p.Source, StringComparison.Ordinal));
        Assert.False(CompensationStandards.TryRead(JurisdictionProfile.National, D(2007, 12, 31), out _, out _));
    }
}
