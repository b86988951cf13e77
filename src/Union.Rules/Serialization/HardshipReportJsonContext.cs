using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Serialization;
using Union.Rules.Hardship;

namespace Union.Rules.Serialization;

/// <summary>
/// The source-generated System.Text.Json context of the hardship reports (困难职工报告序列化上下文), with the options of
/// <see cref="RulesJsonContext"/>. A separate context because the generator fails on <c>[JsonSerializable]</c> attributes spread
/// over partial declarations (dotnet/runtime#99669).
/// </summary>
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
[JsonSerializable(typeof(HardshipReportDocument))]
[JsonSerializable(typeof(HardshipBatchLine))]
public sealed partial class HardshipReportJsonContext : JsonSerializerContext;
