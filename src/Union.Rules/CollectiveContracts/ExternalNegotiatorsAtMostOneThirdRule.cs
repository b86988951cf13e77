using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-REPS-EXTERNAL: outside experts are at most a third of a side (外聘代表不超过三分之一).</summary>
/// <remarks>
/// 集体合同规定 第二十三条："委托人数不得超过本方代表的三分之一". 不得超过 excludes only what exceeds: exactly 1/3 is lawful
/// (民法典 第一千二百五十九条). The share is counted exactly (no rounding): 1 of 3 passes, 2 of 5 fails. Parameter
/// <c>cc.negotiators.externalMaxRatio</c> with its comparison.
/// </remarks>
public sealed class ExternalNegotiatorsAtMostOneThirdRule() : Rule<CollectiveContract>("CC-REPS-EXTERNAL", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 23))
{
    private static readonly MessageKey TooMany = new("CC-REPS-EXTERNAL.tooMany", "side", "count", "external", "max");

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

        if (!context.TryRead(CollectiveContractParameters.ExternalNegotiatorsMaxRatio, out Ratio max, out ParameterReading reading))
        {
            return;
        }

        Comparison cmp = reading.Comparison ?? Comparison.AtMost;

        foreach (Side side in new[] { Side.Employee, Side.Employer })
        {
            string name = side == Side.Employee ? "employee" : "employer";
            var members = facts.Negotiators.Select((n, i) => (n, i)).Where(x => x.n.Side == side).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var unknown = members.Where(x => x.n.External is null).ToArray();
            if (unknown.Length > 0)
            {
                context.MissingInput($"$.negotiators[{unknown[0].i}].external");
                continue;
            }

            int external = members.Count(x => x.n.External == true);
            if (!context.CompareFraction($"external.{name}", external, $"negotiators.{name}", members.Length, cmp, "cc.negotiators.externalMaxRatio", max))
            {
                context.Fail(TooMany, "$.negotiators", ("side", name), ("external", external), ("count", members.Length), ("max", max));
            }
        }

        context.Pass();
    }
}
