using System.Text.Json;
using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.WageNegotiation;

/// <summary>Reads wage proposals and publishes their JSON Schema (工资协议文档读写).</summary>
public static class WageProposalJson
{
    private static readonly WageProposalValidator Validator = new();

    /// <summary>Reads a proposal from JSON and checks its structure; never throws for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The proposal, or the issues naming each bad field by JSON path.</returns>
    public static DocumentResult<WageProposal> Read(string? json, string? source = null) =>
        UnionJson.Read(json, DomainJsonContext.Default.WageProposal, Validator, source);

    /// <summary>Reads a proposal from UTF-8 bytes (a file's content; a byte order mark is allowed); never throws for bad input.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">The source's name (a file name), copied into each issue.</param>
    /// <returns>The proposal, or the issues naming each bad field by JSON path; bytes that are not UTF-8 are an issue.</returns>
    public static DocumentResult<WageProposal> Read(ReadOnlySpan<byte> utf8, string? source = null) =>
        UnionJson.Read(utf8, DomainJsonContext.Default.WageProposal, Validator, source);

    /// <summary>Writes a proposal as indented JSON with Chinese characters unescaped.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(WageProposal proposal) =>
        JsonSerializer.Serialize(proposal, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<WageProposal>)UnionJson.Readable(DomainJsonContext.Default.Options).GetTypeInfo(typeof(WageProposal)));

    /// <summary>Gets the JSON Schema of a proposal document, generated from the source-generated contract.</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Schema() =>
        UnionJsonSchema.Export(DomainJsonContext.Default.WageProposal, "工资协议 / Wage agreement or proposal (Union.Domain.WageNegotiation.WageProposal)");
}
