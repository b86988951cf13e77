using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-CONTENT: a comprehensive contract covers the core subjects of art 8 (主要内容齐备).</summary>
/// <remarks>
/// 集体合同规定 第八条："集体协商双方可以就下列多项或某项内容进行集体协商，签订集体合同或专项集体合同" followed by 15 items.
/// The article does not make any item mandatory ("可以"), so a missing core subject is a Warning. The core list is the
/// profile parameter <c>cc.content.coreSubjects</c> (comma-separated <see cref="ContractSubject"/> names, camelCase).
/// </remarks>
public sealed class ComprehensiveContractCoversCoreSubjectsRule() : Rule<CollectiveContract>("CC-CONTENT", Severity.Warning, new Citation(Instruments.CollectiveContractProvisions, 8))
{
    private static readonly MessageKey Covered = new("CC-CONTENT.covered", "count", "subjects");
    private static readonly MessageKey Missing = new("CC-CONTENT.missing", "subjects");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Kind != ContractKind.Comprehensive)
        {
            context.NotApplicable();
            return;
        }

        if (facts.Clauses is null)
        {
            context.MissingInput("$.clauses.subjects");
            return;
        }

        if (!context.TryRead(CollectiveContractParameters.CoreSubjects, out IReadOnlyList<string> list))
        {
            return;
        }

        var covered = facts.Clauses.Subjects.Select(s => Name(s)).Distinct().ToArray();
        context.Fact("clauses.subjects", string.Join(",", covered));
        context.Inform(Covered, "$.clauses.subjects", ("count", covered.Length), ("subjects", string.Join(",", covered)));
        string[] missing = list.Where(s => !covered.Contains(s, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            context.Fail(Missing, "$.clauses.subjects", ("subjects", string.Join(",", missing)));
        }
    }

    private static string Name(ContractSubject s)
    {
        string n = s.ToString();
        return char.ToLowerInvariant(n[0]) + n[1..];
    }
}
