using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Hardship;

namespace Union.Domain.Serialization;

/// <summary>
/// The source-generated System.Text.Json context of the hardship documents (困难职工文档序列化上下文), with the same options as
/// <see cref="DomainJsonContext"/>.
/// </summary>
/// <remarks>A separate context rather than attributes on a partial declaration of <see cref="DomainJsonContext"/>: the
/// System.Text.Json generator fails when <c>[JsonSerializable]</c> attributes are spread over several partial declarations of
/// one context (dotnet/runtime#99669, "hintName must be unique").</remarks>
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
[JsonSerializable(typeof(HardshipApplication))]
public sealed partial class HardshipJsonContext : JsonSerializerContext;
