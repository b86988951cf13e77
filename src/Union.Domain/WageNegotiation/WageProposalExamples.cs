using NodaTime;
using Union.Domain.Common;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// Example wage proposals (工资协商方案示例): a lawful three-year proposal of a Shanghai manufacturer, and a flawed one-year
/// proposal of a Guangzhou workshop that breaks several rules. Used by <c>union wage example</c>, the tests and the benchmarks.
/// </summary>
public static class WageProposalExamples
{
    /// <summary>
    /// Gets a lawful three-year proposal (上海, 2026–2028, three grades, part-time cleaners, overtime plan, full procedure: the chiefs
    /// sign on 17 December and the signed text goes to the workers' congress on 18 December, as 上海市集体合同条例 第二十二条 orders).
    /// </summary>
    public static WageProposal Lawful { get; } = new(
        RegionCode.Shanghai,
        2026,
        new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2028, 12, 31)),
        [
            new PayGrade(
                "操作工",
                120,
                Money.FromYuan(4200m),
                [
                    new PayComponent(PayComponentKind.NightShiftAllowance, Money.FromYuan(300m), "夜班津贴"),
                    new PayComponent(PayComponentKind.HighTemperatureAllowance, Money.FromYuan(100m), "高温津贴（月均）"),
                    new PayComponent(PayComponentKind.OtherAllowance, Money.FromYuan(200m), "岗位津贴"),
                    new PayComponent(PayComponentKind.StatutoryWelfare, Money.FromYuan(150m), "法定福利"),
                ],
                Post: "生产",
                EmployeeContributions: Money.FromYuan(700m),
                ProbationPay: Money.FromYuan(3800m)),
            new PayGrade("技术员", 60, Money.FromYuan(6500m), [new PayComponent(PayComponentKind.OtherAllowance, Money.FromYuan(300m), "岗位津贴")], "技术", Money.FromYuan(1100m), Money.FromYuan(5800m)),
            new PayGrade("班组长", 20, Money.FromYuan(8000m), [new PayComponent(PayComponentKind.Bonus, Money.FromYuan(800m), "月度绩效奖金")], "生产", Money.FromYuan(1400m)),
        ],
        "工会方方案（2026—2028）",
        ProposingSide.Employees,
        new EnterpriseSituation(ProfitGrowthPercent: 6.5m, ProductivityGrowthPercent: 5m, LabourCost: Money.FromYuan(21_500_000m)),
        [
            new YearAdjustment(1, 5m),
            new YearAdjustment(2, 4.5m),
            new YearAdjustment(3, 4m, LumpSumPerPerson: Money.FromYuan(2000m)),
        ],
        [new PartTimeRate("保洁", Money.FromYuan(28m), 8, 80m)],
        new OvertimeTerms(WorkingTimeSystem.Standard, null, 1.5m, 2m, 3m, 1m, 20m, false, null, 120m, 48m, 16m),
        new WageProcess(
            new LocalDate(2025, 11, 3),
            new LocalDate(2025, 11, 4),
            new LocalDate(2025, 11, 18),
            new LocalDate(2025, 12, 1),
            new LocalDate(2025, 11, 26),
            new DraftApproval(DeliberationBody.WorkersCongress, new LocalDate(2025, 12, 18), BodySize: 60, Present: 52, InFavour: 47),
            new LocalDate(2025, 12, 17),
            new LocalDate(2025, 12, 24),
            null,
            new LocalDate(2026, 1, 12),
            new LocalDate(2025, 12, 25)),
        [AgreementItem.BonusesAndAllowances, AgreementItem.PaymentMethod, AgreementItem.ChangeProcedure, AgreementItem.TerminationConditions, AgreementItem.Liability],
        new NegotiationFactors(RegionalAverageWage: Money.FromYuan(12434m), CpiPercent: 0.4m, LastYearAverageWage: Money.FromYuan(6900m)));

    /// <summary>
    /// Gets a flawed one-year proposal (广州, 2026): base pay that falls below the minimum wage rising on 1 September 2026, a part-time
    /// rate below the hourly minimum, a 120 % workday overtime rate, 2 hours of overtime a day and 40 a month, probation pay below
    /// the floor, a 12 % increase, no deliberation by the workers' congress, and filing on day 10.
    /// </summary>
    public static WageProposal Flawed { get; } = new(
        RegionCode.Parse("440100"),
        2026,
        new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
        [
            new PayGrade("普工", 40, Money.FromYuan(2320m), [new PayComponent(PayComponentKind.NightShiftAllowance, Money.FromYuan(400m), "夜班津贴")], ProbationPay: Money.FromYuan(2000m)),
            new PayGrade("熟练工", 15, Money.FromYuan(3600m)),
        ],
        "企业方方案（2026）",
        ProposingSide.Employer,
        new EnterpriseSituation(ProfitGrowthPercent: 15m),
        [new YearAdjustment(1, 12m)],
        [new PartTimeRate("包装", Money.FromYuan(23.5m), 6, 60m)],
        new OvertimeTerms(WorkingTimeSystem.Standard, null, 1.2m, 2m, 3m, 2m, 40m, false, null, 200m, 0m, 0m),
        new WageProcess(ProposalReceived: new LocalDate(2026, 1, 5), Reply: new LocalDate(2026, 1, 30), Signing: new LocalDate(2026, 3, 2), Filed: new LocalDate(2026, 3, 12)));
}
