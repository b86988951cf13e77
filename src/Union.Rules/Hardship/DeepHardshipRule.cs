using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-DEEP: deep hardship (深度困难): per-head monthly income below 1 × 低保 (≤ in some regions) with a qualifying
/// circumstance: on 低保 with illness, schooling or disability costs; laid off or unpaid in a closure; serious illness or disability.
/// </summary>
/// <remarks>
/// <para>Template (平顶山, 邢台, 青岛): "家庭人均收入低于当地最低生活保障标准" with the sub-cases (1) 已享受低保但因病、因学（不含义务教育）、
/// 因残…; (2) 关停并转…下岗、停发或减发工资; (3) 因大病、重残…. 青岛 uses 低于 (&lt;); 邢台 uses ≤.</para>
/// <para>Interpretation: the limit is <c>hd.deep.multiplier</c> × <c>standard.subsistenceAllowance.urban</c>, and the comparison
/// is the multiplier's own (a region overrides it, never code). The exact per-head quotient is compared. A stale 低保 is
/// used and reported. The category is recognised only when HD-MEMBER holds and no exclusion applies.</para>
/// </remarks>
public sealed class DeepHardshipRule : Rule<HardshipFacts>
{
    /// <summary>Initializes the rule.</summary>
    public DeepHardshipRule()
        : base("HD-DEEP", Severity.Info, HardshipCitations.Acftu, HardshipCitations.LocalRules)
    {
    }

    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        bool? test = IncomeTest.Run(facts, context, "hd.deep.multiplier", "deepLimit", true, out decimal limit, out Domain.Common.Comparison cmp);
        facts.DeepIncomeTest = test;
        facts.DeepLimit = test is null ? null : limit;
        facts.DeepComparison = cmp;
        if (test is not { } met)
        {
            return;
        }

        bool circumstance = HardshipMath.DeepCircumstance(facts.Circumstances);
        context.Output("incomeTest", met);
        context.Output("circumstance", circumstance);
        CategoryFindings.Report(Code, facts, context, HardshipCategory.Deep, met, circumstance, limit);
    }
}
