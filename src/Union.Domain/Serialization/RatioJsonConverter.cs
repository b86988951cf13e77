using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Common;

namespace Union.Domain.Serialization;

/// <summary>
/// Reads a <see cref="Ratio"/> (比例) from a string (<c>"2/3"</c>, <c>"10%"</c>, <c>"0.8"</c>) or a number (<c>0.8</c>);
/// writes it as the fraction string.
/// </summary>
public sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    /// <inheritdoc />
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal d) && d >= 0m && d.Scale <= 18)
        {
            return Ratio.FromDecimal(d);
        }

        if (reader.TokenType == JsonTokenType.String && Ratio.TryParse(reader.GetString(), out Ratio r))
        {
            return r;
        }

        throw InputJsonException.Create("ratio.invalid");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
