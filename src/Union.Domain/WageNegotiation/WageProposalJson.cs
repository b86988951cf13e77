using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
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

    /// <summary>Writes a proposal as indented JSON with Chinese characters unescaped.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(WageProposal proposal) =>
        JsonSerializer.Serialize(proposal, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<WageProposal>)UnionJson.Readable(DomainJsonContext.Default.Options).GetTypeInfo(typeof(WageProposal)));

    /// <summary>Gets the JSON Schema of a proposal document, generated from the source-generated contract.</summary>
    /// <returns>The schema as indented JSON.</returns>
    public static string Schema()
    {
        JsonNode schema = JsonSchemaExporter.GetJsonSchemaAsNode(DomainJsonContext.Default.WageProposal, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        if (schema is JsonObject o)
        {
            o.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            o.Insert(1, "title", "工资协议 / Wage agreement or proposal (Union.Domain.WageNegotiation.WageProposal)");
        }

        return schema.ToJsonString(UnionJson.Readable(DomainJsonContext.Default.Options));
    }
}
