using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-REPS-DUAL: nobody sits on both sides (不得相互兼任).</summary>
/// <remarks>集体合同规定 第二十四条："用人单位协商代表与职工协商代表不得相互兼任。" People are matched by <c>id</c>; a negotiator without an id is not matched.</remarks>
public sealed class NoNegotiatorOnBothSidesRule() : Rule<CollectiveContract>("CC-REPS-DUAL", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 24))
{
    private static readonly MessageKey Both = new("CC-REPS-DUAL.both", "id");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Negotiators.Count == 0)
        {
            context.MissingInput("$.negotiators");
            return;
        }

        var employees = facts.Negotiators.Where(n => n.Side == Side.Employee && n.Id is not null).Select(n => n.Id!).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < facts.Negotiators.Count; i++)
        {
            Negotiator n = facts.Negotiators[i];
            if (n.Side == Side.Employer && n.Id is { } id && employees.Contains(id))
            {
                context.Fail(Both, $"$.negotiators[{i}]", ("id", id));
            }
        }

        context.Pass();
    }
}
