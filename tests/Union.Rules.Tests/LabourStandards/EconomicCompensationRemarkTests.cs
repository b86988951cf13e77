using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.LabourStandards.SeparationProfiles;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// The steps an economic-compensation calculation shows (劳动合同法 第四十七条, 第八十七条, 第九十七条第三款; 实施条例 第二十七条):
/// every remark in order, with its arguments: the service, the average computed or given, the floor and the cap applied, not
/// applied or undecided, and what the ground owes.
/// </summary>
public sealed class EconomicCompensationRemarkTests
{
    private static CompensationResult Calc(LocalDate start, LocalDate end, Money[] wages, bool given, JurisdictionProfile profile, SeparationGround? ground = SeparationGround.EconomicLayoff, bool reinstatement = false, LocalDate? readOn = null)
    {
        Assert.True(CompensationStandards.TryRead(profile, readOn ?? end, out CompensationStandards? standards, out _));
        return EconomicCompensation.Calculate(new CompensationInput(start, end, wages, WageIsAverage: given, ground, reinstatement), standards);
    }

    private static string[] Steps(CompensationResult r) => SeparationProfiles.Steps(r.Remarks, "LS-COMPENSATION");

    [Fact]
    public void Fewer_than_twelve_wages_are_averaged_over_the_months_given()
    {
        Assert.Equal(
            [
                "service(from=2025-10-01, to=2026-03-31, years=0, months=6, days=0)",
                "remainderAsYear(years=0, months=6, days=0, threshold=6, extra=1, total=1)",
                "average(count=3, total=30001, average=10000.333333333333333333333333, months=12)",
                "floorNotApplied(average=10000.333333333333333333333333, minimum=2540)",
                "capNotApplied(wage=10000.333333333333333333333333, localAverage=12000, multiple=3, threshold=36000)",
                "amount(base=10000.333333333333333333333333, months=1, amount=10000.333333333333333333333333)",
                "owed(ground=separation.employerWithNotice)",
            ],
            Steps(Calc(D(2025, 10, 1), D(2026, 3, 31), [Y(10000m), Y(10000m), Y(10001m)], false, BeijingWithAverage, SeparationGround.EmployerWithNotice)));
    }

    [Fact]
    public void Of_fourteen_wages_the_last_twelve_are_averaged()
    {
        Money[] fourteen = [.. Enumerable.Range(1, 14).Select(i => Y(i * 1000m))];
        CompensationResult r = Calc(D(2020, 1, 1), D(2026, 3, 31), fourteen, false, BeijingWithAverage);
        // 3000 + 4000 + … + 14000 = 102000; ÷ 12 = 8500.
        Assert.Equal("average(count=12, total=102000, average=8500, months=12)", Steps(r)[2]);
        Assert.False(r.AverageGiven);
    }

    [Fact]
    public void A_given_average_above_three_times_the_local_average_is_capped()
    {
        CompensationResult r = Calc(D(2020, 1, 1), D(2025, 12, 31), [Y(40000m)], true, BeijingWithAverage);
        Assert.Equal(
            [
                "service(from=2020-01-01, to=2025-12-31, years=6, months=0, days=0)",
                "wholeYears(years=6, months=0, days=0, threshold=6, extra=0, total=6)",
                "averageGiven(average=40000)",
                "floorNotApplied(average=40000, minimum=2540)",
                "capApplied(wage=40000, localAverage=12000, multiple=3, threshold=36000, capYears=12)",
                "amount(base=36000, months=6, amount=216000)",
                "owed(ground=separation.economicLayoff)",
            ],
            Steps(r));
        Assert.True(r.AverageGiven);
    }

    [Fact]
    public void An_average_below_the_minimum_wage_is_raised_to_it_and_an_agreement_the_employee_proposed_owes_nothing()
    {
        Assert.Equal(
            [
                "service(from=2020-01-01, to=2025-12-31, years=6, months=0, days=0)",
                "wholeYears(years=6, months=0, days=0, threshold=6, extra=0, total=6)",
                "averageGiven(average=100)",
                "floorApplied(average=100, minimum=2540)",
                "capNotApplied(wage=2540, localAverage=12000, multiple=3, threshold=36000)",
                "amount(base=2540, months=6, amount=15240)",
                "notOwed(ground=separation.agreementProposedByEmployee)",
            ],
            Steps(Calc(D(2020, 1, 1), D(2025, 12, 31), [Y(100m)], true, BeijingWithAverage, SeparationGround.AgreementProposedByEmployee)));
    }

    [Fact]
    public void Without_a_minimum_wage_below_the_cap_the_cap_waits_for_the_floor_and_the_damages_are_undecided()
    {
        Assert.Equal(
            [
                "service(from=2020-01-01, to=2025-12-31, years=6, months=0, days=0)",
                "wholeYears(years=6, months=0, days=0, threshold=6, extra=0, total=6)",
                "averageGiven(average=20000)",
                "floorUndecided(parameter=standard.minimumWage.monthly, average=20000)",
                "capWaitsForFloor(average=20000, threshold=36000, parameter=standard.minimumWage.monthly)",
                "undecided(wage=20000, months=6, amount=120000)",
                "damagesUndecided(ground=separation.unlawfulDissolution, multiple=2)",
            ],
            Steps(Calc(D(2020, 1, 1), D(2025, 12, 31), [Y(20000m)], true, NationalWithAverage, SeparationGround.UnlawfulDissolution)));
    }

    [Fact]
    public void Without_the_local_average_the_cap_is_undecided_and_without_a_ground_nothing_is_said_to_be_owed()
    {
        Assert.Equal(
            [
                "service(from=2020-01-01, to=2025-12-31, years=6, months=0, days=0)",
                "wholeYears(years=6, months=0, days=0, threshold=6, extra=0, total=6)",
                "averageGiven(average=20000)",
                "floorNotApplied(average=20000, minimum=2540)",
                "capUndecided(parameter=ls.compensation.averageMonthlyWage, multiple=3)",
                "undecided(wage=20000, months=6, amount=120000)",
                "groundUnknown()",
            ],
            Steps(Calc(D(2020, 1, 1), D(2025, 12, 31), [Y(20000m)], true, Beijing, null)));

        // Raised to the minimum wage, the figure for information is the minimum wage's.
        Assert.Equal(
            "undecided(wage=2540, months=6, amount=15240)",
            Steps(Calc(D(2020, 1, 1), D(2025, 12, 31), [Y(100m)], true, Beijing, SeparationGround.EconomicLayoff))[5]);
    }

    [Fact]
    public void An_unlawful_termination_owes_twice_the_standard_and_a_reinstatement_sought_is_said()
    {
        Assert.Equal(
            [
                "service(from=2020-01-01, to=2025-12-31, years=6, months=0, days=0)",
                "wholeYears(years=6, months=0, days=0, threshold=6, extra=0, total=6)",
                "averageGiven(average=10000)",
                "floorNotApplied(average=10000, minimum=2540)",
                "capNotApplied(wage=10000, localAverage=12000, multiple=3, threshold=36000)",
                "amount(base=10000, months=6, amount=60000)",
                "damages(ground=separation.unlawfulTermination, amount=60000, multiple=2, damages=120000)",
                "reinstatement()",
            ],
            Steps(Calc(D(2020, 1, 1), D(2025, 12, 31), [Y(10000m)], true, BeijingWithAverage, SeparationGround.UnlawfulTermination, reinstatement: true)));
        Assert.DoesNotContain(
            Calc(D(2020, 1, 1), D(2025, 12, 31), [Y(10000m)], true, BeijingWithAverage, SeparationGround.UnlawfulTermination).Remarks,
            x => x.Key == "LS-COMPENSATION.remark.reinstatement");
    }

    [Fact]
    public void Service_before_2008_is_counted_from_2008_01_01_and_service_that_ended_before_it_counts_nothing()
    {
        Assert.Equal(
            [
                "before2008(start=2005-03-01, from=2008-01-01)",
                "service(from=2008-01-01, to=2025-12-31, years=18, months=0, days=0)",
                "wholeYears(years=18, months=0, days=0, threshold=6, extra=0, total=18)",
            ],
            Steps(Calc(D(2005, 3, 1), D(2025, 12, 31), [Y(10000m)], true, BeijingWithAverage))[..3]);

        CompensationResult ended = Calc(D(2005, 3, 1), D(2007, 12, 31), [Y(10000m)], true, BeijingWithAverage, readOn: D(2026, 1, 1));
        Assert.Equal(
            [
                "before2008(start=2005-03-01, from=2008-01-01)",
                "service(from=2008-01-01, to=2007-12-31, years=0, months=0, days=0)",
                "wholeYears(years=0, months=0, days=0, threshold=6, extra=0, total=0)",
            ],
            Steps(ended)[..3]);
        Assert.Equal(Money.Zero, ended.Amount);
        Assert.DoesNotContain(ended.Remarks, x => x.Key == "LS-COMPENSATION.remark.lateStart");
    }

    [Fact]
    public void A_start_on_the_29th_or_later_shows_where_its_first_two_months_end()
    {
        // 2025-01-30: the first month ends on the last day of February, the second on 29 March (民法典 第二百零二条).
        string[] steps = Steps(Calc(D(2025, 1, 30), D(2025, 8, 15), [Y(10000m)], true, BeijingWithAverage));
        Assert.Equal("service(from=2025-01-30, to=2025-08-15, years=0, months=6, days=17)", steps[0]);
        Assert.Equal("lateStart(from=2025-01-30, first=2025-02-28, second=2025-03-29)", steps[1]);
        Assert.Equal("remainderAsYear(years=0, months=6, days=17, threshold=6, extra=1, total=1)", steps[2]);
        Assert.DoesNotContain(Calc(D(2025, 1, 28), D(2025, 8, 15), [Y(10000m)], true, BeijingWithAverage).Remarks, x => x.Key == "LS-COMPENSATION.remark.lateStart");
        Assert.Contains(Calc(D(2025, 1, 29), D(2025, 8, 15), [Y(10000m)], true, BeijingWithAverage).Remarks, x => x.Key == "LS-COMPENSATION.remark.lateStart");
    }
}
