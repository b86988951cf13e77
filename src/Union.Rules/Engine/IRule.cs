namespace Union.Rules.Engine;

/// <summary>
/// What every rule declares (规则): its stable catalog code, its severity and the provisions it rests on.
/// </summary>
public interface IRule
{
    /// <summary>Gets the stable code from the rule catalog, e.g. <c>CC-REPLY</c>. Part of the public contract.</summary>
    string Code { get; }

    /// <summary>Gets the severity of a failure of this rule.</summary>
    Severity Severity { get; }

    /// <summary>Gets the provisions the rule rests on, principal first (a regional provision that changes a number follows).</summary>
    IReadOnlyList<Citation> Citations { get; }
}

/// <summary>
/// A rule that evaluates facts of type <typeparamref name="TFacts"/> for a date against a jurisdiction profile (规则).
/// It never throws for non-compliance and never reads a clock: it records its findings and its explanation in the context.
/// </summary>
/// <typeparam name="TFacts">The facts the rule reads.</typeparam>
public interface IRule<in TFacts> : IRule
{
    /// <summary>Evaluates the rule.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="context">The date, the profile, and where findings and explanation go.</param>
    void Evaluate(TFacts facts, RuleContext context);
}

/// <summary>A convenient base for rules (规则基类): code, severity and citations as data.</summary>
/// <typeparam name="TFacts">The facts the rule reads.</typeparam>
public abstract class Rule<TFacts> : IRule<TFacts>
{
    /// <summary>Creates a rule with its catalog code, the severity of a failure and the provisions that decide it.</summary>
    /// <param name="code">The catalog code.</param>
    /// <param name="severity">The severity of a failure.</param>
    /// <param name="citations">The provisions, principal first; at least one.</param>
    protected Rule(string code, Severity severity, params Citation[] citations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(citations);
        if (citations.Length == 0)
        {
            throw new ArgumentException("A rule cites at least one provision.", nameof(citations));
        }

        Code = code;
        Severity = severity;
        Citations = citations;
    }

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public Severity Severity { get; }

    /// <inheritdoc />
    public IReadOnlyList<Citation> Citations { get; }

    /// <inheritdoc />
    public abstract void Evaluate(TFacts facts, RuleContext context);
}
