using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-LABOUR-CONTRACT-FLOOR: a labour contract's pay and conditions are not below the collective contract's (不低于集体合同标准).</summary>
/// <remarks>
/// 劳动合同法 第五十五条："用人单位与劳动者订立的劳动合同中劳动报酬和劳动条件等标准不得低于集体合同规定的标准"; 集体合同规定 第六条.
/// Pay is matched by grade against the contract's wage standards (不得低于: equality passes); hours must not be longer than the
/// contract's, overtime rates not lower. A grade the contract does not list is not assessed.
/// </remarks>
public sealed class LabourContractNotBelowCollectiveContractRule() : Rule<LabourContractComparisonFacts>("CC-LABOUR-CONTRACT-FLOOR", Severity.Violation, new Citation(Instruments.LabourContractLaw, 55), new Citation(Instruments.CollectiveContractProvisions, 6))
{
    private static readonly MessageKey Below = new("CC-LABOUR-CONTRACT-FLOOR.below", "what", "value", "standard");
    private static readonly MessageKey Longer = new("CC-LABOUR-CONTRACT-FLOOR.longer", "value", "standard");
    private static readonly MessageKey NoGrade = new("CC-LABOUR-CONTRACT-FLOOR.noGrade", "grade");

    /// <inheritdoc />
    public override void Evaluate(LabourContractComparisonFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.CollectiveContract is not { } cc)
        {
            context.MissingInput("$.collectiveContract");
            return;
        }

        LabourContract l = facts.Line;
        string p = facts.Path;
        if (l.MonthlyWage is not null || l.HourlyWage is not null)
        {
            WageStandard? standard = cc.Clauses?.WageStandards.FirstOrDefault(w => w.Grade is not null && string.Equals(w.Grade, l.Grade, StringComparison.Ordinal));
            context.Fact(p + ".grade", l.Grade);
            if (standard is null)
            {
                context.NotAssessed(NoGrade, p + ".grade", ("grade", l.Grade ?? "?"));
            }
            else
            {
                Floor(context, l.MonthlyWage?.Yuan, standard.Monthly?.Yuan, p + ".monthlyWage", "monthly");
                Floor(context, l.HourlyWage?.Yuan, standard.Hourly?.Yuan, p + ".hourlyWage", "hourly");
            }
        }

        WorkingTimeTerms? mine = l.WorkingTime;
        WorkingTimeTerms? theirs = cc.Clauses?.WorkingTime;
        if (mine is not null && theirs is not null)
        {
            Cap(context, mine.DailyHours, theirs.DailyHours, p + ".workingTime.dailyHours");
            Cap(context, mine.WeeklyHours, theirs.WeeklyHours, p + ".workingTime.weeklyHours");
            Cap(context, mine.OvertimeMonthlyHours, theirs.OvertimeMonthlyHours, p + ".workingTime.overtimeMonthlyHours");
        }

        OvertimePayRates? rates = l.OvertimePay;
        OvertimePayRates? ccRates = cc.Clauses?.OvertimePay;
        if (rates is not null && ccRates is not null)
        {
            Floor(context, rates.Workday, ccRates.Workday, p + ".overtimePay.workday", "overtime");
            Floor(context, rates.RestDay, ccRates.RestDay, p + ".overtimePay.restDay", "overtime");
            Floor(context, rates.Holiday, ccRates.Holiday, p + ".overtimePay.holiday", "overtime");
        }

        context.Pass();
    }

    private static void Floor(RuleContext context, decimal? value, decimal? standard, string path, string what)
    {
        if (value is not { } v || standard is not { } s)
        {
            return;
        }

        if (!context.Compare(path, v, Comparison.AtLeast, "collectiveContract", s))
        {
            context.Fail(Below, path, ("what", what), ("value", v), ("standard", s));
        }
    }

    private static void Cap(RuleContext context, decimal? value, decimal? standard, string path)
    {
        if (value is not { } v || standard is not { } s)
        {
            return;
        }

        if (!context.Compare(path, v, Comparison.AtMost, "collectiveContract", s))
        {
            context.Fail(Longer, path, ("value", v), ("standard", s));
        }
    }
}
