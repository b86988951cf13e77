namespace Union.Rules.Engine;

/// <summary>
/// A message a rule writes into a finding (消息键), with the names of the arguments the finding carries. A rule declares each of
/// its messages once (<c>static readonly MessageKey Late = new("CC-REPLY.late", "replied", "period", "due");</c>) and records
/// findings only through such handles, so the arguments a finding carries are checked against the declaration every time
/// (<see cref="RuleContext.Fail(MessageKey, string, ValueTuple{string, object}[])"/>), and the convention tests check the
/// declaration against the texts in <see cref="Messages"/>: every placeholder of both languages is declared.
/// </summary>
/// <remarks>
/// The arguments are the placeholders of the message's texts (<c>{replied}</c>) and, beside them, any data a caller reads from
/// the finding without it being written in the text (the contract's <c>state</c>, the contributions deducted before a
/// minimum-wage comparison).
/// </remarks>
public sealed class MessageKey
{
    private readonly string[] _arguments;

    /// <summary>Declares the message <paramref name="key"/> and the names of the arguments its findings carry.</summary>
    /// <param name="key">The message key, e.g. <c>CC-REPLY.late</c>: a rule code and a suffix.</param>
    /// <param name="arguments">The argument names, each once, e.g. <c>replied</c>, <c>period</c>, <c>due</c>.</param>
    /// <exception cref="ArgumentException">The key is blank, or a name is blank or given twice.</exception>
    public MessageKey(string key, params string[] arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(arguments);
        for (int i = 0; i < arguments.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(arguments[i]))
            {
                throw new ArgumentException($"Message {key}: argument {i} has no name.", nameof(arguments));
            }

            if (Array.IndexOf(arguments, arguments[i], 0, i) >= 0)
            {
                throw new ArgumentException($"Message {key}: the argument {arguments[i]} is declared twice.", nameof(arguments));
            }
        }

        Key = key;
        _arguments = [.. arguments];
    }

    /// <summary>Gets the message key, e.g. <c>CC-REPLY.late</c>.</summary>
    public string Key { get; }

    /// <summary>Gets the names of the arguments a finding with this message carries, in the order declared.</summary>
    public IReadOnlyList<string> Arguments => _arguments;

    /// <inheritdoc/>
    public override string ToString() => Key;

    /// <summary>
    /// Throws unless <paramref name="given"/> names exactly the declared arguments (in any order): a finding can never render
    /// with a hole in it, nor carry an argument its message does not declare.
    /// </summary>
    internal void Check((string Name, object? Value)[] given)
    {
        bool ok = given.Length == _arguments.Length;
        for (int i = 0; ok && i < given.Length; i++)
        {
            ok = Array.IndexOf(_arguments, given[i].Name) >= 0;
            for (int j = 0; ok && j < i; j++)
            {
                ok = !string.Equals(given[j].Name, given[i].Name, StringComparison.Ordinal);
            }
        }

        if (!ok)
        {
            throw new ArgumentException(
                $"Message {Key} declares the arguments [{string.Join(", ", _arguments)}] but was given [{string.Join(", ", given.Select(g => g.Name))}].",
                nameof(given));
        }
    }
}
