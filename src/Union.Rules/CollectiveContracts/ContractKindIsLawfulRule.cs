using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-KIND: the contract is comprehensive, special (naming its subject), industry-wide or regional (合同种类合法).</summary>
/// <remarks>
/// 劳动合同法 第五十二条："企业职工一方与用人单位可以订立劳动安全卫生、女职工权益保护、工资调整机制等专项集体合同。"
/// A special contract must name its subject; "等" admits other subjects, which must then be named.
/// </remarks>
public sealed class ContractKindIsLawfulRule() : Rule<CollectiveContract>("CC-KIND", Severity.Violation, new Citation(Instruments.LabourContractLaw, 51), new Citation(Instruments.LabourContractLaw, 52), new Citation(Instruments.LabourContractLaw, 53))
{
    private static readonly MessageKey NoSubject = new("CC-KIND.noSubject");
    private static readonly MessageKey UnnamedSubject = new("CC-KIND.unnamedSubject");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        context.Fact("kind", facts.Kind?.ToString());
        if (facts.Kind is not { } kind)
        {
            context.MissingInput("$.kind");
            return;
        }

        if (kind != ContractKind.Special)
        {
            context.Pass();
            return;
        }

        context.Fact("specialSubject", facts.SpecialSubject?.ToString());
        if (facts.SpecialSubject is null)
        {
            context.Fail(NoSubject, "$.specialSubject");
        }
        else if (facts.SpecialSubject == SpecialSubject.Other && string.IsNullOrWhiteSpace(facts.SpecialSubjectName))
        {
            context.Fail(UnnamedSubject, "$.specialSubjectName");
        }
        else
        {
            context.Pass();
        }
    }
}
