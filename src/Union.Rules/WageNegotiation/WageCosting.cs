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
        // Which component kinds the overtime base counts (OvertimeBaseRules.Counts), looked up once for the proposal.
        PayComponentKind[] kinds = Enum.GetValues<PayComponentKind>();
        var countsInBase = new bool[kinds.Max(k => (int)k) + 1];
        foreach (PayComponentKind kind in kinds)
        {
            countsInBase[(int)kind] = overtimeBase.Counts(kind);
        }

        // OvertimeOf is a pure function of its three inputs within one costing; grades paid alike (and the current pay, the
        // same every year of equal length) give the same inputs, so each distinct input is divided out once. The key compares
        // the decimals bit for bit (value, scale and sign), so a remembered result is the one the same inputs give, digit for digit.
        var overtimeMemo = new Dictionary<OvertimeInputs, Money>();
        var basePay = new Money[n + 1];
        var gradeMemo = new Dictionary<GradeInputs, GradeLines>();
        for (int g = 0; g < proposal.Grades.Count; g++)
        {
            PayGrade grade = proposal.Grades[g];
            basePay[0] = grade.BasePay;
            for (int k = 1; k <= n; k++)
            {
                basePay[k] = WagePay.Adjust(basePay[k - 1], adjustments[k - 1], grade.Name);
            }

            Money payrollComponents = Money.Zero, welfareComponents = Money.Zero, overtimeBaseComponents = Money.Zero;
            if (grade.Components is { } components)
            {
                for (int c = 0; c < components.Count; c++)
                {
                    PayComponent component = components[c];
                    if (component.Kind.IsPayroll())
                    {
                        payrollComponents += component.Amount;
                    }
                    else
                    {
                        welfareComponents += component.Amount;
                    }
                }

                for (int c = 0; c < components.Count; c++)
                {
                    PayComponent component = components[c];
                    if ((uint)component.Kind < (uint)countsInBase.Length ? countsInBase[(int)component.Kind] : overtimeBase.Counts(component.Kind))
                    {
                        overtimeBaseComponents += component.Amount;
                    }
                }
            }

            decimal head = grade.Headcount;
            headcount += grade.Headcount;
            Money currentPay = basePay[0] + payrollComponents;
            currentWages += currentPay.Yuan * head;
            // A grade's lines depend only on these inputs (and the proposal's years, lump sums and parameters): grades with the
            // same inputs (members paid alike) share the lines computed for the first of them. The year totals still add every
            // grade's figures in grade order, as before, so they are the same to the last digit.
            var inputs = new GradeInputs(basePay, payrollComponents, welfareComponents, overtimeBaseComponents, grade.Headcount, grade.OvertimeHourlyBase);
            if (!gradeMemo.TryGetValue(inputs, out GradeLines? costed))
            {
                costed = CostLines(grade, head, currentPay, payrollComponents, welfareComponents, overtimeBaseComponents);
                gradeMemo.Add(inputs with { BasePay = (Money[])basePay.Clone() }, costed);
            }

            GradeYearCost[] lines = costed.Lines;
            for (int k = 0; k < n; k++)
            {
                GradeYearCost line = lines[k];
                yWages[k] += line.Wages;
                yOvertime[k] += line.Overtime;
                yLumps[k] += line.LumpSums;
                yWelfare[k] += line.Welfare;
                yBaseline[k] += line.Baseline;
                yFunds[k] += line.UnionFunds;
                yTotal[k] += line.Total;
            }

            grades[g] = new GradeCost(grade.Name, grade.Headcount, lines, costed.Total, costed.Increase);
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

        // A grade's cost in each year of the term, its total and its rise over the baseline.
        GradeLines CostLines(PayGrade grade, decimal head, Money currentPay, Money payrollComponents, Money welfareComponents, Money overtimeBaseComponents)
        {
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
            }

            return new GradeLines(lines, total, total - baselineTotal);
        }

        // The year's overtime pay of a grade: Σ(hours × rate) × hourly base × headcount × months ÷ 12, with the hourly base the
        // monthly base (OvertimeBaseRules: the agreed wage standard without the kinds left out, raised to the minimum wage where the
        // region sets that floor) ÷ (paid days × hours a day), or the agreed base when higher; divided last so that exact figures
        // stay exact.
        Money OvertimeOf(Money monthlyWage, Money? agreedHourlyBase, decimal headMonths)
        {
            var key = new OvertimeInputs(monthlyWage.Yuan, agreedHourlyBase?.Yuan, headMonths);
            if (!overtimeMemo.TryGetValue(key, out Money result))
            {
                result = Overtime(monthlyWage, agreedHourlyBase, headMonths);
                overtimeMemo.Add(key, result);
            }

            return result;
        }

        Money Overtime(Money monthlyWage, Money? agreedHourlyBase, decimal headMonths)
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

    /// <summary>A grade's lines, total and rise over the baseline.</summary>
    private sealed record GradeLines(GradeYearCost[] Lines, Money Total, Money Increase);

    /// <summary>
    /// The inputs a grade's lines depend on within one costing: equal only when every amount is the same bit for bit (value,
    /// scale and sign), so that grades found equal get the same figures digit for digit.
    /// </summary>
    private readonly record struct GradeInputs(Money[] BasePay, Money PayrollComponents, Money WelfareComponents, Money OvertimeBaseComponents, int Headcount, Money? OvertimeHourlyBase)
    {
        public bool Equals(GradeInputs other)
        {
            if (Headcount != other.Headcount || !Same(PayrollComponents.Yuan, other.PayrollComponents.Yuan) || !Same(WelfareComponents.Yuan, other.WelfareComponents.Yuan)
                || !Same(OvertimeBaseComponents.Yuan, other.OvertimeBaseComponents.Yuan) || BasePay.Length != other.BasePay.Length)
            {
                return false;
            }

            if (OvertimeHourlyBase is { } a ? other.OvertimeHourlyBase is not { } b || !Same(a.Yuan, b.Yuan) : other.OvertimeHourlyBase is not null)
            {
                return false;
            }

            for (int i = 0; i < BasePay.Length; i++)
            {
                if (!Same(BasePay[i].Yuan, other.BasePay[i].Yuan))
                {
                    return false;
                }
            }

            return true;
        }

        public override int GetHashCode() => HashCode.Combine(Bits(BasePay[0].Yuan), Bits(BasePay[^1].Yuan), Bits(PayrollComponents.Yuan), Bits(WelfareComponents.Yuan), Headcount);
    }

    /// <summary>The inputs of one overtime costing, equal only when every decimal is the same bit for bit.</summary>
    private readonly record struct OvertimeInputs(decimal MonthlyWage, decimal? AgreedHourlyBase, decimal HeadMonths)
    {
        public bool Equals(OvertimeInputs other) =>
            Same(MonthlyWage, other.MonthlyWage) && Same(HeadMonths, other.HeadMonths)
            && (AgreedHourlyBase is { } a ? other.AgreedHourlyBase is { } b && Same(a, b) : other.AgreedHourlyBase is null);

        public override int GetHashCode() => HashCode.Combine(Bits(MonthlyWage), AgreedHourlyBase is { } a ? Bits(a) : 0, Bits(HeadMonths));

    }

    // The same decimal bit for bit: value, scale and sign (what decides every later step).
    private static bool Same(decimal x, decimal y) => Bits(x) == Bits(y);

    private static Int128 Bits(decimal d) => System.Runtime.CompilerServices.Unsafe.As<decimal, Int128>(ref d);

    private static decimal NumberOf(JurisdictionProfile profile, Parameter<decimal> parameter, LocalDate on) =>
        parameter.TryRead(profile, on, out decimal d) ? d : throw new ParameterNotInForceException(parameter.Name, profile.Region, on);

    private static Ratio RatioOf(JurisdictionProfile profile, Parameter<Ratio> parameter, LocalDate on) =>
        parameter.TryRead(profile, on, out Ratio r) ? r : throw new ParameterNotInForceException(parameter.Name, profile.Region, on);
}
