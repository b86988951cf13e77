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
    /// <summary>Gets the outputs the rules computed, in the order computed (recorded whether or not the explanation was traced).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<RuleOutput> Outputs { get; init; } = [];

    /// <summary>
    /// Gets the verdict: violations found; or, with none, incomplete when any rule could not be assessed (a missing input,
    /// parameter, standard or holiday year); otherwise lawful with every rule assessed.
    /// </summary>
    public ReviewVerdict Verdict =>
        HasViolations ? ReviewVerdict.ViolationsFound
        : Findings.Any(f => f.Status == RuleStatus.NotAssessed) ? ReviewVerdict.Incomplete
        : ReviewVerdict.Lawful;

    /// <summary>Gets the findings of the rules that could not be assessed, each naming what was missing.</summary>
    public IEnumerable<Finding> NotAssessed => Findings.Where(f => f.Status == RuleStatus.NotAssessed);

    /// <summary>Reads an output.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="output">The handle.</param>
    /// <param name="value">The value, when a rule computed it.</param>
    /// <returns>Whether a rule computed it.</returns>
    public bool TryGet<T>(Output<T> output, out T value)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (RuleOutput o in Outputs)
        {
            if (o.Name == output.Name && o.Value is T t)
            {
                value = t;
                return true;
            }
        }

        value = default!;
        return false;
    }

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

/// <summary>One output a rule computed (规则输出值): its name, value and the code of the rule that computed it.</summary>
/// <param name="Name">The output's name, e.g. <c>filingDue</c> or <c>vacancies[0].fillDue</c>.</param>
/// <param name="Value">The value (a date, an amount, a state).</param>
/// <param name="Code">The code of the rule that computed it.</param>
public sealed record RuleOutput(string Name, object? Value, string Code);
