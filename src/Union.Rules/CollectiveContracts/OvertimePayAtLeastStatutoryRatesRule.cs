using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-OVERTIME-PAY: overtime pay is at least 150 %, 200 % and 300 % of ordinary pay (加班工资标准).</summary>
/// <remarks>
/// 劳动法 第四十四条："不低于工资的百分之一百五十 / 百分之二百 / 百分之三百" for extended hours on a working day, rest-day work without
/// time off in lieu, and statutory holidays. 不低于 allows equality. Parameters <c>overtime.workdayRate</c>,
/// <c>overtime.restDayRate</c>, <c>overtime.holidayRate</c>.
/// </remarks>
public sealed class OvertimePayAtLeastStatutoryRatesRule : Rule<CollectiveContract>
{
    /// <summary>Initializes the rule.</summary>
    public OvertimePayAtLeastStatutoryRatesRule()
        : base("CC-OVERTIME-PAY", Severity.Violation, new Citation(Instruments.LabourLaw, 44))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        OvertimePayRates? r = facts.Clauses?.OvertimePay;
        if (r is null)
        {
            context.NotApplicable();
            return;
        }

        Floor(context, r.Workday, "overtime.workdayRate", "$.clauses.overtimePay.workday");
        Floor(context, r.RestDay, "overtime.restDayRate", "$.clauses.overtimePay.restDay");
        Floor(context, r.Holiday, "overtime.holidayRate", "$.clauses.overtimePay.holiday");
        context.Pass();
    }

    private static void Floor(RuleContext context, decimal? value, string parameter, string path)
    {
        if (value is not { } v || !context.TryNumber(parameter, out decimal min))
        {
            return;
        }

        if (!context.Compare(path, v, Comparison.AtLeast, parameter, min))
        {
            context.Fail("CC-OVERTIME-PAY.low", path, ("rate", v), ("min", min));
        }
    }
}
