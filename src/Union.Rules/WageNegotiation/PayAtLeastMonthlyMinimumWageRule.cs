using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// WN-MINWAGE-MONTHLY (月最低工资): each full-time grade's pay, after removing overtime pay, the special-condition allowances and statutory
/// welfare, is at least the monthly minimum wage in force on every day of the term.
/// </summary>
/// <remarks>
/// <para>最低工资规定 第十二条: "在劳动者提供正常劳动的情况下，用人单位应支付给劳动者的工资在剔除下列各项以后，不得低于当地最低工资标准：
/// （一）延长工作时间工资；（二）中班、夜班、高温、低温、井下、有毒有害等特殊工作环境、条件下的津贴；（三）法律、法规和国家规定的劳动者福利待遇等。"
/// 第五条: the monthly standard applies to full-time employees.</para>
/// <para>Interpretation: the pay compared is the grade's base pay for the term year containing the date plus the components of
/// kinds <see cref="PayComponentKind.Bonus"/> and <see cref="PayComponentKind.OtherAllowance"/>; every other kind is removed.
/// Where the profile says the region's monthly minimum excludes the employee's own social insurance and housing fund
/// contributions (<c>standard.minimumWage.excludesEmployeeContributions</c>, Beijing and Shanghai), the grade's
/// <see cref="PayGrade.EmployeeContributions"/> are removed too; when the grade does not carry them the grade is not assessed
/// (nothing is guessed). 不得低于 is ≥: pay exactly at the minimum passes, one fen below fails.</para>
/// <para>The comparison is made on the term's first day, on the first day of each term year and on each day inside the term on
/// which a new minimum takes effect; the first failing date of each grade is reported.</para>
/// </remarks>
public sealed class PayAtLeastMonthlyMinimumWageRule : Rule<WageProposal>
{
    /// <summary>The monthly minimum wage parameter.</summary>
    public const string MonthlyParameter = "standard.minimumWage.monthly";

    /// <summary>The parameter saying whether the monthly minimum excludes the employee's own contributions.</summary>
    public const string ExcludesContributionsParameter = "standard.minimumWage.excludesEmployeeContributions";

    /// <summary>Initializes the rule.</summary>
    public PayAtLeastMonthlyMinimumWageRule()
        : base("WN-MINWAGE-MONTHLY", Severity.Violation, new Citation(Instruments.MinimumWageProvisions, 12), new Citation(Instruments.MinimumWageProvisions, 5))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<DateInterval> years = facts.Term.Years();
        IReadOnlyList<LocalDate> checkpoints = MinimumWageWalk.Checkpoints(facts, context.Profile, MonthlyParameter, ExcludesContributionsParameter);
        var minimum = new decimal?[checkpoints.Count];
        var excludes = new bool[checkpoints.Count];
        bool anyMinimum = false;
        bool staleReported = false;
        for (int i = 0; i < checkpoints.Count; i++)
        {
            if (context.TryNumber(MonthlyParameter, out decimal min, checkpoints[i]))
            {
                minimum[i] = min;
                anyMinimum = true;
                if (!staleReported && context.Profile.TryGet(MonthlyParameter, checkpoints[i], out ParameterReading r) && r.StaleSince is { } since)
                {
                    context.Inform("engine.parameterStale", "$", ("parameter", MonthlyParameter), ("from", r.From), ("since", since));
                    staleReported = true;
                }
            }

            if (context.Profile.TryGet(ExcludesContributionsParameter, checkpoints[i], out ParameterReading ex) && ex.Value.TryGetBoolean(out bool b))
            {
                excludes[i] = b;
            }

            context.Fact($"excludesEmployeeContributions@{RuleContext.Format(checkpoints[i])}", excludes[i] ? "true" : "false");
        }

        if (!anyMinimum)
        {
            return;
        }

        context.Fact("checkedDates", string.Join(",", checkpoints.Select(d => RuleContext.Format(d))));
        bool allPassed = true;
        YearAdjustment?[] adjustments = WagePay.AdjustmentsByYear(facts, years.Count);
        for (int g = 0; g < facts.Grades.Count; g++)
        {
            PayGrade grade = facts.Grades[g];
            Money[] basePay = WagePay.BasePaySchedule(adjustments, grade);
            Money counted = WagePay.CountedComponents(grade);
            string path = $"$.grades[{g}]";
            context.Fact(path + ".excludedComponents", WagePay.ExcludedComponents(grade));
            for (int i = 0; i < checkpoints.Count; i++)
            {
                if (minimum[i] is not { } min)
                {
                    continue;
                }

                LocalDate d = checkpoints[i];
                int k = WagePay.TermYearOf(years, d);
                Money pay = basePay[k] + counted;
                if (excludes[i])
                {
                    if (grade.EmployeeContributions is not { } contributions)
                    {
                        context.MissingInput(path + ".employeeContributions");
                        allPassed = false;
                        break;
                    }

                    pay -= contributions;
                }

                if (!context.Compare($"{path}.pay@{RuleContext.Format(d)}", pay.Yuan, Comparison.AtLeast, MonthlyParameter, min))
                {
                    context.Fail(
                        "WN-MINWAGE-MONTHLY.below",
                        path,
                        ("grade", grade.Name),
                        ("date", d),
                        ("pay", pay),
                        ("minimum", min),
                        ("gap", min - pay.Yuan));
                    allPassed = false;
                    break;
                }
            }
        }

        if (allPassed)
        {
            context.Pass();
        }
    }
}
