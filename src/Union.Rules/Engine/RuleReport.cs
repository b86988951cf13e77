using NodaTime;
using Union.Domain.Common;

namespace Union.Rules.Engine;

/// <summary>
/// What an evaluation found (检查报告): the findings, and the explanation tree with one node per rule that ran.
/// </summary>
/// <param name="AsOf">The date the evaluation was for.</param>
/// <param name="Region">The profile's region, or <see langword="null"/> for the national profile.</param>
/// <param name="Findings">The findings, in rule order.</param>
/// <param name="Trace">The explanation: one node per rule (empty when the evaluation ran without a trace).</param>
public sealed record RuleReport(LocalDate AsOf, RegionCode? Region, IReadOnlyList<Finding> Findings, IReadOnlyList<TraceNode> Trace)
{
    /// <summary>Gets whether any mandatory rule was breached.</summary>
    public bool HasViolations => Findings.Any(f => f.IsViolation);

    /// <summary>Gets the findings of one rule.</summary>
    /// <param name="code">The rule's code.</param>
    /// <returns>Its findings.</returns>
    public IEnumerable<Finding> For(string code) => Findings.Where(f => f.Code == code);

    /// <summary>Gets the explanation node of one rule, or <see langword="null"/>.</summary>
    /// <param name="code">The rule's code.</param>
    /// <returns>The node.</returns>
    public TraceNode? NodeFor(string code) => Trace.FirstOrDefault(n => n.Code == code);
}
