using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-OVERTIME-PAY: overtime pay is at least 150 %, 200 % and 300 % of ordinary pay (加班工资标准).</summary>
/// <remarks>
/// 劳动法 第四十四条："不低于工资的百分之一百五十 / 百分之二百 / 百分之三百" for extended hours on a working day, rest-day work without
/// time off in lieu, and statutory holidays. 不低于 allows equality. Each of the three multiples the contract states is checked
/// (<see cref="OvertimePayStandards.CheckMultiples"/>), and each one below its item is a finding of its own citing that item;
/// a multiple the contract does not state is not checked (the statute applies).
/// </remarks>
public sealed class OvertimePayAtLeastStatutoryRatesRule() : Rule<CollectiveContract>("CC-OVERTIME-PAY", Severity.Violation, new Citation(Instruments.LabourLaw, 44))
{
    private static readonly MessageKey Low = new("CC-OVERTIME-PAY.low", "kind", "rate", "minimum");

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

        if (OvertimePayStandards.CheckMultiples(
            context,
            (r.Workday, "$.clauses.overtimePay.workday"),
            (r.RestDay, "$.clauses.overtimePay.restDay"),
            (r.Holiday, "$.clauses.overtimePay.holiday"),
            Low))
        {
            context.Pass();
        }
    }
}
