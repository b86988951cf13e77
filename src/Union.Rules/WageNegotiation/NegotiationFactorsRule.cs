using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-FACTORS: the negotiation brief, the factors of 第八条 the inputs carry with their values.</summary>
/// <remarks>
/// 工资集体协商试行办法 第八条 lists 8 factors to "综合参考". The rule reports which are present (by item number) and which are not;
/// a factor missing is not a breach (Info).
/// </remarks>
public sealed class NegotiationFactorsRule() : Rule<WageProposal>("WN-FACTORS", Severity.Info, new Citation(Instruments.WageNegotiationMeasures, 8))
{
    private static readonly MessageKey Brief = new("WN-FACTORS.brief", "present", "missing");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        NegotiationFactors f = facts.Factors ?? new NegotiationFactors();
        EnterpriseSituation? e = facts.Enterprise;
        bool guideline = context.TryLookUp(IncreaseWithinWageGuidelineRule.BaseParameter, out ParameterReading g, new LocalDate(facts.Year, 12, 31)) && g.From.Year == facts.Year;
        var present = new List<int>();
        var missing = new List<int>();
        void Item(int number, string name, object? value)
        {
            context.Fact($"factor{number}.{name}", RuleContext.Format(value));
            (value is null ? missing : present).Add(number);
        }

        Item(1, "labourCostLevel", (object?)f.LabourCostLevel ?? e?.LabourCost);
        Item(2, "regionalAverageWage", f.RegionalAverageWage);
        Item(3, "guidelineOrMarketPrice", guideline ? g.Value.ToString() : f.MarketGuidePrice);
        Item(4, "cpiPercent", f.CpiPercent);
        Item(5, "productivityOrProfit", (object?)e?.ProductivityGrowthPercent ?? e?.ProfitGrowthPercent);
        Item(6, "stateAssetsPreservationPercent", f.StateAssetsPreservationPercent);
        Item(7, "lastYearPayroll", (object?)f.LastYearTotalPayroll ?? f.LastYearAverageWage);
        Item(8, "other", f.Other);
        context.Inform(Brief, "$.factors", ("present", present.Count == 0 ? "-" : string.Join(", ", present.Distinct())), ("missing", missing.Count == 0 ? "-" : string.Join(", ", missing.Distinct())));
    }
}
