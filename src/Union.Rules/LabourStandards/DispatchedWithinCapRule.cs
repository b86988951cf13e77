using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// LS-DISPATCH-CAP (劳务派遣用工比例): the dispatched workers are at most 10 % of the workforce, and the largest lawful number for
/// the employer's own employees is computed.
/// </summary>
/// <remarks>
/// <para>劳务派遣暂行规定 第四条: "使用的被派遣劳动者数量不得超过其用工总量的10%。前款所称用工总量是指用工单位订立劳动合同人数与使用的
/// 被派遣劳动者人数之和。" 不得超过 includes the number: exactly 10 % passes (beside 450 own employees, 50 dispatched are 50 of 500,
/// exactly 1/10; 51 are 51 of 501, more). Every dispatched worker counts, whatever the post (temporary, auxiliary, substitute,
/// main); the own employees are those under the employer's own labour contracts (第四条第二款). The largest lawful number is
/// ⌊r·own ÷ (1 − r)⌋ (<see cref="DispatchCap"/>). Parameter <c>dispatch.maxRatio</c> (from 2014-03-01, 第二十九条).</para>
/// <para>An employer of 第二十五条 (a foreign representative office, a seafarers' employer of international ocean-going seafarers)
/// is not bound: the rule says so and checks nothing. The transition of 第二十八条 (two years from 2014-03-01 to come down to
/// the ratio, and contracts concluded before the 2012 amendment running to their end) is not modelled.</para>
/// </remarks>
public sealed class DispatchedWithinCapRule() : Rule<LabourFile>("LS-DISPATCH-CAP", Severity.Violation, new Citation(Instruments.LabourDispatchProvisions, 4), new Citation(Instruments.LabourContractLaw, 66, 3))
{
    private static readonly MessageKey Exempt = new("LS-DISPATCH-CAP.exempt", "exemption");
    private static readonly MessageKey Over = new("LS-DISPATCH-CAP.over", "dispatched", "workforce", "own", "ratio", "largest", "excess");

    private static readonly Citation Exemption = new(Instruments.LabourDispatchProvisions, 25);

    /// <inheritdoc />
    public override void Evaluate(LabourFile facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Dispatch is not { } dispatch)
        {
            context.NotApplicable();
            return;
        }

        if (dispatch.Exemption != DispatchExemption.None)
        {
            context.Inform(Exemption, Exempt, "$.dispatch.exemption", ("exemption", LabourFileFacts.Name(dispatch.Exemption)));
            return;
        }

        long own = dispatch.OwnEmployees;
        long dispatched = dispatch.Posts.Sum(p => (long)p.Workers);
        context.Fact("dispatch.ownEmployees", own);
        context.Fact("dispatch.dispatched", dispatched);
        if (!context.TryRead(LabourStandardParameters.DispatchMaxRatio, out Ratio ratio, out ParameterReading reading))
        {
            return;
        }

        Comparison comparison = reading.Comparison ?? Comparison.AtMost;
        if (comparison is not (Comparison.AtMost or Comparison.LessThan))
        {
            context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", reading.Name), ("value", ratio.ToString()), ("kind", "ratio"));
            return;
        }

        long? largest = DispatchCap.LargestLawful(ratio, comparison, own);
        if (largest is { } l)
        {
            context.Set(LabourStandardsOutputs.DispatchLargestLawful, l);
        }

        if (dispatched == 0)
        {
            context.Pass();
            return;
        }

        long workforce = own + dispatched;
        if (context.CompareFraction("dispatched", dispatched, "workforce", workforce, comparison, reading.Name, ratio))
        {
            context.Pass();
            return;
        }

        context.Fail(
            Over,
            "$.dispatch.posts",
            ("dispatched", dispatched),
            ("own", own),
            ("workforce", workforce),
            ("ratio", ratio),
            ("largest", largest ?? 0L),
            ("excess", dispatched - (largest ?? 0L)));
    }
}
