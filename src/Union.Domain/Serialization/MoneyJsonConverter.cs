using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Common;

namespace Union.Domain.Serialization;

/// <summary>
/// Reads and writes <see cref="Money"/> (金额) as a JSON number of yuan, keeping its exact decimal value and scale
/// (<c>2540.50</c> is written back as <c>2540.50</c>).
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetDecimal(out decimal value))
            {
                return Money.FromYuan(value);
            }

            throw new JsonException("The amount is outside the range of an exact decimal number of yuan.");
        }

        if (reader.TokenType == JsonTokenType.String && Money.TryParse(reader.GetString(), out Money parsed))
        {
            return parsed;
        }

        throw new JsonException($"Expected an amount of yuan as a number (e.g. 2540.50), found {LocalDateJsonConverter.Describe(reader.TokenType)}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Yuan);
    }
}
