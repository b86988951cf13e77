using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>HD-PER-CAPITA (家庭人均月收入): per-head monthly income = (income − rigid expenditure) ÷ household size ÷ months of the window.</summary>
/// <remarks>
/// <para>邢台: "(…收入-…刚性支出)/家庭总人口/12个月"; 青岛: "(家庭成员年度可支配收入-刚性支出)÷12÷家庭共同生活人口".</para>
/// <para>Interpretation: income is the counted income plus the imputed income; the quotient is kept exact for the
/// comparisons (no rounding before comparing with the limit) and shown rounded to the fen (四舍五入). The household size is the
/// number of members living together, the applicant included. A negative result (costs above income) is kept.</para>
/// </remarks>
public sealed class PerCapitaMonthlyIncomeRule : Rule<HardshipFacts>
{
    /// <summary>Initializes the rule.</summary>
    public PerCapitaMonthlyIncomeRule()
        : base("HD-PER-CAPITA", Severity.Info, HardshipCitations.LocalRules)
    {
    }

    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.HouseholdSize == 0)
        {
            context.MissingInput("$.members");
            return;
        }

        if (facts.CountedIncome is not { } income || facts.ImputedIncome is not { } imputed || facts.RigidDeducted is not { } rigid || facts.WindowMonths is not { } months)
        {
            HardshipCitations.PrerequisiteMissing(context, facts.CountedIncome is null ? "HD-INCOME" : facts.ImputedIncome is null ? "HD-IMPUTED" : "HD-RIGID");
            return;
        }

        decimal net = income + imputed - rigid;
        decimal perHead = HardshipMath.PerHead(net, facts.HouseholdSize, months);
        facts.NetIncome = net;
        facts.PerHeadMonthly = perHead;
        context.Fact("householdSize", facts.HouseholdSize);
        context.Output("netIncome", net);
        context.Output("perHeadMonthly", decimal.Round(perHead, 2, MidpointRounding.AwayFromZero));
        context.Inform(
            "HD-PER-CAPITA.computed",
            "$",
            ("income", income),
            ("imputed", imputed),
            ("rigid", rigid),
            ("size", facts.HouseholdSize),
            ("months", months),
            ("perHead", decimal.Round(perHead, 2, MidpointRounding.AwayFromZero)));
    }
}
