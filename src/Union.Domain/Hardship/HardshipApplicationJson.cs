using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>Reads hardship applications from JSON and publishes their JSON Schema (困难职工申请文档读写); never throws for bad input.</summary>
public static class HardshipApplicationJson
{
    private static readonly HardshipApplicationValidator Validator = new();

    /// <summary>Reads an application from JSON text and checks its structure.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The application, or the issues naming each bad field by JSON path.</returns>
    public static DocumentResult<HardshipApplication> Read(string? json, string? source = null) =>
        UnionJson.Read(json, DomainJsonContext.Default.HardshipApplication, Validator, source);

    /// <summary>Reads an application from UTF-8 bytes (a file's content; a byte order mark is allowed).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">The source's name, copied into each issue.</param>
    /// <returns>The application, or the issues; bytes that are not UTF-8 are an issue.</returns>
    public static DocumentResult<HardshipApplication> Read(ReadOnlySpan<byte> utf8, string? source = null) =>
        UnionJson.Read(utf8, DomainJsonContext.Default.HardshipApplication, Validator, source);

    /// <summary>Writes an application as indented JSON with Chinese characters unescaped.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(HardshipApplication application) =>
        System.Text.Json.JsonSerializer.Serialize(application, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<HardshipApplication>)UnionJson.Readable(DomainJsonContext.Default.Options).GetTypeInfo(typeof(HardshipApplication)));

    /// <summary>Gets the JSON Schema of an application, with the reader's limits.</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Schema() =>
        UnionJsonSchema.Export(DomainJsonContext.Default.HardshipApplication, "困难职工认定申请 / Hardship application (Union.Domain.Hardship.HardshipApplication)");
}
