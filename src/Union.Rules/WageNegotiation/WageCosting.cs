using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// Costs a wage proposal (工资方案成本测算, WN-COST): per grade and in total, per year of the term with compounding, the union
/// funds on the payroll included (工会法 第四十三条), and compares two proposals. Pure and exact: no I/O, no clock; safe to call
/// from several threads.
/// </summary>
/// <remarks>
/// <para>Per grade and year: wages = headcount × (base pay + payroll components) × months; overtime = headcount × months ÷ 12 ×
/// Σ (planned hours a year × rate) × hourly base, where the hourly base is the monthly base ÷ paid days ÷ hours a day
/// (劳社部发〔2008〕3号) or the agreement's base when higher, and the monthly base is the one WN-OVERTIME-PAY checks
/// (<see cref="OvertimeBaseRules"/>: base pay and the components the region does not leave out, at least the minimum wage where
/// the region sets that floor), and the rate is the agreement's or the lawful minimum when
/// higher; no premium is costed under flexible hours (工资支付暂行规定 第十三条). Lump sums = headcount × lump sum.
/// Payroll (工资总额) = wages + overtime + lump sums; statutory welfare is not payroll (关于工资总额组成的规定 第十一条);
/// union funds = rate × payroll; total = payroll + welfare + union funds. A year's figures are the sums of the grades' figures
/// (so costs are additive over grades to the last digit).</para>
/// <para>Every step is exact decimal arithmetic except the hourly base (monthly wage ÷ 174 has no finite decimal), carried at
/// 28 significant digits; nothing is rounded to the fen until <see cref="CostReport.RoundedToFen"/>.</para>
/// <para>The baseline is the same year at the current pay, without lump sums; the increase is total − baseline.</para>
/// <para>Part-time rates are not adjusted by the proposal; their wages are rate × hours a month × headcount × months.</para>
/// </remarks>
public static class WageCosting
{
    /// <summary>Reads the costing parameters in force on a date from a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="on">The date (the term's start).</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ParameterNotInForceException">A parameter has no value in force: the message names it, the region and the date.</exception>
    public static CostingParameters ParametersFor(JurisdictionProfile profile, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(profile);
        OvertimeBaseRules overtimeBase = OvertimePayStandards.BaseRulesFor(profile, on);
        return new CostingParameters(
            RatioOf(profile, WageNegotiationParameters.UnionFundsRate, on),
            NumberOf(profile, LabourStandardParameters.PaidDaysPerMonth, on),
            NumberOf(profile, LabourStandardParameters.HoursPerDay, on),
            NumberOf(profile, LabourStandardParameters.WorkdayRate, on),
            NumberOf(profile, LabourStandardParameters.RestDayRate, on),
            NumberOf(profile, LabourStandardParameters.HolidayRate, on),
            overtimeBase.ExcludedComponents,
            overtimeBase.MinimumWageFloor ? NumberOf(profile, LabourStandardParameters.MinimumWageMonthly, on) : null);
    }

    /// <summary>Costs a proposal with the parameters in force on the term's first day.</summary>
    /// <param name="proposal">The proposal (structurally valid).</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <returns>The exact cost report.</returns>
    /// <exception cref="ParameterNotInForceException">A parameter has no value in force on the term's first day.</exception>
    public static CostReport Cost(WageProposal proposal, JurisdictionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return Cost(proposal, ParametersFor(profile, proposal.Term.Start));
    }

    /// <summary>Costs a proposal with the given parameters.</summary>
    /// <param name="proposal">The proposal (structurally valid).</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The exact cost report.</returns>
    public static CostReport Cost(WageProposal proposal, CostingParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(parameters);
        IReadOnlyList<DateInterval> years = proposal.Term.Years();
        int n = years.Count;
        var months = new decimal[n];
        for (int k = 0; k < n; k++)
        {
            months[k] = WagePay.Months(years[k]);
        }

        decimal fundsRate = parameters.UnionFundsRate.Numerator / (decimal)parameters.UnionFundsRate.Denominator;
        OvertimeTerms? ot = proposal.Overtime;
        bool premiums = ot is not null && ot.System != WorkingTimeSystem.Flexible;
        decimal rateHours = 0m;
        if (premiums)
        {
            rateHours = ((ot!.WorkdayHoursPerYear ?? 0m) * Math.Max(ot.WorkdayRate ?? 0m, parameters.WorkdayRate))
                + ((ot.RestDayHoursPerYear ?? 0m) * Math.Max(ot.RestDayRate ?? 0m, parameters.RestDayRate))
                + ((ot.HolidayHoursPerYear ?? 0m) * Math.Max(ot.HolidayRate ?? 0m, parameters.HolidayRate));
        }

        decimal hoursPerMonth = parameters.PaidDaysPerMonth * parameters.HoursPerDay;
        OvertimeBaseRules overtimeBase = parameters.OvertimeBase;
        YearAdjustment?[] adjustments = WagePay.AdjustmentsByYear(proposal, n);
        var lumps = new Money[n];
        for (int k = 0; k < n; k++)
        {
            lumps[k] = adjustments[k]?.LumpSumPerPerson ?? Money.Zero;
        }

        var grades = new GradeCost[proposal.Grades.Count];
        var yWages = new Money[n];
        var yOvertime = new Money[n];
        var yLumps = new Money[n];
        var yWelfare = new Money[n];
        var yBaseline = new Money[n];
        var yFunds = new Money[n];
        var yTotal = new Money[n];
        int headcount = 0;
        decimal currentWages = 0m;
        decimal otDivisor = hoursPerMonth * 12m;
        bool costOvertime = premiums && rateHours != 0m;
        for (int g = 0; g < proposal.Grades.Count; g++)
        {
            PayGrade grade = proposal.Grades[g];
            Money[] basePay = WagePay.BasePaySchedule(adjustments, grade);
            Money payrollComponents = Money.Zero, welfareComponents = Money.Zero;
            if (grade.Components is { } components)
            {
                foreach (PayComponent c in components)
                {
                    if (c.Kind.IsPayroll())
                    {
                        payrollComponents += c.Amount;
                    }
                    else
                    {
                        welfareComponents += c.Amount;
                    }
                }
            }

            Money overtimeBaseComponents = overtimeBase.CountedComponents(grade.Components);

            decimal head = grade.Headcount;
            headcount += grade.Headcount;
            Money currentPay = basePay[0] + payrollComponents;
            currentWages += currentPay.Yuan * head;
            var lines = new GradeYearCost[n];
            Money total = Money.Zero;
            Money baselineTotal = Money.Zero;
            for (int k = 0; k < n; k++)
            {
                decimal m = months[k];
                decimal hm = head * m;
                Money monthlyPay = basePay[k + 1] + payrollComponents;
                Money wages = monthlyPay * hm;
                Money overtime = costOvertime ? OvertimeOf(basePay[k + 1] + overtimeBaseComponents, grade.OvertimeHourlyBase, hm) : Money.Zero;
                Money lump = lumps[k] * head;
                Money welfare = welfareComponents * hm;
                Money payroll = wages + overtime + lump;
                Money funds = payroll * fundsRate;
                Money lineTotal = payroll + welfare + funds;
                Money basePayroll = (currentPay * hm) + (costOvertime ? OvertimeOf(basePay[0] + overtimeBaseComponents, grade.OvertimeHourlyBase, hm) : Money.Zero);
                Money baseline = basePayroll + welfare + (basePayroll * fundsRate);
                lines[k] = new GradeYearCost(k + 1, m, basePay[k + 1], monthlyPay, wages, overtime, lump, welfare, payroll, funds, lineTotal, baseline);
                total += lineTotal;
                baselineTotal += baseline;
                yWages[k] += wages;
                yOvertime[k] += overtime;
                yLumps[k] += lump;
                yWelfare[k] += welfare;
                yBaseline[k] += baseline;
                yFunds[k] += funds;
                yTotal[k] += lineTotal;
            }

            grades[g] = new GradeCost(grade.Name, grade.Headcount, lines, total, total - baselineTotal);
        }

        Money partTimeMonthly = Money.Zero;
        if (proposal.PartTimeRates is { } rates)
        {
            foreach (PartTimeRate r in rates)
            {
                partTimeMonthly += r.HourlyRate * (r.HoursPerMonth ?? 0m) * r.Headcount;
            }
        }

        var yearCosts = new YearCost[n];
        Money tPayroll = Money.Zero, tWelfare = Money.Zero, tFunds = Money.Zero, tTotal = Money.Zero, tBaseline = Money.Zero;
        decimal previousAverage = headcount == 0 ? 0m : currentWages / headcount;
        for (int k = 0; k < n; k++)
        {
            Money partTime = partTimeMonthly * months[k];
            Money payroll = yWages[k] + yOvertime[k] + yLumps[k] + partTime;
            Money partTimeFunds = partTime * fundsRate;
            Money funds = yFunds[k] + partTimeFunds;
            Money total = yTotal[k] + partTime + partTimeFunds;
            Money partTimeBaseline = partTime + partTimeFunds;
            Money baseline = yBaseline[k] + partTimeBaseline;
            decimal average = headcount == 0 ? 0m : (yWages[k] + yLumps[k]).Yuan / (headcount * months[k]);
            decimal increase = WagePay.IncreasePercent(previousAverage, average);
            previousAverage = average;
            yearCosts[k] = new YearCost(k + 1, years[k].Start, years[k].End, headcount, yWages[k], yOvertime[k], yLumps[k], partTime, yWelfare[k], payroll, funds, total, baseline, increase);
            tPayroll += payroll;
            tWelfare += yWelfare[k];
            tFunds += funds;
            tTotal += total;
            tBaseline += baseline;
        }

        return new CostReport(proposal.Name, parameters, grades, yearCosts, new TermCost(tPayroll, tWelfare, tFunds, tTotal, tBaseline));

        // The year's overtime pay of a grade: Σ(hours × rate) × hourly base × headcount × months ÷ 12, with the hourly base the
        // monthly base (OvertimeBaseRules: the agreed wage standard without the kinds left out, raised to the minimum wage where the
        // region sets that floor) ÷ (paid days × hours a day), or the agreed base when higher; divided last so that exact figures
        // stay exact.
        Money OvertimeOf(Money monthlyWage, Money? agreedHourlyBase, decimal headMonths)
        {
            monthlyWage = overtimeBase.ApplyFloor(monthlyWage, parameters.OvertimeBaseFloor);
            if (agreedHourlyBase is { } agreed && agreed.Yuan * hoursPerMonth > monthlyWage.Yuan)
            {
                return agreed * (rateHours * headMonths / 12m);
            }

            return Money.FromYuan(monthlyWage.Yuan * rateHours * headMonths / otDivisor);
        }
    }

    /// <summary>Compares two cost reports year by year (B − A) and cumulatively.</summary>
    /// <param name="a">The first proposal's costs.</param>
    /// <param name="b">The second proposal's costs.</param>
    /// <returns>The comparison.</returns>
    public static CostComparison Compare(CostReport a, CostReport b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int n = Math.Max(a.Years.Count, b.Years.Count);
        var years = new YearDifference[n];
        Money cumulative = Money.Zero;
        for (int k = 0; k < n; k++)
        {
            YearCost? ya = k < a.Years.Count ? a.Years[k] : null;
            YearCost? yb = k < b.Years.Count ? b.Years[k] : null;
            Money ta = ya?.Total ?? Money.Zero;
            Money tb = yb?.Total ?? Money.Zero;
            cumulative += tb - ta;
            years[k] = new YearDifference(k + 1, ta, tb, tb - ta, cumulative, ya?.AverageIncreasePercent, yb?.AverageIncreasePercent);
        }

        return new CostComparison(a.Proposal, b.Proposal, years, cumulative);
    }

    private static decimal NumberOf(JurisdictionProfile profile, Parameter<decimal> parameter, LocalDate on) =>
        parameter.TryRead(profile, on, out decimal d) ? d : throw new ParameterNotInForceException(parameter.Name, profile.Region, on);

    private static Ratio RatioOf(JurisdictionProfile profile, Parameter<Ratio> parameter, LocalDate on) =>
        parameter.TryRead(profile, on, out Ratio r) ? r : throw new ParameterNotInForceException(parameter.Name, profile.Region, on);
}
