using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;

namespace Union.Rules.Engine;

// The explanation a rule records (facts, sub-steps) and the outputs it computes.
public sealed partial class RuleContext
{
    /// <summary>Records an input fact.</summary>
    /// <param name="name">The fact's name, e.g. <c>request.received</c>.</param>
    /// <param name="value">The value; <see langword="null"/> when missing.</param>
    public void Fact(string name, string? value) => _facts?.Add(new TraceFact(name, value));

    /// <summary>Records an input fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value; <see langword="null"/> when missing.</param>
    public void Fact(string name, decimal? value)
    {
        if (_facts is not null)
        {
            _facts.Add(new TraceFact(name, value?.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Records an input fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value; <see langword="null"/> when missing.</param>
    public void Fact(string name, LocalDate? value)
    {
        if (_facts is not null)
        {
            _facts.Add(new TraceFact(name, value is { } d ? LocalDatePattern.Iso.Format(d) : null));
        }
    }

    /// <summary>Records an input fact.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value; <see langword="null"/> when missing.</param>
    public void Fact(string name, Money? value)
    {
        if (_facts is not null)
        {
            _facts.Add(new TraceFact(name, value?.ToString()));
        }
    }

    /// <summary>
    /// Records a computed output by name: the engine's own door (a counted deadline, a replayed record). A rule records an output
    /// through its declared handle, <see cref="Set{T}(Output{T}, T)"/>, so that every output has a name and a type.
    /// </summary>
    /// <param name="name">The output's name, e.g. <c>filingDue</c>.</param>
    /// <param name="value">The value.</param>
    internal void Output(string name, object? value)
    {
        int existing = _results.FindIndex(o => o.Name == name);
        if (existing >= 0)
        {
            _results[existing] = new RuleOutput(name, value, _rule.Code);
        }
        else
        {
            _results.Add(new RuleOutput(name, value, _rule.Code));
        }

        if (_outputs is not null)
        {
            _outputs.Add(new TraceFact(name, Format(value)));
        }

        Mark(RuleStatus.Computed);
    }

    /// <summary>Records a typed output (see <see cref="Output(string, object?)"/>).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="output">The handle.</param>
    /// <param name="value">The value.</param>
    public void Set<T>(Output<T> output, T value)
    {
        ArgumentNullException.ThrowIfNull(output);
        Output(output.Name, value);
    }

    /// <summary>Reads an output an earlier rule of the same evaluation computed.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="output">The handle.</param>
    /// <param name="value">The value, when computed.</param>
    /// <returns>Whether an earlier rule computed it.</returns>
    public bool TryGet<T>(Output<T> output, out T value)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (RuleOutput o in _results)
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

    /// <summary>Records a sub-step of the explanation (one per grade, per negotiator).</summary>
    /// <param name="node">The sub-step.</param>
    public void Child(TraceNode node) => _children?.Add(node);

    internal TraceNode? Build() =>
        _facts is null
            ? null
            : new TraceNode(_rule.Code, _rule.Citations[0], _recorded ? _status : RuleStatus.Passed, [.. _facts], [.. _parameters!], [.. _comparisons!], [.. _outputs!], [.. _children!]);
}
