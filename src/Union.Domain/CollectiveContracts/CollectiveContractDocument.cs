using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>Reads collective-contract documents from JSON (集体合同文档读取); never throws for bad input.</summary>
public static class CollectiveContractDocument
{
    private static readonly CollectiveContractValidator ContractValidator = new();
    private static readonly PayTableValidator TableValidator = new();

    /// <summary>Gets a complete, lawful example document (JSON), as <c>union contract example</c> prints it.</summary>
    public static string Example { get; } = LoadExample("lawful-contract.json");

    /// <summary>
    /// Gets a flawed example (北京, 2026): a late reply, an outsider as chief, unequal sides, a failed vote, signing before the vote,
    /// late filing, a four-year term, a wage below the minimum and overtime rates below the statutory multiples.
    /// </summary>
    public static string FlawedExample { get; } = LoadExample("flawed-contract.json");

    /// <summary>Reads a collective contract.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for the source (a file name), copied into each issue.</param>
    /// <returns>The contract, or the issues naming each bad field by JSON path.</returns>
    public static DocumentResult<CollectiveContract> Read(string? json, string? source = null) =>
        UnionJson.Read(json, DomainJsonContext.Default.CollectiveContract, ContractValidator, source);

    /// <summary>Reads a collective contract from UTF-8 bytes (a file's content; a byte order mark is allowed).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">A name for the source (a file name), copied into each issue.</param>
    /// <returns>The contract, or the issues naming each bad field by JSON path; bytes that are not UTF-8 are an issue.</returns>
    public static DocumentResult<CollectiveContract> Read(ReadOnlySpan<byte> utf8, string? source = null) =>
        UnionJson.Read(utf8, DomainJsonContext.Default.CollectiveContract, ContractValidator, source);

    /// <summary>Reads a pay table from UTF-8 bytes.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">A name for the source, copied into each issue.</param>
    /// <returns>The table, or the issues.</returns>
    public static DocumentResult<PayTable> ReadPayTable(ReadOnlySpan<byte> utf8, string? source = null) =>
        UnionJson.Read(utf8, DomainJsonContext.Default.PayTable, TableValidator, source);

    /// <summary>Reads a pay table (a collective contract and the labour contracts or pay lines to compare with it).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for the source, copied into each issue.</param>
    /// <returns>The table, or the issues.</returns>
    public static DocumentResult<PayTable> ReadPayTable(string? json, string? source = null) =>
        UnionJson.Read(json, DomainJsonContext.Default.PayTable, TableValidator, source);

    /// <summary>Writes a collective contract as readable JSON (indented, Chinese unescaped).</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(CollectiveContract contract) =>
        System.Text.Json.JsonSerializer.Serialize(contract, ReadableOptions.GetTypeInfo(typeof(CollectiveContract)));

    private static string LoadExample(string name)
    {
        using Stream stream = typeof(CollectiveContractDocument).Assembly.GetManifestResourceStream("Union.Domain.CollectiveContracts.Examples." + name)
            ?? throw new InvalidOperationException("The embedded example is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static readonly System.Text.Json.JsonSerializerOptions ReadableOptions = UnionJson.Readable(DomainJsonContext.Default.Options);
}
