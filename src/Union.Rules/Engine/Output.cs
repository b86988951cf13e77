namespace Union.Rules.Engine;

/// <summary>
/// A named result a rule computes (规则输出): a date due, a state, an amount. Outputs are recorded on every run, traced or not,
/// so callers read them from the report (<see cref="RuleReport.TryGet{T}(Output{T}, out T)"/>) and a later rule can read an
/// earlier rule's output (<see cref="RuleContext.TryGet{T}(Output{T}, out T)"/>), as OpenFisca variables are read.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Output<T>
{
    /// <summary>Creates a handle for the output named <paramref name="name"/>.</summary>
    /// <param name="name">The output's name, e.g. <c>filingDue</c>.</param>
    public Output(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Gets the output's name.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
