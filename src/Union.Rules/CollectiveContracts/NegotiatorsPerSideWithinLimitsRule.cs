using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-REPS-MIN: each side has at least the minimum number of negotiators, and no more than a region's maximum (协商代表人数).</summary>
/// <remarks>
/// 集体合同规定 第十九条："每方至少3人" (至少 = at least, inclusive). The national text sets no maximum; 北京市集体合同条例 第七条
/// "一般为三至十人" sets one with "一般" (usually), so exceeding a regional maximum is reported as a Warning, while falling
/// below the national minimum is a Violation. Parameters: <c>cc.negotiators.minPerSide</c>, <c>cc.negotiators.maxPerSide</c>
/// (absent where no maximum applies).
/// </remarks>
public sealed class NegotiatorsPerSideWithinLimitsRule : Rule<CollectiveContract>
{
    /// <summary>Initializes the rule.</summary>
    public NegotiatorsPerSideWithinLimitsRule()
        : base("CC-REPS-MIN", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 19), new Citation(Instruments.BeijingCollectiveContractRegulations, 7))
    {
    }

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

        if (!context.TryNumber("cc.negotiators.minPerSide", out decimal min) || !ContractRules.TryOptionalNumber(context, "cc.negotiators.maxPerSide", out decimal? max))
        {
            return;
        }

        foreach (Side side in new[] { Side.Employee, Side.Employer })
        {
            int count = facts.Negotiators.Count(n => n.Side == side);
            string name = side == Side.Employee ? "employee" : "employer";
            context.Fact($"negotiators.{name}", count);
            if (!context.Compare($"negotiators.{name}", count, Domain.Common.Comparison.AtLeast, "cc.negotiators.minPerSide", min))
            {
                context.Fail("CC-REPS-MIN.tooFew", "$.negotiators", ("side", name), ("count", count), ("min", min));
            }

            if (max is { } m && !context.Compare($"negotiators.{name}", count, Domain.Common.Comparison.AtMost, "cc.negotiators.maxPerSide", m))
            {
                context.Fail(Severity.Warning, "CC-REPS-MIN.tooMany", "$.negotiators", ("side", name), ("count", count), ("max", m));
            }
        }

        context.Pass();
    }
}
