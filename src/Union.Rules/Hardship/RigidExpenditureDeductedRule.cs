using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-RIGID (刚性支出扣除): rigid expenditures over the window are deducted: out-of-pocket medical, disability, education (not compulsory
/// education), housing and long-term care in both income tests, and necessary job costs in the relative-hardship test only
/// (the template; each test's categories are a parameter), each category within its local cap where one is set.
/// </summary>
/// <remarks>
/// <para>邢台 2021 (the deep test): "(…收入-因病刚性支出-因残刚性支出-因学刚性支出-住房刚性支出-其他刚性支出)/家庭总人口/12个月";
/// schooling "不包含义务教育". 平顶山 (the relative test): "家庭收入扣减因病、因残、因子女上学等家庭刚性支出和必要就业成本后"; its deep
/// sub-case (3) names "重特大疾病支出和长期照料费用".</para>
/// <para>Interpretation: which categories each test deducts is read from <c>hd.rigid.deductedCategories.deep</c> and
/// <c>hd.rigid.deductedCategories.relative</c> (lists of <see cref="ExpenditureCategory"/> JSON names; template: the deep
/// list without <c>jobCosts</c>, the relative list with it), so the two tests can have different per-head incomes (HD-PER-CAPITA
/// shows both when they differ). Long-term care is deducted in the deep test as 邢台's 其他刚性支出 and 平顶山's 长期照料费用. An
/// education cost without its level is not deducted and reported as missing (compulsory or not cannot be told). Caps are
/// local and unverified nationally: a region sets <c>hd.rigid.&lt;category&gt;.cap</c> (yuan over the window); without one
/// the category is uncapped. The circumstance "因病、因学、因残支出" is worked out from the deductible medical, disability and
/// education costs, whichever test deducts them.</para>
/// </remarks>
public sealed class RigidExpenditureDeductedRule() : Rule<HardshipFacts>("HD-RIGID", Severity.Info, HardshipCitations.Xingtai, HardshipCitations.Pingdingshan)
{
    private static readonly MessageKey Capped = new("HD-RIGID.capped", "category", "amount", "cap");
    private static readonly MessageKey Compulsory = new("HD-RIGID.compulsory", "level", "amount");
    private static readonly MessageKey Total = new("HD-RIGID.total", "deducted");
    private static readonly MessageKey Totals = new("HD-RIGID.totals", "deep", "relative");

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
        if (facts.WindowStart is not { } start || facts.WindowEnd is not { } end)
        {
            context.PrerequisiteMissing("HD-WINDOW");
            return;
        }

        if (!context.TryMask(HardshipParameterIds.DeepDeductedCategories, HardshipMath.ExpenditureNames, out int deepMask)
            | !context.TryMask(HardshipParameterIds.RelativeDeductedCategories, HardshipMath.ExpenditureNames, out int relativeMask))
        {
            return;
        }

        Span<decimal> totals = stackalloc decimal[6];
        IReadOnlyList<RigidExpenditure> list = facts.Application.Expenditures;
        for (int i = 0; i < list.Count; i++)
        {
            RigidExpenditure e = list[i];
            if (!HardshipMath.InWindow(e.Paid, start, end))
            {
                continue;
            }

            if (e.Category == ExpenditureCategory.Education && e.EducationLevel is null or StudyLevel.None)
            {
                context.MissingInput(new JsonPath("$.expenditures", i, ".educationLevel"));
                continue;
            }

            if (!HardshipMath.IsDeductible(e))
            {
                context.Inform(Compulsory, new JsonPath("$.expenditures", i), ("amount", e.Amount), ("level", e.EducationLevel));
                continue;
            }

            totals[(int)e.Category] += e.Amount.Yuan;
        }

        for (int c = 0; c < totals.Length; c++)
        {
            decimal t = totals[c];
            var category = (ExpenditureCategory)c;
            if (t > 0m && context.TryNumber(HardshipParameterIds.Cap(category), out decimal cap, out _) && t > cap)
            {
                context.Inform(Capped, "$.expenditures", ("category", category), ("amount", t), ("cap", cap));
                t = cap;
                totals[c] = cap;
            }

            if (t != 0m)
            {
                context.Set(HardshipOutputs.Rigid(category), t);
            }
        }

        decimal deep = HardshipMath.Deducted(deepMask, totals[0], totals[1], totals[2], totals[3], totals[4], totals[5]);
        decimal relative = HardshipMath.Deducted(relativeMask, totals[0], totals[1], totals[2], totals[3], totals[4], totals[5]);
        facts.RigidDeducted = deep;
        facts.RelativeRigidDeducted = relative;
        facts.Circumstances = HardshipMath.Circumstances(facts.Application, totals[0], totals[1], totals[2]);
        context.Set(HardshipOutputs.RigidDeductedDeep, deep);
        context.Set(HardshipOutputs.RigidDeductedRelative, relative);
        context.Set(HardshipOutputs.Circumstances, facts.Circumstances);
        if (deep == relative)
        {
            context.Inform(Total, "$.expenditures", ("deducted", deep));
        }
        else
        {
            context.Inform(Totals, "$.expenditures", ("deep", deep), ("relative", relative));
        }
    }
}
