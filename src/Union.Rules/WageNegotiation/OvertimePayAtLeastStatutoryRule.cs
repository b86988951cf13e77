using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// WN-OVERTIME-PAY (加班工资): overtime rates are at least 150 % (workday), 200 % (rest day without time off) and 300 % (statutory holiday),
/// and an hourly base the agreement sets is at least the monthly wage ÷ 21.75 ÷ 8.
/// </summary>
/// <remarks>
/// <para>劳动法 第四十四条: "（一）安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；（二）休息日安排劳动者工作又不能安排补休的，
/// 支付不低于工资的百分之二百的工资报酬；（三）法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。"
/// 工资支付暂行规定 第十三条: the base is "劳动合同规定的劳动者本人小时工资标准"; "实行不定时工时制度的劳动者，不执行上述规定".
/// 劳社部发〔2008〕3号: 小时工资 = 月工资收入 ÷ (月计薪天数 × 8).</para>
/// <para>Interpretation: the monthly wage for the base is the grade's base pay in each term year plus its special-condition and
/// other allowances (bonuses, overtime pay and statutory welfare left out). An agreed base below it in any year is a violation;
/// a higher agreed base is used. Rates the agreement does not state default to the statutory minimum (no finding). Under
/// flexible hours (不定时) the rule does not apply.</para>
/// </remarks>
public sealed class OvertimePayAtLeastStatutoryRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public OvertimePayAtLeastStatutoryRule()
        : base("WN-OVERTIME-PAY", Severity.Violation, new Citation(Instruments.LabourLaw, 44), new Citation(Instruments.WagePaymentProvisions, 13), new Citation(Instruments.MonthlyWorkingTimeNotice))
    {
    }

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

        bool ok = true;
        ok &= CheckRate(context, "overtime.workdayRate", ot.WorkdayRate, "$.overtime.workdayRate", facts);
        ok &= CheckRate(context, "overtime.restDayRate", ot.RestDayRate, "$.overtime.restDayRate", facts);
        ok &= CheckRate(context, "overtime.holidayRate", ot.HolidayRate, "$.overtime.holidayRate", facts);
        if (!context.TryNumber("wage.paidDaysPerMonth", out decimal days, facts.Term.Start) || !context.TryNumber("wage.hoursPerDay", out decimal hours, facts.Term.Start))
        {
            return;
        }

        int n = facts.Term.Years().Count;
        YearAdjustment?[] adjustments = WagePay.AdjustmentsByYear(facts, n);
        for (int g = 0; g < facts.Grades.Count; g++)
        {
            PayGrade grade = facts.Grades[g];
            Money[] basePay = WagePay.BasePaySchedule(adjustments, grade);
            Money allowances = WagePay.OvertimeBaseComponents(grade);
            string path = $"$.grades[{g}]";
            context.Fact(path + ".hourlyBase", ((basePay[Math.Min(1, n)] + allowances) / (days * hours)).RoundToFen());
            if (grade.OvertimeHourlyBase is not { } agreed)
            {
                continue;
            }

            for (int k = 1; k <= n; k++)
            {
                Money lawful = (basePay[k] + allowances) / (days * hours);
                if (!context.Compare($"{path}.overtimeHourlyBase@year{k}", agreed.Yuan, Comparison.AtLeast, "monthlyWage ÷ (wage.paidDaysPerMonth × wage.hoursPerDay)", lawful.Yuan))
                {
                    context.Fail("WN-OVERTIME-PAY.base", path + ".overtimeHourlyBase", ("grade", grade.Name), ("year", k), ("agreed", agreed), ("lawful", lawful.RoundToFen()), ("days", days), ("hours", hours));
                    ok = false;
                    break;
                }
            }
        }

        if (ok)
        {
            context.Pass();
        }
    }

    private static bool CheckRate(RuleContext context, string parameter, decimal? agreed, string path, WageProposal facts)
    {
        if (agreed is not { } rate)
        {
            return true;
        }

        if (!context.TryNumber(parameter, out decimal min, facts.Term.Start))
        {
            return true;
        }

        if (context.Compare(path, rate, Comparison.AtLeast, parameter, min))
        {
            return true;
        }

        context.Fail("WN-OVERTIME-PAY.rate", path, ("kind", parameter), ("rate", rate), ("minimum", min));
        return false;
    }
}
