using System.Collections.Immutable;
using NodaTime;

namespace Union.Rules.Engine;

/// <summary>
/// An immutable, ordered set of rules over one kind of facts (规则集): plain objects, no reflection scanning. Add your own
/// rules with <see cref="With(IRule{TFacts}[])"/> and silence codes with <see cref="Without(string[])"/>.
/// Safe to share between threads.
/// </summary>
/// <typeparam name="TFacts">The facts the rules read.</typeparam>
public sealed class RuleSet<TFacts>
{
    private readonly ImmutableArray<IRule<TFacts>> _rules;
    private readonly ImmutableHashSet<string> _suppressed;

    private RuleSet(ImmutableArray<IRule<TFacts>> rules, ImmutableHashSet<string> suppressed)
    {
        _rules = rules;
        _suppressed = suppressed;
    }

    /// <summary>Creates a rule set from rules, in the order given.</summary>
    /// <param name="rules">The rules.</param>
    public RuleSet(IEnumerable<IRule<TFacts>> rules)
        : this([.. rules ?? throw new ArgumentNullException(nameof(rules))], ImmutableHashSet.Create<string>(StringComparer.Ordinal))
    {
    }

    /// <summary>Gets the rules that run, in order (suppressed codes excluded).</summary>
    public IReadOnlyList<IRule<TFacts>> Rules => _rules.Where(r => !_suppressed.Contains(r.Code)).ToArray();

    /// <summary>Gets the suppressed codes.</summary>
    public IReadOnlySet<string> Suppressed => _suppressed;

    /// <summary>Returns a set with <paramref name="rules"/> added at the end.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The new set.</returns>
    public RuleSet<TFacts> With(params IRule<TFacts>[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new RuleSet<TFacts>(_rules.AddRange(rules), _suppressed);
    }

    /// <summary>Returns a set in which the rules with these codes do not run.</summary>
    /// <param name="codes">The codes to suppress.</param>
    /// <returns>The new set.</returns>
    public RuleSet<TFacts> Without(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return new RuleSet<TFacts>(_rules, _suppressed.Union(codes));
    }

    /// <summary>
    /// Evaluates every rule for <paramref name="asOf"/> against <paramref name="profile"/>. Never throws for
    /// non-compliance or a missing input: each rule reports what it found.
    /// </summary>
    /// <param name="facts">The facts.</param>
    /// <param name="asOf">The date the evaluation is for ("today" is always a parameter).</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record the explanation tree.</param>
    /// <returns>The report.</returns>
    public RuleReport Evaluate(TFacts facts, LocalDate asOf, JurisdictionProfile profile, bool trace = true)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var findings = new List<Finding>();
        var outputs = new List<RuleOutput>();
        var nodes = trace ? new List<TraceNode>(_rules.Length) : null;
        foreach (IRule<TFacts> rule in _rules)
        {
            if (_suppressed.Contains(rule.Code))
            {
                continue;
            }

            var context = new RuleContext(rule, asOf, profile, trace, findings, outputs);
            rule.Evaluate(facts, context);
            if (nodes is not null && context.Build() is { } node)
            {
                nodes.Add(node);
            }
        }

        return new RuleReport(asOf, profile.Region, findings, nodes ?? []) { Outputs = outputs };
    }
}
