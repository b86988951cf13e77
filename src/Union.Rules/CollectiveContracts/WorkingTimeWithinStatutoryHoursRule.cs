using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-HOURS: the working-time clauses keep to 8 hours a day and 40 a week, and to the overtime caps (工时上限).</summary>
/// <remarks>
/// 国务院关于职工工作时间的规定 第三条 "职工每日工作8小时，每周工作40小时"; 劳动法 第四十一条 "一般每日不得超过一小时；因特殊原因…每日不得超过三小时，
/// 但是每月不得超过三十六小时". 不得超过 allows the number itself. Under comprehensive hours (综合计算工时) only the weekly average and the
/// monthly overtime cap are read; flexible hours (不定时) are outside these caps (劳部发〔1994〕503号). Parameters
/// <c>hours.dailyMax</c>, <c>hours.weeklyMax</c>, <c>overtime.dailyMax</c>, <c>overtime.dailySpecialMax</c>, <c>overtime.monthlyMax</c>.
/// Each finding cites the article that holds its number, as the parameter's source names it: the 8 and 40 hours
/// 国务院关于职工工作时间的规定 第三条, the 1-, 3- and 36-hour overtime caps 劳动法 第四十一条.
/// </remarks>
public sealed class WorkingTimeWithinStatutoryHoursRule() : Rule<CollectiveContract>("CC-HOURS", Severity.Violation, new Citation(Instruments.WorkingHoursProvisions, 3), new Citation(Instruments.LabourLaw, 41))
{
    private static readonly MessageKey Over = new("CC-HOURS.over", "hours", "parameter", "max");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        WorkingTimeTerms? w = facts.Clauses?.WorkingTime;
        if (w is null)
        {
            if (facts.Clauses?.Subjects.Contains(ContractSubject.WorkingTime) == true)
            {
                context.MissingInput("$.clauses.workingTime");
            }
            else
            {
                context.NotApplicable();
            }

            return;
        }

        if (w.System == HourSystem.Flexible)
        {
            context.NotApplicable();
            return;
        }

        bool standard = w.System != HourSystem.Comprehensive;
        if (standard)
        {
            Cap(context, w.DailyHours, LabourStandardParameters.DailyHoursMax, "$.clauses.workingTime.dailyHours");
        }

        Cap(context, w.WeeklyHours, LabourStandardParameters.WeeklyHoursMax, "$.clauses.workingTime.weeklyHours");
        if (standard)
        {
            Cap(context, w.OvertimeDailyHours, LabourStandardParameters.OvertimeDailyMax, "$.clauses.workingTime.overtimeDailyHours");
            Cap(context, w.OvertimeDailySpecialHours, LabourStandardParameters.OvertimeDailySpecialMax, "$.clauses.workingTime.overtimeDailySpecialHours");
        }

        Cap(context, w.OvertimeMonthlyHours, LabourStandardParameters.OvertimeMonthlyMax, "$.clauses.workingTime.overtimeMonthlyHours");
        context.Pass();
    }

    private static void Cap(RuleContext context, decimal? value, Parameter<decimal> parameter, string path)
    {
        if (value is not { } v || !context.TryRead(parameter, out decimal max, out ParameterReading reading))
        {
            return;
        }

        if (context.Compare(path, v, reading.Comparison ?? Comparison.AtMost, parameter.Name, max))
        {
            return;
        }

        var arguments = new (string, object?)[] { ("hours", v), ("max", max), ("parameter", parameter.Name) };
        if (Citation.TryParse(reading.Source, out Citation? citation))
        {
            context.Fail(citation, Over, path, arguments);
        }
        else
        {
            context.Fail(Over, path, arguments);
        }
    }
}
