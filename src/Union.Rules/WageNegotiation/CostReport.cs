using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.LabourStandards;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// The cost of a wage proposal (工资方案成本测算): per grade and per year of the term, with totals and the union funds.
/// Amounts are exact; <see cref="RoundedToFen"/> gives the figures as reported (四舍五入 to the fen).
/// </summary>
/// <param name="Proposal">The proposal's name.</param>
/// <param name="Parameters">The parameters the costing used.</param>
/// <param name="Grades">The cost of each grade, per year.</param>
/// <param name="Years">The totals of each year of the term.</param>
/// <param name="Total">The totals over the whole term.</param>
public sealed record CostReport(string? Proposal, CostingParameters Parameters, IReadOnlyList<GradeCost> Grades, IReadOnlyList<YearCost> Years, TermCost Total)
{
    /// <summary>Returns the report with every amount rounded to the fen (四舍五入), as reported to people.</summary>
    /// <returns>The rounded report.</returns>
    public CostReport RoundedToFen() => this with
    {
        Grades = Grades.Select(g => g with { Years = g.Years.Select(y => y.RoundedToFen()).ToArray(), Total = g.Total.RoundToFen(), Increase = g.Increase.RoundToFen() }).ToArray(),
        Years = Years.Select(y => y.RoundedToFen()).ToArray(),
        Total = Total.RoundedToFen(),
    };
}

/// <summary>The parameters a costing used (测算参数).</summary>
/// <param name="UnionFundsRate">The union funds rate on payroll (工会法 第四十三条: 2/100).</param>
/// <param name="PaidDaysPerMonth">Paid days per month (21.75).</param>
/// <param name="HoursPerDay">Hours per day (8).</param>
/// <param name="WorkdayRate">The lowest lawful workday overtime rate (1.5).</param>
/// <param name="RestDayRate">The lowest lawful rest-day rate (2).</param>
/// <param name="HolidayRate">The lowest lawful statutory-holiday rate (3).</param>
/// <param name="OvertimeBaseExcluded">
/// The pay-component kinds left out of the overtime base (<c>wage.overtimeBase.excludedComponents</c>); <see langword="null"/> for the
/// national rule, overtime pay only (工资支付暂行规定 第十三条).
/// </param>
/// <param name="OvertimeBaseFloor">The monthly minimum wage the overtime base may not be below, where the region sets that floor (上海市企业工资支付办法 第九条第四款).</param>
public sealed record CostingParameters(
    Ratio UnionFundsRate,
    decimal PaidDaysPerMonth,
    decimal HoursPerDay,
    decimal WorkdayRate,
    decimal RestDayRate,
    decimal HolidayRate,
    IReadOnlyList<PayComponentKind>? OvertimeBaseExcluded = null,
    decimal? OvertimeBaseFloor = null)
{
    /// <summary>Gets how the overtime base is built from these parameters.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public OvertimeBaseRules OvertimeBase => new(OvertimeBaseExcluded ?? OvertimeBaseRules.National.ExcludedComponents, OvertimeBaseFloor is not null);
}

/// <summary>The cost of one grade over the term (分等级成本).</summary>
/// <param name="Grade">The grade's name.</param>
/// <param name="Headcount">The headcount.</param>
/// <param name="Years">The grade's cost in each year.</param>
/// <param name="Total">The grade's total cost over the term (payroll, welfare and union funds).</param>
/// <param name="Increase">The grade's total cost over the term minus what the current pay would cost.</param>
public sealed record GradeCost(string Grade, int Headcount, IReadOnlyList<GradeYearCost> Years, Money Total, Money Increase);

/// <summary>One grade's cost in one year of the term (分等级年度成本).</summary>
/// <param name="TermYear">The year of the term, from 1.</param>
/// <param name="Months">The year's length in months.</param>
/// <param name="MonthlyBasePay">The monthly base pay per person in the year (rounded to the fen by the adjustment).</param>
/// <param name="MonthlyPay">The monthly payroll pay per person (base pay and payroll components, without planned overtime).</param>
/// <param name="Wages">Headcount × monthly pay × months.</param>
/// <param name="Overtime">The planned overtime pay of the grade in the year.</param>
/// <param name="LumpSums">The year's lump sums.</param>
/// <param name="Welfare">Statutory welfare components (not payroll).</param>
/// <param name="Payroll">Wages + overtime + lump sums (工资总额).</param>
/// <param name="UnionFunds">The union funds on the payroll.</param>
/// <param name="Total">Payroll + welfare + union funds.</param>
/// <param name="Baseline">What the same year costs at the current pay, without lump sums.</param>
public sealed record GradeYearCost(int TermYear, decimal Months, Money MonthlyBasePay, Money MonthlyPay, Money Wages, Money Overtime, Money LumpSums, Money Welfare, Money Payroll, Money UnionFunds, Money Total, Money Baseline)
{
    /// <summary>Gets the rise over the baseline.</summary>
    public Money Increase => Total - Baseline;

    /// <summary>Returns the line with every amount rounded to the fen.</summary>
    /// <returns>The rounded line.</returns>
    public GradeYearCost RoundedToFen() => this with
    {
        MonthlyPay = MonthlyPay.RoundToFen(),
        Wages = Wages.RoundToFen(),
        Overtime = Overtime.RoundToFen(),
        LumpSums = LumpSums.RoundToFen(),
        Welfare = Welfare.RoundToFen(),
        Payroll = Payroll.RoundToFen(),
        UnionFunds = UnionFunds.RoundToFen(),
        Total = Total.RoundToFen(),
        Baseline = Baseline.RoundToFen(),
    };
}

/// <summary>The totals of one year of the term (年度合计).</summary>
/// <param name="TermYear">The year of the term, from 1.</param>
/// <param name="From">The year's first day.</param>
/// <param name="To">The year's last day.</param>
/// <param name="Headcount">The full-time headcount.</param>
/// <param name="Wages">The full-time wages.</param>
/// <param name="Overtime">The planned overtime pay.</param>
/// <param name="LumpSums">The lump sums.</param>
/// <param name="PartTime">The part-time wages.</param>
/// <param name="Welfare">Statutory welfare (not payroll).</param>
/// <param name="Payroll">The payroll (工资总额): wages, overtime, lump sums and part-time wages.</param>
/// <param name="UnionFunds">The union funds on the payroll.</param>
/// <param name="Total">Payroll + welfare + union funds.</param>
/// <param name="Baseline">What the year costs at the current pay.</param>
/// <param name="AverageIncreasePercent">The rise of the average full-time wage over the previous year (year 1: over the current pay), in percent, exact.</param>
public sealed record YearCost(int TermYear, LocalDate From, LocalDate To, int Headcount, Money Wages, Money Overtime, Money LumpSums, Money PartTime, Money Welfare, Money Payroll, Money UnionFunds, Money Total, Money Baseline, decimal AverageIncreasePercent)
{
    /// <summary>Gets the rise over the baseline.</summary>
    public Money Increase => Total - Baseline;

    /// <summary>Returns the line with every amount rounded to the fen and the percentage to 2 decimals.</summary>
    /// <returns>The rounded line.</returns>
    public YearCost RoundedToFen() => this with
    {
        Wages = Wages.RoundToFen(),
        Overtime = Overtime.RoundToFen(),
        LumpSums = LumpSums.RoundToFen(),
        PartTime = PartTime.RoundToFen(),
        Welfare = Welfare.RoundToFen(),
        Payroll = Payroll.RoundToFen(),
        UnionFunds = UnionFunds.RoundToFen(),
        Total = Total.RoundToFen(),
        Baseline = Baseline.RoundToFen(),
        AverageIncreasePercent = decimal.Round(AverageIncreasePercent, 2, MidpointRounding.AwayFromZero),
    };
}

/// <summary>The totals over the whole term (协议期合计).</summary>
/// <param name="Payroll">The payroll.</param>
/// <param name="Welfare">Statutory welfare.</param>
/// <param name="UnionFunds">The union funds.</param>
/// <param name="Total">Payroll + welfare + union funds.</param>
/// <param name="Baseline">What the term costs at the current pay.</param>
public sealed record TermCost(Money Payroll, Money Welfare, Money UnionFunds, Money Total, Money Baseline)
{
    /// <summary>Gets the rise over the baseline.</summary>
    public Money Increase => Total - Baseline;

    /// <summary>Returns the totals rounded to the fen.</summary>
    /// <returns>The rounded totals.</returns>
    public TermCost RoundedToFen() => new(Payroll.RoundToFen(), Welfare.RoundToFen(), UnionFunds.RoundToFen(), Total.RoundToFen(), Baseline.RoundToFen());
}

/// <summary>The difference between two proposals (方案比较): per year and cumulative, B minus A.</summary>
/// <param name="A">The first proposal's name.</param>
/// <param name="B">The second proposal's name.</param>
/// <param name="Years">The yearly differences.</param>
/// <param name="Total">The difference over the whole term.</param>
public sealed record CostComparison(string? A, string? B, IReadOnlyList<YearDifference> Years, Money Total);

/// <summary>The difference in one year (年度差额), B minus A.</summary>
/// <param name="TermYear">The year of the term.</param>
/// <param name="TotalA">A's total cost in the year (zero when A's term is shorter).</param>
/// <param name="TotalB">B's total cost in the year (zero when B's term is shorter).</param>
/// <param name="Difference">B − A.</param>
/// <param name="Cumulative">The sum of the differences up to this year.</param>
/// <param name="AverageIncreasePercentA">A's average increase in the year.</param>
/// <param name="AverageIncreasePercentB">B's average increase in the year.</param>
public sealed record YearDifference(int TermYear, Money TotalA, Money TotalB, Money Difference, Money Cumulative, decimal? AverageIncreasePercentA, decimal? AverageIncreasePercentB);
