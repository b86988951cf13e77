using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.Organisation;

/// <summary>Reads and writes union-organisation documents and publishes their JSON Schema (基层工会文档读写).</summary>
public static class GrassrootsUnionJson
{
    private static readonly GrassrootsUnionValidator Validator = new();

    private static readonly JsonTypeInfo<GrassrootsUnion> ReadableType =
        (JsonTypeInfo<GrassrootsUnion>)UnionJson.Readable(DomainJsonContext.Default.Options).GetTypeInfo(typeof(GrassrootsUnion));

    /// <summary>
    /// Gets a complete, lawful example (JSON): a Shanghai machine-tool maker with 320 employees and 296 members, its own
    /// committee elected for five years, a full-time chair, January's payroll with the items left out of it.
    /// </summary>
    public static string Example { get; } = LoadExample("lawful-organisation.json");

    /// <summary>
    /// Gets a flawed example (JSON): a 30-member workshop organised by one organiser only, a four-year term, the general manager's
    /// spouse on the committee, a part-time vice-chair whose contract was ended on expiry during the term, and dues bases but no
    /// dues rate.
    /// </summary>
    public static string FlawedExample { get; } = LoadExample("flawed-organisation.json");

    /// <summary>Reads a document from JSON and checks its structure; never throws for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The document, or the issues naming each bad field by JSON path.</returns>
    public static DocumentResult<GrassrootsUnion> Read(string? json, string? source = null) =>
        UnionJson.Read(json, DomainJsonContext.Default.GrassrootsUnion, Validator, source);

    /// <summary>Reads a document from UTF-8 bytes (a file's content; a byte order mark is allowed); never throws for bad input.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The document, or the issues naming each bad field by JSON path; bytes that are not UTF-8 are an issue.</returns>
    public static DocumentResult<GrassrootsUnion> Read(ReadOnlySpan<byte> utf8, string? source = null) =>
        UnionJson.Read(utf8, DomainJsonContext.Default.GrassrootsUnion, Validator, source);

    /// <summary>Writes a document as indented JSON with Chinese characters unescaped.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(GrassrootsUnion document) => JsonSerializer.Serialize(document, ReadableType);

    /// <summary>Gets the JSON Schema of the document, generated from the source-generated contract.</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Schema() =>
        UnionJsonSchema.Export(DomainJsonContext.Default.GrassrootsUnion, "基层工会组织 / A grassroots union organisation (Union.Domain.Organisation.GrassrootsUnion)");

    private static string LoadExample(string name)
    {
        using Stream stream = typeof(GrassrootsUnionJson).Assembly.GetManifestResourceStream("Union.Domain.Organisation.Examples." + name)
            ?? throw new InvalidOperationException("The embedded example is missing: " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
