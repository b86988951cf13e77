using System.Text.Json;
using System.Text.Json.Serialization;
using Union.Domain.Serialization;

namespace Union.Rules.Serialization;

/// <summary>
/// The source-generated System.Text.Json context (序列化上下文) of Union.Rules: parameter layers, holiday data and reports.
/// camelCase names, string enums, unknown members rejected, Union's own AOT-safe converters.
/// </summary>
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
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Union.Rules.Calendar.HolidayCalendarDocument))]
[JsonSerializable(typeof(Union.Rules.Engine.ParameterLayerDocument))]
[JsonSerializable(typeof(Union.Rules.WageNegotiation.CostReport))]
[JsonSerializable(typeof(Union.Rules.WageNegotiation.CostComparison))]
[JsonSerializable(typeof(Union.Rules.Engine.RuleReport))]
[JsonSerializable(typeof(Union.Rules.Engine.Reporting.ReviewReport))]
[JsonSerializable(typeof(Union.Rules.Hardship.HardshipBatchLine))]
[JsonSerializable(typeof(Union.Rules.Organisation.UnionFundsCalculation))]
public sealed partial class RulesJsonContext : JsonSerializerContext;
