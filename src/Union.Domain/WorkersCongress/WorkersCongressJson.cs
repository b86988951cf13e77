using System.Text.Json;
using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.WorkersCongress;

/// <summary>Reads and writes workers'-congress records and publishes their JSON Schema (职工代表大会文档读写).</summary>
public static class WorkersCongressJson
{
    private static readonly WorkersCongressValidator Validator = new();

    private static readonly JsonSerializerOptions ReadableOptions = UnionJson.Readable(DomainJsonContext.Default.Options);

    /// <summary>
    /// Gets a complete, lawful example (上海, 640 employees): 58 delegates of whom 10 middle or senior managers, sessions on
    /// 19 December 2024 and 18 December 2025 with a quorum and every matter adopted by secret ballot.
    /// </summary>
    public static string Example { get; } = LoadExample("lawful-congress.json");

    /// <summary>
    /// Gets a flawed example (浙江, 450 employees): 40 delegates where 61 are due, 12 managers, too few women, a session on
    /// 20 June 2024 without a quorum, a matter declared adopted by exactly half of all delegates by show of hands, and no
    /// session since.
    /// </summary>
    public static string FlawedExample { get; } = LoadExample("flawed-congress.json");

    /// <summary>Reads a record from JSON and checks its structure; never throws for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The record, or the issues naming each bad field by JSON path.</returns>
    public static DocumentResult<WorkersCongressRecord> Read(string? json, string? source = null) =>
        UnionJson.Read(json, DomainJsonContext.Default.WorkersCongressRecord, Validator, source);

    /// <summary>Reads a record from UTF-8 bytes (a file's content; a byte order mark is allowed); never throws for bad input.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The record, or the issues naming each bad field by JSON path; bytes that are not UTF-8 are an issue.</returns>
    public static DocumentResult<WorkersCongressRecord> Read(ReadOnlySpan<byte> utf8, string? source = null) =>
        UnionJson.Read(utf8, DomainJsonContext.Default.WorkersCongressRecord, Validator, source);

    /// <summary>Writes a record as indented JSON with Chinese characters unescaped.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(WorkersCongressRecord record) =>
        JsonSerializer.Serialize(record, ReadableOptions.GetTypeInfo(typeof(WorkersCongressRecord)));

    /// <summary>Gets the JSON Schema of a record, generated from the source-generated contract.</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Schema() =>
        UnionJsonSchema.Export(DomainJsonContext.Default.WorkersCongressRecord, "职工代表大会 / Workers' congress (Union.Domain.WorkersCongress.WorkersCongressRecord)");

    private static string LoadExample(string name)
    {
        using Stream stream = typeof(WorkersCongressJson).Assembly.GetManifestResourceStream("Union.Domain.WorkersCongress.Examples." + name)
            ?? throw new InvalidOperationException("The embedded example is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
