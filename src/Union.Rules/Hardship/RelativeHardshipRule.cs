using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-RELATIVE: relative hardship (相对困难): per-head monthly income below 2 × 低保 with illness, disability or children in school.
/// </summary>
/// <remarks>
/// <para>Template: "家庭人均收入低于当地最低生活保障标准2倍以内" after rigid expenditure and necessary job costs, "因病、因残、子女上学".</para>
/// <para>Interpretation: the limit is <c>hd.relative.multiplier</c> × 低保 with the multiplier's comparison. "低于…2倍以内" mixes
/// an exclusive word (低于) with an inclusive one (以内); the template reads it as &lt; because 低于 is the comparison and 青岛
/// writes the same test as "&lt;最低生活保障标准2倍" (a region that reads 以内 as ≤ sets atMost). The per-head income compared is
/// the relative test's own: the categories of <c>hd.rigid.deductedCategories.relative</c> deducted (template: with 必要就业成本),
/// so it can be lower than the deep test's. The circumstance holds with a member seriously ill or disabled, a child in school
/// at any level, or deductible medical, disability or education costs. Recognised only when HD-MEMBER holds and no exclusion
/// hit bars 相对困难 (template: none does, so a household barred from 深度困难 may be recognised here); a household that is
/// deep is reported as deep.</para>
/// </remarks>
public sealed class RelativeHardshipRule() : Rule<HardshipFacts>("HD-RELATIVE", Severity.Info, HardshipCitations.Pingdingshan, HardshipCitations.Qingdao, HardshipCitations.AcftuNotice)
{
    private static readonly MessageKey[] Outcomes = CategoryFindings.Messages("HD-RELATIVE");

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
        bool? test = IncomeTest.Run(facts.RelativePerHeadMonthly, context, HardshipParameterIds.RelativeMultiplier, "relativeLimit", false, out decimal limit, out Domain.Common.Comparison cmp);
        facts.RelativeIncomeTest = test;
        facts.RelativeLimit = test is null ? null : limit;
        facts.RelativeComparison = cmp;
        if (test is not { } met)
        {
            return;
        }

        bool circumstance = HardshipMath.RelativeCircumstance(facts.Circumstances);
        context.Set(HardshipOutputs.IncomeTest, met);
        context.Set(HardshipOutputs.Circumstance, circumstance);
        CategoryFindings.Report(Outcomes, facts, context, HardshipCategory.Relative, facts.RelativePerHeadMonthly!.Value, met, circumstance, limit);
    }
}
