using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Serialization;

/// <summary>
/// Reads and writes <see cref="Money"/> (金额) as a JSON number of yuan, keeping its exact decimal value and scale
/// (<c>2540.50</c> is written back as <c>2540.50</c>). An amount beyond <see cref="InputLimits.MaxMoney"/> either way is rejected.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetDecimal(out decimal value) && Math.Abs(value) <= InputLimits.MaxMoney)
            {
                return Money.FromYuan(value);
            }

            throw InputJsonException.Create("money.range", ("max", InputLimits.MaxMoney));
        }

        if (reader.TokenType == JsonTokenType.String && Money.TryParse(reader.GetString(), out Money parsed))
        {
            return Math.Abs(parsed.Yuan) <= InputLimits.MaxMoney ? parsed : throw InputJsonException.Create("money.range", ("max", InputLimits.MaxMoney));
        }

        throw InputJsonException.Create("money.type", ("found", LocalDateJsonConverter.Kind(reader.TokenType)));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Yuan);
    }
}
