using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-REPS-EQUAL: both sides have the same number of negotiators (代表人数对等).</summary>
/// <remarks>集体合同规定 第十九条："集体协商双方的代表人数应当对等".</remarks>
public sealed class NegotiatorSidesEqualRule : Rule<CollectiveContract>
{
    /// <summary>Initializes the rule.</summary>
    public NegotiatorSidesEqualRule()
        : base("CC-REPS-EQUAL", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 19))
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

        int employee = facts.Negotiators.Count(n => n.Side == Side.Employee);
        int employer = facts.Negotiators.Count(n => n.Side == Side.Employer);
        context.Fact("negotiators.employee", employee);
        context.Fact("negotiators.employer", employer);
        if (employee != employer)
        {
            context.Compare("negotiators.employee", employee, Domain.Common.Comparison.AtLeast, "negotiators.employer", employer);
            context.Fail("CC-REPS-EQUAL.unequal", "$.negotiators", ("employee", employee), ("employer", employer));
        }
        else
        {
            context.Pass();
        }
    }
}
