using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>HD-NEAR-MISS (差距提示): for each category more severe than the one reached, the threshold missed, the value and the gap.</summary>
/// <remarks>
/// <para>Not in the local texts: a service to the applicant (what a near miss is worth: "why not, and by how much"). It cites
/// the texts whose thresholds it reports (平顶山's category tests, 青岛's formula).</para>
/// <para>Interpretation: for an income test the value is that test's own per-head monthly income (rounded to the fen; the
/// relative test's deducts its own categories, HD-PER-CAPITA), the limit is
/// multiplier × 低保 and the gap is value − limit (with &lt;, a gap of 0 still misses: the income must fall below the limit);
/// for the accident test the value is the net losses, the limit is ratio × annual income and the gap is limit − losses;
/// a test met without a qualifying circumstance is a "circumstance" miss with no numbers. Categories below the one reached
/// are not listed.</para>
/// </remarks>
public sealed class NearMissesReportedRule() : Rule<HardshipFacts>("HD-NEAR-MISS", Severity.Info, HardshipCitations.Pingdingshan, HardshipCitations.Qingdao)
{
    private static readonly MessageKey Accident = new("HD-NEAR-MISS.accident", "value", "limit", "gap");
    private static readonly MessageKey NearMissDeepCircumstance = new("HD-NEAR-MISS.deep.circumstance");
    private static readonly MessageKey DeepIncome = new("HD-NEAR-MISS.deep.income", "value", "limit", "gap");
    private static readonly MessageKey NearMissRelativeCircumstance = new("HD-NEAR-MISS.relative.circumstance");
    private static readonly MessageKey RelativeIncome = new("HD-NEAR-MISS.relative.income", "value", "limit", "gap");

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
        if (!facts.CategoryAssessed || facts.PerHeadMonthly is not { } perHeadExact || facts.RelativePerHeadMonthly is not { } relativeExact)
        {
            context.PrerequisiteMissing("HD-PER-CAPITA");
            return;
        }

        HardshipCategory reached = facts.Category;
        if (reached < HardshipCategory.Deep)
        {
            Income(facts, context, HardshipCategory.Deep, facts.DeepIncomeTest == true, HardshipMath.DeepCircumstance(facts.Circumstances), perHeadExact, facts.DeepLimit!.Value, facts.DeepComparison);
        }

        if (reached < HardshipCategory.Relative)
        {
            Income(facts, context, HardshipCategory.Relative, facts.RelativeIncomeTest == true, HardshipMath.RelativeCircumstance(facts.Circumstances), relativeExact, facts.RelativeLimit!.Value, facts.RelativeComparison);
        }

        if (reached < HardshipCategory.AccidentInduced && facts.AccidentTest == false && facts.AccidentLosses is > 0m && facts.AccidentRatio is { } ratio && facts.AnnualIncome is { } income)
        {
            decimal limit = HardshipMath.RoundToFen(ratio * income);
            decimal losses = facts.AccidentLosses.Value;
            decimal gap = HardshipMath.RoundToFen(limit - losses);
            facts.NearMissList.Add(HardshipCategory.AccidentInduced, "losses", losses, limit, facts.AccidentComparison, gap);
            context.Inform(Accident, "$.accidents", ("value", losses), ("limit", limit), ("gap", gap));
        }

        if (facts.NearMissList.Count == 0)
        {
            context.NotApplicable();
        }
    }

    private static void Income<TRec>(HardshipFacts facts, TRec context, HardshipCategory category, bool met, bool circumstance, decimal perHeadExact, decimal limit, Domain.Common.Comparison cmp)
        where TRec : struct, IHardshipRecorder
    {
        decimal perHead = HardshipMath.RoundToFen(perHeadExact);
        if (!met)
        {
            decimal gap = HardshipMath.RoundToFen(perHeadExact - limit);
            facts.NearMissList.Add(category, "income", perHead, limit, cmp, gap);
            context.Inform(category == HardshipCategory.Deep ? DeepIncome : RelativeIncome, "$", ("value", perHead), ("limit", limit), ("gap", gap));
        }
        else if (!circumstance)
        {
            facts.NearMissList.Add(category, "circumstance", null, null, null, null);
            context.Inform(category == HardshipCategory.Deep ? NearMissDeepCircumstance : NearMissRelativeCircumstance, "$");
        }
    }
}
