using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Union.Domain.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The JSON Schema of the collective-contract documents (文档结构), generated from the source-generated contract.</summary>
public static class CollectiveContractSchema
{
    /// <summary>Gets the JSON Schema of <see cref="CollectiveContract"/> as indented text.</summary>
    /// <returns>The schema.</returns>
    public static string ContractSchema() => Export(DomainJsonContext.Default.CollectiveContract, "Collective contract (集体合同)");

    /// <summary>Gets the JSON Schema of <see cref="PayTable"/> as indented text.</summary>
    /// <returns>The schema.</returns>
    public static string PayTableSchema() => Export(DomainJsonContext.Default.PayTable, "Pay table (工资表)");

    private static string Export(System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo, string title)
    {
        JsonNode schema = JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        if (schema is JsonObject o)
        {
            var root = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["title"] = title };
            foreach (var (k, v) in o.ToArray())
            {
                o.Remove(k);
                root[k] = v;
            }

            schema = root;
        }

        return schema.ToJsonString(UnionJson.Readable(DomainJsonContext.Default.Options));
    }
}
