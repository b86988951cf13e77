using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Common;

namespace Union.Rules.Engine;

/// <summary>
/// The value of a parameter on a date (参数值): an exact number (days, yuan, a rate), a text (a ratio such as <c>2/3</c>,
/// a choice such as <c>atLeast</c>) or a yes/no setting.
/// </summary>
[JsonConverter(typeof(ParameterScalarJsonConverter))]
public readonly struct ParameterScalar : IEquatable<ParameterScalar>
{
    private readonly decimal _number;
    private readonly string? _text;
    private readonly byte _kind;

    private ParameterScalar(byte kind, decimal number, string? text)
    {
        _kind = kind;
        _number = number;
        _text = text;
    }

    /// <summary>Gets the kind of value.</summary>
    public ParameterKind Kind => (ParameterKind)_kind;

    /// <summary>A number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static ParameterScalar FromNumber(decimal value) => new((byte)ParameterKind.Number, value, null);

    /// <summary>A text.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static ParameterScalar FromText(string value) => new((byte)ParameterKind.Text, 0m, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A yes/no setting.</summary>
    /// <param name="value">The setting.</param>
    /// <returns>The value.</returns>
    public static ParameterScalar FromBoolean(bool value) => new((byte)ParameterKind.Boolean, value ? 1m : 0m, null);

    /// <summary>Gets the value as a number, when it is one (a ratio text such as <c>2/3</c> is not a number).</summary>
    /// <param name="value">The number.</param>
    /// <returns>Whether the value is a number.</returns>
    public bool TryGetNumber(out decimal value)
    {
        value = _number;
        return Kind == ParameterKind.Number;
    }

    /// <summary>Gets the value as a ratio: a number (0.8) or a text (<c>2/3</c>, <c>10%</c>).</summary>
    /// <param name="value">The ratio.</param>
    /// <returns>Whether the value is a ratio.</returns>
    public bool TryGetRatio(out Ratio value)
    {
        value = default;
        if (Kind == ParameterKind.Number && _number >= 0m && _number.Scale <= 18)
        {
            value = Ratio.FromDecimal(_number);
            return true;
        }

        return Kind == ParameterKind.Text && Ratio.TryParse(_text, out value);
    }

    /// <summary>Gets the value as a yes/no setting, when it is one.</summary>
    /// <param name="value">The setting.</param>
    /// <returns>Whether the value is a setting.</returns>
    public bool TryGetBoolean(out bool value)
    {
        value = _number != 0m;
        return Kind == ParameterKind.Boolean;
    }

    /// <summary>Gets the value as text, when it is a text.</summary>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? AsText() => Kind == ParameterKind.Text ? _text : null;

    /// <inheritdoc />
    public bool Equals(ParameterScalar other) => _kind == other._kind && _number == other._number && _text == other._text;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParameterScalar other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_kind, _number, _text);

    /// <summary>The value, culture-invariantly: <c>20</c>, <c>2/3</c>, <c>true</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ParameterKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        ParameterKind.Boolean => _number != 0m ? "true" : "false",
        _ => _text ?? string.Empty,
    };

    /// <summary>Equality.</summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(ParameterScalar a, ParameterScalar b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(ParameterScalar a, ParameterScalar b) => !a.Equals(b);
}

/// <summary>The kind of a <see cref="ParameterScalar"/> (参数类型).</summary>
public enum ParameterKind
{
    /// <summary>An exact number.</summary>
    [JsonStringEnumMemberName("number")]
    Number = 0,

    /// <summary>A text: a ratio or a named choice.</summary>
    [JsonStringEnumMemberName("text")]
    Text = 1,

    /// <summary>A yes/no setting.</summary>
    [JsonStringEnumMemberName("boolean")]
    Boolean = 2,
}

/// <summary>Reads and writes a <see cref="ParameterScalar"/> as a JSON number, string or boolean (参数值转换器).</summary>
public sealed class ParameterScalarJsonConverter : JsonConverter<ParameterScalar>
{
    /// <inheritdoc />
    public override ParameterScalar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number when reader.TryGetDecimal(out decimal d) => ParameterScalar.FromNumber(d),
        JsonTokenType.String => ParameterScalar.FromText(reader.GetString() ?? string.Empty),
        JsonTokenType.True => ParameterScalar.FromBoolean(true),
        JsonTokenType.False => ParameterScalar.FromBoolean(false),
        JsonTokenType.Number => throw Union.Domain.Serialization.InputJsonException.Create("number.tooLarge", ("max", decimal.MaxValue)),
        _ => throw Union.Domain.Serialization.InputJsonException.Create("value.invalid", ("detail", "A parameter value must be a number, a string or a boolean.")),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ParameterScalar value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value.Kind)
        {
            case ParameterKind.Number:
                value.TryGetNumber(out decimal d);
                writer.WriteNumberValue(d);
                break;
            case ParameterKind.Boolean:
                value.TryGetBoolean(out bool b);
                writer.WriteBooleanValue(b);
                break;
            default:
                writer.WriteStringValue(value.AsText());
                break;
        }
    }
}
