using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// WN-OVERTIME-CAP (加班时长上限): planned overtime is within 1 hour a day (3 hours for special reasons) and 36 hours a month; under
/// comprehensive working time, the overtime of a cycle averaged per month is within 36 hours.
/// </summary>
/// <remarks>
/// <para>劳动法 第四十一条: "用人单位由于生产经营需要，经与工会和劳动者协商后可以延长工作时间，一般每日不得超过一小时；因特殊原因需要延长工作时间的，
/// 在保障劳动者身体健康的条件下延长工作时间每日不得超过三小时，但是每月不得超过三十六小时。"
/// 劳部发〔1994〕503号 第五条: comprehensive hours are averaged over a week, month, quarter or year.</para>
/// <para>Interpretation: under comprehensive hours the daily cap does not bite on a single day; the hours beyond the cycle's
/// standard (<see cref="OvertimeTerms.CycleOvertimeHours"/>) are averaged per month (week × 52 ÷ 12, quarter ÷ 3, year ÷ 12)
/// and compared with the monthly cap. Flexible hours (不定时) are not assessed. 不得超过 is ≤.</para>
/// </remarks>
public sealed class OvertimeWithinCapsRule() : Rule<WageProposal>("WN-OVERTIME-CAP", Severity.Violation, new Citation(Instruments.LabourLaw, 41), new Citation(Instruments.FlexibleHoursApprovalMeasures, 5))
{
    private static readonly MessageKey OvertimeCapCycle = new("WN-OVERTIME-CAP.cycle", "cycle", "hours", "perMonth", "max");
    private static readonly MessageKey Daily = new("WN-OVERTIME-CAP.daily", "hours", "max");
    private static readonly MessageKey Monthly = new("WN-OVERTIME-CAP.monthly", "hours", "max");

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

        if (!context.TryRead(LabourStandardParameters.OvertimeMonthlyMax, out decimal monthlyMax, facts.Term.Start))
        {
            return;
        }

        bool ok = true;
        if (ot.System == WorkingTimeSystem.Comprehensive)
        {
            if (ot.Cycle is not { } cycle)
            {
                context.MissingInput("$.overtime.cycle");
                return;
            }

            if (ot.CycleOvertimeHours is not { } hours)
            {
                context.MissingInput("$.overtime.cycleOvertimeHours");
                return;
            }

            decimal perMonth = cycle switch
            {
                ComprehensiveCycle.Week => hours * 52m / 12m,
                ComprehensiveCycle.Month => hours,
                ComprehensiveCycle.Quarter => hours / 3m,
                _ => hours / 12m,
            };
            context.Fact("averageMonthlyOvertime", decimal.Round(perMonth, 2, MidpointRounding.AwayFromZero));
            if (!context.Compare("averageMonthlyOvertime", perMonth, Comparison.AtMost, LabourStandardParameters.OvertimeMonthlyMax.Name, monthlyMax))
            {
                context.Fail(OvertimeCapCycle, "$.overtime.cycleOvertimeHours", ("hours", hours), ("cycle", cycle.ToString()), ("perMonth", decimal.Round(perMonth, 2, MidpointRounding.AwayFromZero)), ("max", monthlyMax));
                ok = false;
            }
        }
        else
        {
            if (ot.PlannedDailyHours is { } daily)
            {
                Parameter<decimal> parameter = ot.SpecialReason ? LabourStandardParameters.OvertimeDailySpecialMax : LabourStandardParameters.OvertimeDailyMax;
                if (context.TryRead(parameter, out decimal dailyMax, facts.Term.Start)
                    && !context.Compare("$.overtime.plannedDailyHours", daily, Comparison.AtMost, parameter.Name, dailyMax))
                {
                    context.Fail(Daily, "$.overtime.plannedDailyHours", ("hours", daily), ("max", dailyMax));
                    ok = false;
                }
            }

            if (ot.PlannedMonthlyHours is { } monthly
                && !context.Compare("$.overtime.plannedMonthlyHours", monthly, Comparison.AtMost, LabourStandardParameters.OvertimeMonthlyMax.Name, monthlyMax))
            {
                context.Fail(Monthly, "$.overtime.plannedMonthlyHours", ("hours", monthly), ("max", monthlyMax));
                ok = false;
            }

            if (ot.PlannedDailyHours is null && ot.PlannedMonthlyHours is null)
            {
                context.NotApplicable();
                return;
            }
        }

        if (ok)
        {
            context.Pass();
        }
    }
}
