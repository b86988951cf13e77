using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-CONTENT: the agreement covers the 9 items of 工资集体协商试行办法 第七条.</summary>
/// <remarks>
/// 第七条: "工资集体协商一般包括以下内容：（一）工资协议的期限；（二）工资分配制度、工资标准和工资分配形式；（三）职工年度平均工资水平及其调整幅度；
/// （四）奖金、津贴、补贴等分配办法；（五）工资支付办法；（六）变更、解除工资协议的程序；（七）工资协议的终止条件；（八）工资协议的违约责任；
/// （九）双方认为应当协商约定的其他事项。" 一般 → Warning. Items (一) to (三) are taken as covered when the document carries a term,
/// grades and adjustments; the others must be listed in <see cref="WageProposal.Contents"/>. Item (九) is optional by its nature
/// and never reported missing.
/// </remarks>
public sealed class AgreementCoversArticle7ItemsRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public AgreementCoversArticle7ItemsRule()
        : base("WN-CONTENT", Severity.Warning, new Citation(Instruments.WageNegotiationMeasures, 7))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var covered = new HashSet<AgreementItem>(facts.Contents ?? []) { AgreementItem.Term };
        if (facts.Grades.Count > 0)
        {
            covered.Add(AgreementItem.PaySystem);
        }

        if (facts.Adjustments is { Count: > 0 })
        {
            covered.Add(AgreementItem.AverageWageAndAdjustment);
        }

        int[] missing = Enum.GetValues<AgreementItem>().Where(i => i != AgreementItem.Other && !covered.Contains(i)).Select(i => (int)i).ToArray();
        context.Fact("contents", string.Join(",", covered.Select(i => (int)i).Order()));
        if (missing.Length == 0)
        {
            context.Pass();
        }
        else
        {
            context.Fail("WN-CONTENT.missing", "$.contents", ("items", string.Join(", ", missing)));
        }
    }
}

/// <summary>WN-FACTORS: the negotiation brief, the factors of 第八条 the inputs carry with their values.</summary>
/// <remarks>
/// 工资集体协商试行办法 第八条 lists 8 factors to "综合参考". The rule reports which are present (by item number) and which are not;
/// a factor missing is not a breach (Info).
/// </remarks>
public sealed class NegotiationFactorsRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public NegotiationFactorsRule()
        : base("WN-FACTORS", Severity.Info, new Citation(Instruments.WageNegotiationMeasures, 8))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        NegotiationFactors f = facts.Factors ?? new NegotiationFactors();
        EnterpriseSituation? e = facts.Enterprise;
        bool guideline = context.Profile.TryGet(IncreaseWithinWageGuidelineRule.BaseParameter, new LocalDate(facts.Year, 12, 31), out ParameterReading g) && g.From.Year == facts.Year;
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
        context.Inform("WN-FACTORS.brief", "$.factors", ("present", present.Count == 0 ? "-" : string.Join(", ", present.Distinct())), ("missing", missing.Count == 0 ? "-" : string.Join(", ", missing.Distinct())));
    }
}

/// <summary>WN-COST (成本测算): the cost of the proposal per year and over the term, union funds included.</summary>
/// <remarks>
/// 工会法 第四十三条: the enterprise pays "按每月全部职工工资总额的百分之二" to the union. The figures come from
/// <see cref="WageCosting"/> with the parameters in force on the term's first day; every amount is reported rounded to the fen.
/// </remarks>
public sealed class ProposalCostRule : Rule<WageProposal>
{
    /// <summary>Initializes the rule.</summary>
    public ProposalCostRule()
        : base("WN-COST", Severity.Info, new Citation(Instruments.TradeUnionLaw, 43), new Citation(Instruments.TotalWagesProvisions, 4))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        LocalDate on = facts.Term.Start;
        if (!context.TryRatio("union.funds.rate", out Ratio funds, out _, on)
            | !context.TryNumber("wage.paidDaysPerMonth", out decimal days, on)
            | !context.TryNumber("wage.hoursPerDay", out decimal hours, on)
            | !context.TryNumber("overtime.workdayRate", out decimal wd, on)
            | !context.TryNumber("overtime.restDayRate", out decimal rd, on)
            | !context.TryNumber("overtime.holidayRate", out decimal hd, on))
        {
            return;
        }

        CostReport cost = WageCosting.Cost(facts, new CostingParameters(funds, days, hours, wd, rd, hd)).RoundedToFen();
        foreach (YearCost y in cost.Years)
        {
            context.Inform("WN-COST.year", "$.adjustments", ("year", y.TermYear), ("total", y.Total), ("increase", y.Increase), ("funds", y.UnionFunds), ("average", y.AverageIncreasePercent));
        }

        context.Output("total", cost.Total.Total);
        context.Output("increase", cost.Total.Increase);
        context.Output("unionFunds", cost.Total.UnionFunds);
        context.Inform("WN-COST.total", "$", ("years", cost.Years.Count), ("total", cost.Total.Total), ("increase", cost.Total.Increase), ("funds", cost.Total.UnionFunds));
    }
}
