using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-REPS-EQUAL: both sides have the same number of negotiators (代表人数对等), or, where a region's text is one-sided,
/// the employer side does not outnumber the employee side.</summary>
/// <remarks>
/// 集体合同规定 第十九条："集体协商双方的代表人数应当对等" (parameter <c>cc.negotiators.sides</c> = <c>equal</c>). 上海市集体合同条例 第六条
/// "企业一方的协商代表不得多于职工一方" and texts like it are one-sided (<c>employerAtMostEmployee</c>): fewer employer negotiators is
/// lawful there, and the finding cites the regional article.
/// </remarks>
public sealed class NegotiatorSidesEqualRule() : Rule<CollectiveContract>("CC-REPS-EQUAL", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 19))
{
    private static readonly MessageKey EmployerMore = new("CC-REPS-EQUAL.employerMore", "employer", "employee");
    private static readonly MessageKey Unequal = new("CC-REPS-EQUAL.unequal", "employee", "employer");

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
        if (!context.TryRead(CollectiveContractParameters.NegotiatorSides, out string sides))
        {
            return;
        }

        if (sides == "employerAtMostEmployee")
        {
            if (context.Compare("negotiators.employer", employer, Domain.Common.Comparison.AtMost, "negotiators.employee", employee))
            {
                context.Pass();
            }
            else
            {
                context.Fail(EmployerMore, "$.negotiators", ("employee", employee), ("employer", employer));
            }
        }
        else if (context.Compare("negotiators.employee", employee, Domain.Common.Comparison.AtLeast, "negotiators.employer", employer)
            & context.Compare("negotiators.employee", employee, Domain.Common.Comparison.AtMost, "negotiators.employer", employer))
        {
            context.Pass();
        }
        else
        {
            context.Fail(Unequal, "$.negotiators", ("employee", employee), ("employer", employer));
        }
    }
}
