using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Common;

namespace Union.Domain.Serialization;

/// <summary>Reads and writes a <see cref="RegionCode"/> (行政区划代码) as a six-digit string, e.g. <c>"310000"</c>.</summary>
public sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    /// <inheritdoc />
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number when reader.TryGetInt32(out int n) => n.ToString(CultureInfo.InvariantCulture),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw InputJsonException.Create("type.mismatch", ("expected", "region"), ("found", LocalDateJsonConverter.Kind(reader.TokenType))),
        };
        return RegionCode.TryParse(text, out RegionCode code, out string? error) ? code : throw InputJsonException.Create("region.invalid", ("text", text), ("reason", error));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
