using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json context (序列化上下文) for every public document type of Union.Domain:
/// camelCase names, string enums, unknown members rejected, nullable annotations respected, NodaTime and
/// <see cref="Common.Money"/> through Union's own AOT-safe converters.
/// </summary>
/// <remarks>Use <see cref="UnionJson.Readable(JsonSerializerOptions)"/> with <c>DomainJsonContext.Default.Options</c>
/// for output meant for people (Chinese characters unescaped).</remarks>
// Every [JsonSerializable] attribute stays on this one declaration: the System.Text.Json generator runs once per
// attributed partial declaration, so attributes spread over several partial files generate types twice (CS8785).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(MoneyJsonConverter), typeof(RatioJsonConverter), typeof(RegionCodeJsonConverter), typeof(PeriodJsonConverter)])]
[JsonSerializable(typeof(ValidationIssue))]
[JsonSerializable(typeof(IReadOnlyList<ValidationIssue>))]
[JsonSerializable(typeof(WageNegotiation.WageProposal))]
[JsonSerializable(typeof(Union.Domain.CollectiveContracts.CollectiveContract))]
[JsonSerializable(typeof(Union.Domain.CollectiveContracts.LabourContract))]
[JsonSerializable(typeof(Union.Domain.CollectiveContracts.PayTable))]
[JsonSerializable(typeof(Union.Domain.Hardship.HardshipApplication))]
[JsonSerializable(typeof(Union.Domain.LabourStandards.LabourFile))]
[JsonSerializable(typeof(Union.Domain.WorkersCongress.WorkersCongressRecord))]
[JsonSerializable(typeof(Union.Domain.Organisation.GrassrootsUnion))]
public sealed partial class DomainJsonContext : JsonSerializerContext;
