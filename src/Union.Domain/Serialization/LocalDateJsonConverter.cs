using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Validation;

namespace Union.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> (日期) as an ISO-8601 calendar date, <c>yyyy-MM-dd</c>.
/// </summary>
/// <remarks>A date that does not exist (2026-02-30), a date outside <see cref="InputLimits.MinDate"/> to
/// <see cref="InputLimits.MaxDate"/> or any other shape is rejected with an <see cref="InputJsonException"/> whose message
/// quotes the text; the serializer adds the JSON path.</remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw InputJsonException.Create("date.type", ("found", Kind(reader.TokenType)));
        }

        string? text = reader.GetString();
        ParseResult<LocalDate> result = Pattern.Parse(text ?? string.Empty);
        if (!result.Success || text is null || text.Length != 10)
        {
            throw InputJsonException.Create("date.format", ("text", text));
        }

        if (result.Value < InputLimits.MinDate || result.Value > InputLimits.MaxDate)
        {
            throw InputJsonException.Create("date.range", ("text", text), ("min", Pattern.Format(InputLimits.MinDate)), ("max", Pattern.Format(InputLimits.MaxDate)));
        }

        return result.Value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Pattern.Format(value));
    }

    /// <summary>The kind of a token, as a key of the kinds of <see cref="InputMessages"/>.</summary>
    internal static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        _ => "value",
    };
}
