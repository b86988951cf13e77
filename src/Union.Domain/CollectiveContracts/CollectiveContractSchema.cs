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

    private static string Export(System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo, string title) => UnionJsonSchema.Export(typeInfo, title);
}
