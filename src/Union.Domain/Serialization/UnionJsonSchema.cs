using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Serialization;

/// <summary>
/// Exports the JSON Schema of a document type (文档结构) with the reader's limits written in: the ranges of numbers and
/// amounts (<c>minimum</c>, <c>maximum</c>), the lengths of lists (<c>maxItems</c>), the date range, and the shapes of the
/// values Union's own converters read (dates, amounts, ratios, region codes, periods).
/// </summary>
public static class UnionJsonSchema
{
    /// <summary>Gets the exporter options every document schema uses.</summary>
    public static JsonSchemaExporterOptions Options { get; } = new() { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };

    /// <summary>Exports the schema of a document type as indented JSON, with a title.</summary>
    /// <param name="typeInfo">The document's source-generated type information.</param>
    /// <param name="title">The schema's title.</param>
    /// <returns>The schema.</returns>
    public static string Export(JsonTypeInfo typeInfo, string title)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        JsonNode schema = JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, Options);
        var root = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["title"] = title };
        if (schema is JsonObject o)
        {
            foreach ((string k, JsonNode? v) in o.ToArray())
            {
                o.Remove(k);
                root[k] = v;
            }
        }

        root["description"] = $"Limits of the reader: at most {InputLimits.MaxDocumentBytes} bytes of UTF-8, {InputLimits.MaxDepth} levels of nesting, "
            + $"{InputLimits.MaxStringLength} characters per text, {InputLimits.MaxListLength} elements per list unless stated; no null inside a list; "
            + "enum values by name only (see docs/input-limits.md).";
        return root.ToJsonString(UnionJson.Readable(typeInfo.Options));
    }

    /// <summary>Writes the reader's limits and the converters' shapes into a node of the schema.</summary>
    /// <param name="context">The exporter's context.</param>
    /// <param name="schema">The node generated so far.</param>
    /// <returns>The node.</returns>
    public static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        Type t = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        bool nullable = t != context.TypeInfo.Type;
        JsonObject node = schema as JsonObject ?? [];
        if (t == typeof(LocalDate))
        {
            node = Typed(nullable, "string");
            node["format"] = "date";
            node["description"] = $"yyyy-MM-dd, from {InputLimits.MinDate:yyyy-MM-dd} to {InputLimits.MaxDate:yyyy-MM-dd}";
        }
        else if (t == typeof(Money))
        {
            node = Typed(nullable, "number", "string");
            node["minimum"] = -InputLimits.MaxMoney;
            node["maximum"] = InputLimits.MaxMoney;
            node["description"] = "yuan, exact decimal";
        }
        else if (t == typeof(RegionCode))
        {
            node = Typed(nullable, "string");
            node["pattern"] = "^[0-9]{6}$";
            node["description"] = "GB/T 2260 region code";
        }
        else if (t == typeof(Ratio))
        {
            node = Typed(nullable, "string", "number");
            node["description"] = "a non-negative ratio: \"2/3\", \"10%\" or 0.8";
        }
        else if (t == typeof(Period))
        {
            node = Typed(nullable, "string");
            node["description"] = "an ISO-8601 period such as P3Y";
        }

        if (context.PropertyInfo?.AttributeProvider is { } attributes)
        {
            if (attributes.GetCustomAttributes(typeof(InputRangeAttribute), false).OfType<InputRangeAttribute>().FirstOrDefault() is { } range)
            {
                node[range.MinimumIsExclusive ? "exclusiveMinimum" : "minimum"] = (decimal)range.Minimum;
                node["maximum"] = (decimal)range.Maximum;
            }

            if (attributes.GetCustomAttributes(typeof(InputCountAttribute), false).OfType<InputCountAttribute>().FirstOrDefault() is { } count)
            {
                node["maxItems"] = count.Maximum;
                if (count.Minimum > 0)
                {
                    node["minItems"] = count.Minimum;
                }
            }
        }

        return node;
    }

    private static JsonObject Typed(bool nullable, params string[] types)
    {
        var array = new JsonArray();
        foreach (string type in types)
        {
            array.Add((JsonNode)JsonValue.Create(type));
        }

        if (nullable)
        {
            array.Add((JsonNode)JsonValue.Create("null"));
        }

        return new JsonObject { ["type"] = array.Count == 1 ? array[0]!.GetValue<string>() : array };
    }
}
