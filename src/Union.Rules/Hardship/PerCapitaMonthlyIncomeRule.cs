using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-PER-CAPITA (家庭人均月收入): per-head monthly income = (income − rigid expenditure) ÷ household size ÷ months of the window, once
/// for each income test with the test's own deductions.
/// </summary>
/// <remarks>
/// <para>邢台: "(…收入-…刚性支出)/家庭总人口/12个月"; 青岛: "(家庭成员年度可支配收入-刚性支出)÷12÷家庭共同生活人口"; 平顶山's
/// relative test deducts "必要就业成本" as well.</para>
/// <para>Interpretation: income is the counted income plus the imputed income. The deep test's figure deducts
/// <see cref="HardshipFacts.RigidDeducted"/>, the relative test's <see cref="HardshipFacts.RelativeRigidDeducted"/>; when the
/// two deductions are equal one figure is reported, otherwise both, each with its own computation, so that a cadre sees which
/// figure each limit is compared with (template: the relative figure is lower by the job costs ÷ size ÷ months). The
/// quotients are kept exact for the comparisons (no rounding before comparing with a limit) and shown rounded to the fen
/// (四舍五入). The household size is the number of members living together, the applicant included. A negative result (costs
/// above income) is kept.</para>
/// </remarks>
public sealed class PerCapitaMonthlyIncomeRule() : Rule<HardshipFacts>("HD-PER-CAPITA", Severity.Info, HardshipCitations.Xingtai, HardshipCitations.Qingdao)
{
    private static readonly MessageKey PerCapitaComputed = new("HD-PER-CAPITA.computed", "income", "imputed", "rigid", "size", "months", "perHead");
    private static readonly MessageKey ComputedDeep = new("HD-PER-CAPITA.computedDeep", "income", "imputed", "rigid", "size", "months", "perHead");
    private static readonly MessageKey ComputedRelative = new("HD-PER-CAPITA.computedRelative", "income", "imputed", "rigid", "size", "months", "perHead");

    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        Run(facts, new ContextRecorder(context));
    }

    /// <summary>The rule, recording through <paramref name="context"/> (a <see cref="RuleContext"/> or the compact log).</summary>
    internal static void Run<TRec>(HardshipFacts facts, TRec context)
        where TRec : struct, IHardshipRecorder
    {
        if (facts.HouseholdSize == 0)
        {
            context.MissingInput("$.members");
            return;
        }

        if (facts.CountedIncome is not { } income || facts.ImputedIncome is not { } imputed || facts.RigidDeducted is not { } rigid
            || facts.RelativeRigidDeducted is not { } relativeRigid || facts.WindowMonths is not { } months)
        {
            context.PrerequisiteMissing(facts.CountedIncome is null ? "HD-INCOME" : facts.ImputedIncome is null ? "HD-IMPUTED" : "HD-RIGID");
            return;
        }

        decimal net = income + imputed - rigid;
        decimal perHead = HardshipMath.PerHead(net, facts.HouseholdSize, months);
        decimal relativeNet = income + imputed - relativeRigid;
        decimal relativePerHead = HardshipMath.PerHead(relativeNet, facts.HouseholdSize, months);
        facts.NetIncome = net;
        facts.PerHeadMonthly = perHead;
        facts.RelativeNetIncome = relativeNet;
        facts.RelativePerHeadMonthly = relativePerHead;
        context.Fact("householdSize", facts.HouseholdSize);
        context.Set(HardshipOutputs.NetIncomeDeep, net);
        context.Set(HardshipOutputs.PerHeadMonthlyDeep, HardshipMath.RoundToFen(perHead));
        context.Set(HardshipOutputs.NetIncomeRelative, relativeNet);
        context.Set(HardshipOutputs.PerHeadMonthlyRelative, HardshipMath.RoundToFen(relativePerHead));
        if (rigid == relativeRigid)
        {
            Computed(context, PerCapitaComputed, income, imputed, rigid, facts.HouseholdSize, months, perHead);
        }
        else
        {
            Computed(context, ComputedDeep, income, imputed, rigid, facts.HouseholdSize, months, perHead);
            Computed(context, ComputedRelative, income, imputed, relativeRigid, facts.HouseholdSize, months, relativePerHead);
        }
    }

    private static void Computed<TRec>(TRec context, MessageKey key, decimal income, decimal imputed, decimal rigid, int size, int months, decimal perHead)
        where TRec : struct, IHardshipRecorder =>
        context.Inform(key, "$", ("income", income), ("imputed", imputed), ("rigid", rigid), ("size", size), ("months", months), ("perHead", HardshipMath.RoundToFen(perHead)));
}
