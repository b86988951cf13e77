using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// Pay arithmetic of a wage proposal (工资计算): each grade's monthly base pay in each year of the term, compounded, and the
/// parts of pay that count for the minimum wage, the overtime base and the payroll.
/// </summary>
/// <remarks>
/// <para>Year <c>k</c>'s base pay is year <c>k − 1</c>'s base pay × (1 + percent ÷ 100) + flat amount, where a grade change for
/// the grade replaces the year's general percentage and flat amount; year 0 is the current pay. The result is rounded to the
/// fen (四舍五入) each year, because it is a wage standard the agreement states and the enterprise pays in fen; every other
/// figure stays exact until it is reported.</para>
/// <para>Only base pay is adjusted; components keep their amounts over the term.</para>
/// </remarks>
public static class WagePay
{
    /// <summary>Gets a grade's monthly base pay for years 0 (current) to <paramref name="years"/> of the term.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="grade">The grade.</param>
    /// <param name="years">The number of term years.</param>
    /// <returns>The base pay per year, index 0 the current pay.</returns>
    public static Money[] BasePaySchedule(WageProposal proposal, PayGrade grade, int years)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return BasePaySchedule(AdjustmentsByYear(proposal, years), grade);
    }

    /// <summary>Gets the adjustment of each term year, index 0 for year 1 (<see langword="null"/> where there is none).</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="years">The number of term years.</param>
    /// <returns>The adjustments by year.</returns>
    public static YearAdjustment?[] AdjustmentsByYear(WageProposal proposal, int years)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var result = new YearAdjustment?[years];
        if (proposal.Adjustments is { } list)
        {
            foreach (YearAdjustment a in list)
            {
                if (a.TermYear >= 1 && a.TermYear <= years)
                {
                    result[a.TermYear - 1] = a;
                }
            }
        }

        return result;
    }

    /// <summary>Gets a grade's monthly base pay for years 0 (current) to n, given the adjustment of each year.</summary>
    /// <param name="adjustments">The adjustments by year (<see cref="AdjustmentsByYear"/>).</param>
    /// <param name="grade">The grade.</param>
    /// <returns>The base pay per year, index 0 the current pay.</returns>
    public static Money[] BasePaySchedule(IReadOnlyList<YearAdjustment?> adjustments, PayGrade grade)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        ArgumentNullException.ThrowIfNull(grade);
        var result = new Money[adjustments.Count + 1];
        result[0] = grade.BasePay;
        for (int k = 1; k <= adjustments.Count; k++)
        {
            result[k] = Adjust(result[k - 1], adjustments[k - 1], grade.Name);
        }

        return result;
    }

    /// <summary>Applies one year's adjustment to a grade's base pay, rounded to the fen.</summary>
    /// <param name="basePay">The base pay before.</param>
    /// <param name="adjustment">The year's adjustment; none leaves the pay unchanged.</param>
    /// <param name="gradeName">The grade's name, to find a grade change.</param>
    /// <returns>The base pay after.</returns>
    public static Money Adjust(Money basePay, YearAdjustment? adjustment, string gradeName)
    {
        if (adjustment is null)
        {
            return basePay;
        }

        decimal? percent = adjustment.IncreasePercent;
        Money? flat = adjustment.FlatAmount;
        if (adjustment.GradeChanges is { } changes)
        {
            foreach (GradeChange c in changes)
            {
                if (string.Equals(c.Grade, gradeName, StringComparison.Ordinal))
                {
                    percent = c.IncreasePercent;
                    flat = c.FlatAmount;
                    break;
                }
            }
        }

        Money after = basePay;
        if (percent is { } pct)
        {
            after = after + (after * pct / 100m);
        }

        if (flat is { } f)
        {
            after += f;
        }

        return after.RoundToFen();
    }

    /// <summary>Sums the grade's components that count for the minimum wage (all but those 最低工资规定 第十二条 excludes).</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The monthly amount.</returns>
    public static Money CountedComponents(PayGrade grade) => Sum(grade, k => !k.IsExcludedFromMinimumWage());

    /// <summary>Sums the grade's components that are excluded from the minimum-wage comparison.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The monthly amount.</returns>
    public static Money ExcludedComponents(PayGrade grade) => Sum(grade, k => k.IsExcludedFromMinimumWage());

    /// <summary>Sums the grade's components that are payroll (工资总额): all but statutory welfare.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The monthly amount.</returns>
    public static Money PayrollComponents(PayGrade grade) => Sum(grade, k => k.IsPayroll());

    /// <summary>Sums the grade's statutory welfare components.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The monthly amount.</returns>
    public static Money WelfareComponents(PayGrade grade) => Sum(grade, k => !k.IsPayroll());

    /// <summary>Gets the term year (1-based) that contains a date, or 0 when the date is before the term.</summary>
    /// <param name="years">The term's years.</param>
    /// <param name="date">The date.</param>
    /// <returns>The term year.</returns>
    public static int TermYearOf(IReadOnlyList<DateInterval> years, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(years);
        for (int i = years.Count - 1; i >= 0; i--)
        {
            if (years[i].Start <= date)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Gets the length of a term year in months: whole months plus the remaining days as a fraction of the next month.</summary>
    /// <param name="year">The term year.</param>
    /// <returns>The months (12 for a full year).</returns>
    public static decimal Months(DateInterval year)
    {
        ArgumentNullException.ThrowIfNull(year);
        LocalDate endExclusive = year.End.PlusDays(1);
        Period p = Period.Between(year.Start, endExclusive, PeriodUnits.Months | PeriodUnits.Days);
        decimal months = p.Months + (p.Years * 12);
        if (p.Days > 0)
        {
            LocalDate from = year.Start.PlusMonths((int)months);
            months += (decimal)p.Days / from.Calendar.GetDaysInMonth(from.Year, from.Month);
        }

        return months;
    }

    /// <summary>
    /// Gets the rise of the average full-time wage in each year of the term over the year before (year 1: over the current
    /// pay), in percent, exact. The average wage of a year is (Σ headcount × monthly payroll pay × months + lump sums) ÷
    /// (Σ headcount × months): base pay, payroll components and lump sums; planned overtime is left out.
    /// </summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>One percentage per term year; 0 where the headcount is 0.</returns>
    public static decimal[] AverageIncreasePercents(WageProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        IReadOnlyList<DateInterval> years = proposal.Term.Years();
        int n = years.Count;
        YearAdjustment?[] adjustments = AdjustmentsByYear(proposal, n);
        var months = new decimal[n];
        for (int k = 0; k < n; k++)
        {
            months[k] = Months(years[k]);
        }

        var wages = new Money[n];
        var lumps = new Money[n];
        int heads = 0;
        decimal current = 0m;
        foreach (PayGrade grade in proposal.Grades)
        {
            Money[] basePay = BasePaySchedule(adjustments, grade);
            Money components = PayrollComponents(grade);
            decimal head = grade.Headcount;
            heads += grade.Headcount;
            current += (basePay[0] + components).Yuan * head;
            for (int k = 0; k < n; k++)
            {
                wages[k] += (basePay[k + 1] + components) * (head * months[k]);
                lumps[k] += (adjustments[k]?.LumpSumPerPerson ?? Money.Zero) * head;
            }
        }

        var result = new decimal[n];
        decimal previous = heads == 0 ? 0m : current / heads;
        for (int k = 0; k < n; k++)
        {
            decimal average = heads == 0 ? 0m : (wages[k] + lumps[k]).Yuan / (heads * months[k]);
            result[k] = IncreasePercent(previous, average);
            previous = average;
        }

        return result;
    }

    /// <summary>The rise from one average to the next, in percent: (next ÷ previous − 1) × 100; 0 when the previous is 0.</summary>
    /// <param name="previous">The previous average.</param>
    /// <param name="next">The next average.</param>
    /// <returns>The rise in percent.</returns>
    public static decimal IncreasePercent(decimal previous, decimal next) => previous == 0m ? 0m : ((next / previous) - 1m) * 100m;

    private static Money Sum(PayGrade grade, Func<PayComponentKind, bool> include)
    {
        Money total = Money.Zero;
        if (grade.Components is { } components)
        {
            foreach (PayComponent c in components)
            {
                if (include(c.Kind))
                {
                    total += c.Amount;
                }
            }
        }

        return total;
    }
}
