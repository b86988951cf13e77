using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>Reads hardship applications and publishes their JSON Schema (困难职工申请文档读写).</summary>
public static class HardshipApplicationJson
{
    private static readonly HardshipApplicationValidator Validator = new();

    /// <summary>Reads an application from JSON and checks its structure; never throws for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The application, or the issues naming each bad field by JSON path.</returns>
    public static DocumentResult<HardshipApplication> Read(string? json, string? source = null) =>
        UnionJson.Read(json, DomainJsonContext.Default.HardshipApplication, Validator, source);

    /// <summary>Writes an application as indented JSON with Chinese characters unescaped.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(HardshipApplication application) =>
        JsonSerializer.Serialize(application, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<HardshipApplication>)UnionJson.Readable(DomainJsonContext.Default.Options).GetTypeInfo(typeof(HardshipApplication)));

    /// <summary>Gets the JSON Schema of an application document, generated from the source-generated contract.</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Schema()
    {
        JsonNode schema = JsonSchemaExporter.GetJsonSchemaAsNode(DomainJsonContext.Default.HardshipApplication, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Describe });
        if (schema is JsonObject o)
        {
            o.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            o.Insert(1, "title", "困难职工帮扶申请 / Hardship application (Union.Domain.Hardship.HardshipApplication)");
        }

        return schema.ToJsonString(UnionJson.Readable(DomainJsonContext.Default.Options));
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        Type t = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (t == typeof(NodaTime.LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date" };
        }

        if (t == typeof(Common.Money))
        {
            return new JsonObject { ["type"] = new JsonArray("number", "string"), ["description"] = "yuan, exact decimal" };
        }

        if (t == typeof(Common.RegionCode))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{6}$", ["description"] = "GB/T 2260 region code" };
        }

        return schema;
    }
}
