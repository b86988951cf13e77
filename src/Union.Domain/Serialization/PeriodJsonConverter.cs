using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Union.Domain.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="Period"/> (期限) in ISO-8601 form, e.g. <c>"P3Y"</c>, <c>"P15D"</c>.</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    /// <inheritdoc />
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw InputJsonException.Create("type.mismatch", ("expected", "period"), ("found", LocalDateJsonConverter.Kind(reader.TokenType)));
        }

        string text = reader.GetString() ?? string.Empty;
        ParseResult<Period> result = PeriodPattern.Roundtrip.Parse(text);
        return result.Success ? result.Value : throw InputJsonException.Create("period.invalid", ("text", text));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(PeriodPattern.Roundtrip.Format(value));
    }
}
