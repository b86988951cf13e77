using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-COST (成本测算): the cost of the proposal per year and over the term, union funds included.</summary>
/// <remarks>
/// 工会法 第四十三条: the enterprise pays "按每月全部职工工资总额的百分之二" to the union. The figures come from
/// <see cref="WageCosting"/> with the parameters in force on the term's first day, the overtime base built as WN-OVERTIME-PAY builds
/// it (<see cref="OvertimePayStandards"/>); every amount is reported rounded to the fen.
/// </remarks>
public sealed class ProposalCostRule() : Rule<WageProposal>("WN-COST", Severity.Info, new Citation(Instruments.TradeUnionLaw, 43), new Citation(Instruments.TotalWagesProvisions, 4))
{
    private static readonly MessageKey CostTotal = new("WN-COST.total", "years", "total", "increase", "funds");
    private static readonly MessageKey Year = new("WN-COST.year", "year", "total", "increase", "funds", "average");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        LocalDate on = facts.Term.Start;
        if (!context.TryRead(WageNegotiationParameters.UnionFundsRate, out Ratio funds, on)
            | !context.TryRead(LabourStandardParameters.PaidDaysPerMonth, out decimal days, on)
            | !context.TryRead(LabourStandardParameters.HoursPerDay, out decimal hours, on)
            | !context.TryRead(LabourStandardParameters.WorkdayRate, out decimal wd, on)
            | !context.TryRead(LabourStandardParameters.RestDayRate, out decimal rd, on)
            | !context.TryRead(LabourStandardParameters.HolidayRate, out decimal hd, on)
            | !OvertimePayStandards.TryReadBaseRules(context, on, out OvertimeBaseRules overtimeBase))
        {
            return;
        }

        decimal? floor = null;
        if (overtimeBase.MinimumWageFloor)
        {
            if (!context.TryRead(LabourStandardParameters.MinimumWageMonthly, out decimal minimum, on))
            {
                return;
            }

            floor = minimum;
        }

        CostReport cost = WageCosting.Cost(facts, new CostingParameters(funds, days, hours, wd, rd, hd, overtimeBase.ExcludedComponents, floor)).RoundedToFen();
        foreach (YearCost y in cost.Years)
        {
            context.Inform(Year, "$.adjustments", ("year", y.TermYear), ("total", y.Total), ("increase", y.Increase), ("funds", y.UnionFunds), ("average", y.AverageIncreasePercent));
        }

        context.Set(WageNegotiationOutputs.CostTotal, cost.Total.Total);
        context.Set(WageNegotiationOutputs.CostIncrease, cost.Total.Increase);
        context.Set(WageNegotiationOutputs.CostUnionFunds, cost.Total.UnionFunds);
        int years = cost.Years.Count;
        context.Inform(CostTotal, "$", ("years", years), ("total", cost.Total.Total), ("increase", cost.Total.Increase), ("funds", cost.Total.UnionFunds));
    }
}
