using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-REPS-MIN: each side has at least the minimum number of negotiators, and no more than a region's maximum (协商代表人数).</summary>
/// <remarks>
/// 集体合同规定 第十九条："每方至少3人" (至少 = at least, inclusive). The national text sets no maximum; 北京市集体合同条例 第七条
/// "一般为三至十人" sets one with "一般" (usually), so exceeding a regional maximum is reported as a Warning, while falling
/// below the national minimum is a Violation; where a region's text sets the maximum without "一般" (重庆市集体合同条例 第八条
/// "三至十五人"), <c>cc.negotiators.maxBinding</c> makes exceeding it a Violation. Parameters: <c>cc.negotiators.minPerSide</c>,
/// <c>cc.negotiators.maxPerSide</c> and <c>cc.negotiators.maxBinding</c> (regional only). A regional maximum cites the region's article.
/// </remarks>
public sealed class NegotiatorsPerSideWithinLimitsRule() : Rule<CollectiveContract>("CC-REPS-MIN", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 19))
{
    private static readonly MessageKey TooFew = new("CC-REPS-MIN.tooFew", "side", "count", "min");
    private static readonly MessageKey TooMany = new("CC-REPS-MIN.tooMany", "side", "count", "max");

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

        if (!context.TryRead(CollectiveContractParameters.MinNegotiatorsPerSide, out decimal min))
        {
            return;
        }

        decimal? max = context.TryRead(CollectiveContractParameters.MaxNegotiatorsPerSide, out decimal m0) ? m0 : null;
        Severity overMax = max is not null && context.TryRead(CollectiveContractParameters.MaxNegotiatorsBinding, out bool binding) && binding ? Severity.Violation : Severity.Warning;

        foreach (Side side in new[] { Side.Employee, Side.Employer })
        {
            int count = facts.Negotiators.Count(n => n.Side == side);
            string name = side == Side.Employee ? "employee" : "employer";
            context.Fact($"negotiators.{name}", count);
            if (!context.Compare($"negotiators.{name}", count, Domain.Common.Comparison.AtLeast, "cc.negotiators.minPerSide", min))
            {
                context.Fail(TooFew, "$.negotiators", ("side", name), ("count", count), ("min", min));
            }

            if (max is { } m && !context.Compare($"negotiators.{name}", count, Domain.Common.Comparison.AtMost, "cc.negotiators.maxPerSide", m))
            {
                context.Fail(overMax, TooMany, "$.negotiators", ("side", name), ("count", count), ("max", m));
            }
        }

        context.Pass();
    }
}
