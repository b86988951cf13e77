using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// WN-OVERTIME-PAY (加班工资): overtime rates are at least 150 % (workday), 200 % (rest day without time off) and 300 % (statutory holiday),
/// and an hourly base the agreement sets is at least the agreed wage standard ÷ 21.75 ÷ 8.
/// </summary>
/// <remarks>
/// <para>劳动法 第四十四条: "（一）安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；（二）休息日安排劳动者工作又不能安排补休的，
/// 支付不低于工资的百分之二百的工资报酬；（三）法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。"
/// 工资支付暂行规定 第十三条: the base is "劳动合同规定的劳动者本人小时工资标准"; "实行不定时工时制度的劳动者，不执行上述规定".
/// 劳社部发〔2008〕3号: 小时工资 = 月工资收入 ÷ (月计薪天数 × 8).</para>
/// <para>Interpretation: each multiple is checked on its own (<see cref="OvertimePayStandards"/>); each one below its item is a
/// finding citing that item. The wage standard the agreement fixes for a grade is its base pay in the term year plus its
/// components, without the kinds <c>wage.overtimeBase.excludedComponents</c> lists (nationally overtime pay; 上海市企业工资支付办法
/// 第九条第二款 also the middle-shift, night-shift and high-temperature allowances) and without statutory welfare, which is no wage;
/// where the region sets the floor (上海 第九条第四款) it is at least the monthly minimum wage in force. The agreement fixes every
/// grade's monthly pay, so a region's default share of the normal month's pay (上海 第九条第三款第（三）项: 70 %) never applies here.
/// An agreed base below the lawful one on any date of the term (the term's first day, each term year's first day, each day a
/// minimum the floor uses takes effect) is a violation; a higher agreed base is used. Rates the agreement does not state default
/// to the statutory minimum (no finding). Under flexible hours (不定时) the rule does not apply.</para>
/// </remarks>
public sealed class OvertimePayAtLeastStatutoryRule() : Rule<WageProposal>("WN-OVERTIME-PAY", Severity.Violation, new Citation(Instruments.LabourLaw, 44), new Citation(Instruments.WagePaymentProvisions, 13), new Citation(Instruments.MonthlyWorkingTimeNotice))
{
    private static readonly MessageKey Base = new("WN-OVERTIME-PAY.base", "grade", "year", "date", "agreed", "monthly", "days", "hours", "lawful");
    private static readonly MessageKey Rate = new("WN-OVERTIME-PAY.rate", "kind", "rate", "minimum");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        OvertimeTerms? ot = facts.Overtime;
        if (ot is null || ot.System == WorkingTimeSystem.Flexible)
        {
            context.NotApplicable();
            return;
        }

        LocalDate start = facts.Term.Start;
        bool ok = OvertimePayStandards.CheckMultiples(
            context,
            (ot.WorkdayRate, "$.overtime.workdayRate"),
            (ot.RestDayRate, "$.overtime.restDayRate"),
            (ot.HolidayRate, "$.overtime.holidayRate"),
            Rate,
            start);
        if (!context.TryRead(LabourStandardParameters.PaidDaysPerMonth, out decimal days, start)
            || !context.TryRead(LabourStandardParameters.HoursPerDay, out decimal hours, start)
            || !OvertimePayStandards.TryReadBaseRules(context, start, out OvertimeBaseRules rules))
        {
            return;
        }

        IReadOnlyList<DateInterval> years = facts.Term.Years();
        IReadOnlyList<LocalDate> dates = rules.MinimumWageFloor
            ? MinimumWageComparison.Checkpoints(context.Profile, start, facts.Term.End, years.Select(y => y.Start), LabourStandardParameters.MinimumWageMonthly)
            : [.. years.Select(y => y.Start)];
        YearAdjustment?[] adjustments = WagePay.AdjustmentsByYear(facts, years.Count);
        var minimums = new Dictionary<LocalDate, decimal?>();
        for (int g = 0; g < facts.Grades.Count; g++)
        {
            PayGrade grade = facts.Grades[g];
            Money[] basePay = WagePay.BasePaySchedule(adjustments, grade);
            string path = $"$.grades[{g}]";
            context.Fact(path + ".hourlyBase", OvertimePayStandards.HourlyBase(Monthly(dates[0]), days, hours).RoundToFen());
            if (grade.OvertimeHourlyBase is null)
            {
                continue;
            }

            Money agreed = grade.OvertimeHourlyBase.Value;

            foreach (LocalDate d in dates)
            {
                Money monthly = Monthly(d);
                Money lawful = OvertimePayStandards.HourlyBase(monthly, days, hours);
                if (!context.Compare($"{path}.overtimeHourlyBase@{RuleContext.Format(d)}", agreed.Yuan, Comparison.AtLeast, "wageStandard ÷ (wage.paidDaysPerMonth × wage.hoursPerDay)", lawful.Yuan))
                {
                    context.Fail(
                        Base,
                        path + ".overtimeHourlyBase",
                        ("grade", grade.Name),
                        ("year", WagePay.TermYearOf(years, d)),
                        ("date", d),
                        ("agreed", agreed),
                        ("monthly", monthly.RoundToFen()),
                        ("lawful", lawful.RoundToFen()),
                        ("days", days),
                        ("hours", hours));
                    ok = false;
                    break;
                }
            }

            // The agreed wage standard in force on a date, without the kinds left out, raised to the minimum wage where the region says so.
            Money Monthly(LocalDate d)
            {
                Money standard = rules.MonthlyBase(basePay[WagePay.TermYearOf(years, d)], grade.Components);
                return rules.MinimumWageFloor ? rules.ApplyFloor(standard, MinimumOn(d)) : standard;
            }
        }

        if (ok)
        {
            context.Pass();
        }

        decimal? MinimumOn(LocalDate d)
        {
            if (!minimums.TryGetValue(d, out decimal? m))
            {
                m = context.TryRead(LabourStandardParameters.MinimumWageMonthly, out decimal value, d) ? value : null;
                minimums[d] = m;
            }

            return m;
        }
    }
}
