using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>
/// The review of a collective contract on a date (集体合同审查结果): the findings and explanation, the lifecycle state,
/// and every statutory date computed, each with the rule that set it.
/// </summary>
/// <param name="Report">The findings and the explanation tree.</param>
/// <param name="State">The lifecycle state on the report's date.</param>
/// <param name="Dates">The statutory dates, in rule order.</param>
public sealed record ContractReviewResult(RuleReport Report, ContractState State, IReadOnlyList<StatutoryDate> Dates)
{
    /// <summary>Gets whether any mandatory rule was breached.</summary>
    public bool HasViolations => Report.HasViolations;

    /// <summary>Gets a date by name, or <see langword="null"/>.</summary>
    /// <param name="name">The date's name, e.g. <c>effectiveFrom</c>.</param>
    /// <returns>The first date with that name.</returns>
    public StatutoryDate? Date(string name) => Dates.FirstOrDefault(d => d.Name == name);
}
