using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-TERMINATION: a change or ending rests on agreement or a listed ground and follows the same procedure (变更解除).</summary>
/// <remarks>
/// 集体合同规定 第三十九条 (agreement), 第四十条 (兼并、解散、破产等; 不可抗力; 约定的条件; 其他法定情形), 第四十一条 "变更或解除集体合同适用本规定的集体协商程序".
/// A unilateral change with no listed ground, or one made outside the negotiation procedure, is a breach.
/// </remarks>
public sealed class ChangeOnListedGroundRule() : Rule<CollectiveContract>("CC-TERMINATION", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 40), new Citation(Instruments.CollectiveContractProvisions, 39), new Citation(Instruments.CollectiveContractProvisions, 41))
{
    private static readonly MessageKey NoGround = new("CC-TERMINATION.noGround");
    private static readonly MessageKey Procedure = new("CC-TERMINATION.procedure");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var changes = facts.Amendments.Select((a, i) => (a, $"$.amendments[{i}]")).ToList();
        if (facts.Termination is { } term)
        {
            changes.Add((term, "$.termination"));
        }

        if (changes.Count == 0)
        {
            context.NotApplicable();
            return;
        }

        foreach ((ContractChange change, string path) in changes)
        {
            context.Fact(path + ".ground", change.Ground?.ToString());
            if (change.Ground is null)
            {
                context.MissingInput(path + ".ground");
            }
            else if (change.Ground == TerminationGround.Unilateral)
            {
                context.Fail(NoGround, path + ".ground");
            }

            if (change.SameProcedure is null)
            {
                context.MissingInput(path + ".sameProcedure");
            }
            else if (change.SameProcedure == false)
            {
                context.Fail(Procedure, path + ".sameProcedure");
            }
        }

        context.Pass();
    }
}
