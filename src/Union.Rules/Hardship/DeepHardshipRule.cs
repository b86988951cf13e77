using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-DEEP: deep hardship (深度困难): per-head monthly income below 1 × 低保 (≤ in some regions) with a qualifying
/// circumstance: on 低保 with illness, schooling or disability costs; laid off or unpaid in a closure; serious illness or disability.
/// </summary>
/// <remarks>
/// <para>Template (平顶山, 邢台, 青岛): "家庭人均纯收入低于当地最低生活保障标准" with the sub-cases (1) 已纳入最低生活保障，但还存在患病、
/// 子女上学（邢台: 不含义务教育）、伤残等其他刚性支出; (2) 企业关停并转过程中下岗失业、停发或减发工资，…扣减因病、因残、因子女上学等家庭
/// 刚性支出和必要就业成本后，低于当地最低生活保障标准; (3) 因患重特大疾病、伤残等…扣减重特大疾病支出和长期照料费用后…. 青岛 writes
/// "&lt;最低生活保障标准"; 邢台's formula ends "≤ 当地最低生活保障标准".</para>
/// <para>One deduction set serves every sub-case (<c>hd.rigid.deductedCategories.deep</c>, from 邢台's formula, which names no
/// 必要就业成本). 平顶山's sub-case (2) alone also deducts 必要就业成本 for a member laid off in a closure; a region that follows
/// it adds <c>jobCosts</c> to its deep list (for every sub-case: the sub-cases are not given separate deductions).</para>
/// <para>Interpretation: the limit is <c>hd.deep.multiplier</c> × <c>standard.subsistenceAllowance.urban</c>, and the comparison
/// is the multiplier's own (template 低于, &lt;; a region overrides it, never code). The per-head income compared is the deep
/// test's own: the expenditure categories of <c>hd.rigid.deductedCategories.deep</c> deducted (the template, after 邢台's
/// formula, does not deduct 必要就业成本 here). The exact quotient is compared. A stale 低保 is used and reported. The category
/// is recognised only when HD-MEMBER holds and no exclusion hit bars 深度困难 (<c>hd.exclusion.&lt;kind&gt;.bars</c>).</para>
/// </remarks>
public sealed class DeepHardshipRule() : Rule<HardshipFacts>("HD-DEEP", Severity.Info, HardshipCitations.Pingdingshan, HardshipCitations.Xingtai, HardshipCitations.AcftuNotice)
{
    private static readonly MessageKey[] Outcomes = CategoryFindings.Messages("HD-DEEP");

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
        bool? test = IncomeTest.Run(facts.PerHeadMonthly, context, HardshipParameterIds.DeepMultiplier, "deepLimit", true, out decimal limit, out Domain.Common.Comparison cmp);
        facts.DeepIncomeTest = test;
        facts.DeepLimit = test is null ? null : limit;
        facts.DeepComparison = cmp;
        if (test is not { } met)
        {
            return;
        }

        bool circumstance = HardshipMath.DeepCircumstance(facts.Circumstances);
        context.Set(HardshipOutputs.IncomeTest, met);
        context.Set(HardshipOutputs.Circumstance, circumstance);
        CategoryFindings.Report(Outcomes, facts, context, HardshipCategory.Deep, facts.PerHeadMonthly!.Value, met, circumstance, limit);
    }
}
