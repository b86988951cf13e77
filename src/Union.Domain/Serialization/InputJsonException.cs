using System.Text.Json;
using Union.Domain.Validation;

namespace Union.Domain.Serialization;

/// <summary>
/// A <see cref="JsonException"/> thrown by Union's converters for a value they cannot accept (输入值错误), carrying the key and arguments
/// of its message in <see cref="InputMessages"/> so that the reader's issue renders in Chinese or English.
/// </summary>
public sealed class InputJsonException : JsonException
{
    /// <summary>Creates the exception from a message key of <see cref="InputMessages"/>.</summary>
    /// <param name="key">The message key.</param>
    /// <param name="arguments">The message's arguments.</param>
    /// <returns>The exception, to throw.</returns>
    public static InputJsonException Create(string key, params (string Name, object? Value)[] arguments) =>
        new(key, InputMessages.Arguments(arguments));

    private InputJsonException(string key, IReadOnlyList<KeyValuePair<string, string>> arguments)
        : base(InputMessages.Render(key, arguments, chinese: false))
    {
        Key = key;
        Arguments = arguments;
    }

    /// <summary>Initializes the exception with an English message only.</summary>
    public InputJsonException()
        : this("value.invalid", InputMessages.Arguments(("detail", "The value is not valid here.")))
    {
    }

    /// <summary>Initializes the exception with an English message only.</summary>
    /// <param name="message">The message.</param>
    public InputJsonException(string message)
        : this("value.invalid", InputMessages.Arguments(("detail", message)))
    {
    }

    /// <summary>Initializes the exception with an English message only and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InputJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = "value.invalid";
        Arguments = InputMessages.Arguments(("detail", message));
    }

    /// <summary>Gets the message key.</summary>
    public string Key { get; }

    /// <summary>Gets the message's arguments.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; }
}
