using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Union.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime <see cref="LocalDate"/> (日期) as an ISO-8601 calendar date, <c>yyyy-MM-dd</c>.
/// </summary>
/// <remarks>A date that does not exist (2026-02-30) or any other shape is rejected with a <see cref="JsonException"/>
/// whose message quotes the text; the serializer adds the JSON path.</remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date as a string \"yyyy-MM-dd\", found {Describe(reader.TokenType)}.");
        }

        string? text = reader.GetString();
        ParseResult<LocalDate> result = Pattern.Parse(text ?? string.Empty);
        if (!result.Success || text is null || text.Length != 10)
        {
            throw new JsonException($"'{text}' is not a calendar date in the form yyyy-MM-dd (a day that exists, e.g. 2026-02-28).");
        }

        return result.Value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Pattern.Format(value));
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        _ => token.ToString(),
    };
}
