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
public sealed class AgreementCoversArticle7ItemsRule() : Rule<WageProposal>("WN-CONTENT", Severity.Warning, new Citation(Instruments.WageNegotiationMeasures, 7))
{
    private static readonly MessageKey Missing = new("WN-CONTENT.missing", "items");

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
            context.Fail(Missing, "$.contents", ("items", string.Join(", ", missing)));
        }
    }
}
