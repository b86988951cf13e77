using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>
/// Reviews a collective contract on a date against a jurisdiction profile (集体合同审查): every CC rule, the lifecycle
/// state and the statutory dates. Stateless and safe to share between threads.
/// </summary>
public static class CollectiveContractReview
{
    /// <summary>Gets the built-in rule set over collective contracts; add or suppress rules with its methods.</summary>
    public static RuleSet<CollectiveContract> Rules { get; } = new(CollectiveContractCatalog.ContractRules);

    /// <summary>Reviews a contract with the built-in rules.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="asOf">The date of the review ("today" is always a parameter).</param>
    /// <param name="profile">The jurisdiction profile (national, or the employer's region).</param>
    /// <param name="trace">Whether to record the explanation tree.</param>
    /// <returns>The result.</returns>
    public static ContractReviewResult Evaluate(CollectiveContract contract, LocalDate asOf, JurisdictionProfile profile, bool trace = true) =>
        Evaluate(Rules, contract, asOf, profile, trace);

    /// <summary>Reviews a contract with a caller's rule set (built-in rules with the caller's own added or suppressed).</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="contract">The contract.</param>
    /// <param name="asOf">The date of the review.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record the explanation tree.</param>
    /// <returns>The result.</returns>
    public static ContractReviewResult Evaluate(RuleSet<CollectiveContract> rules, CollectiveContract contract, LocalDate asOf, JurisdictionProfile profile, bool trace = true)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(profile);
        RuleReport report = LocalRegulationNotice.Apply(rules.Evaluate(contract, asOf, profile, trace), profile, "cc.", new Citation(Instruments.CollectiveContractProvisions));
        ContractState state = ContractStateMachine.Determine(contract, ContractTimeline.Compute(contract, profile, asOf), asOf);
        var dates = new List<StatutoryDate>();
        foreach (Finding f in report.Findings)
        {
            if (f.Status == RuleStatus.Computed && f.Argument("date") is { } text
                && NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
            {
                string name = f.MessageKey[(f.MessageKey.IndexOf('.', StringComparison.Ordinal) + 1)..];
                dates.Add(new StatutoryDate(name, parsed.Value, f.Code, f.Path));
            }
        }

        return new ContractReviewResult(report, state, dates);
    }
}
