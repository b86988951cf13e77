using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>Reads and writes labour files and publishes their JSON Schema (用工情况文档读写); never throws for bad input.</summary>
public static class LabourFileJson
{
    private static readonly LabourFileValidator Validator = new();

    /// <summary>
    /// Gets a complete, lawful example file (上海, 2026), as <c>union labour example</c> prints it: dispatched workers at exactly
    /// 10 % of the workforce on temporary, auxiliary and substitute posts, probations at their statutory limits, an employee due an
    /// open-ended contract, and a layoff of 25 people explained exactly 30 days before it took effect.
    /// </summary>
    public static string Example { get; } = LoadExample("lawful-labour-file.json");

    /// <summary>
    /// Gets a flawed example file: dispatched workers above the cap and on a main post and a temporary post of eight months,
    /// probations too long, in a two-month contract and agreed a second time, and a layoff explained 29 days before it took effect,
    /// without hearing the union and never reported.
    /// </summary>
    public static string FlawedExample { get; } = LoadExample("flawed-labour-file.json");

    /// <summary>Reads a labour file from JSON text and checks its structure.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The file, or the issues naming each bad field by JSON path.</returns>
    public static DocumentResult<LabourFile> Read(string? json, string? source = null) =>
        UnionJson.Read(json, DomainJsonContext.Default.LabourFile, Validator, source);

    /// <summary>Reads a labour file from UTF-8 bytes (a file's content; a byte order mark is allowed).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The file, or the issues naming each bad field by JSON path; bytes that are not UTF-8 are an issue.</returns>
    public static DocumentResult<LabourFile> Read(ReadOnlySpan<byte> utf8, string? source = null) =>
        UnionJson.Read(utf8, DomainJsonContext.Default.LabourFile, Validator, source);

    /// <summary>Writes a labour file as indented JSON with Chinese characters unescaped.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(LabourFile file) =>
        JsonSerializer.Serialize(file, (JsonTypeInfo<LabourFile>)UnionJson.Readable(DomainJsonContext.Default.Options).GetTypeInfo(typeof(LabourFile)));

    /// <summary>Gets the JSON Schema of a labour file, with the reader's limits.</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Schema() =>
        UnionJsonSchema.Export(DomainJsonContext.Default.LabourFile, "用工情况 / Labour file (Union.Domain.LabourStandards.LabourFile)");

    private static string LoadExample(string name)
    {
        using Stream stream = typeof(LabourFileJson).Assembly.GetManifestResourceStream("Union.Domain.LabourStandards.Examples." + name)
            ?? throw new InvalidOperationException("The embedded example is missing: " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
