using System.Text.Json.Serialization;
using Union.Domain.Serialization;

namespace Union.Cli.Serialization;

/// <summary>The tool's source-generated JSON context for its listings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(MoneyJsonConverter), typeof(RatioJsonConverter), typeof(RegionCodeJsonConverter), typeof(PeriodJsonConverter)])]
[JsonSerializable(typeof(RuleRow[]))]
[JsonSerializable(typeof(ParameterListing))]
[JsonSerializable(typeof(CliErrors))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>A context whose output keeps Chinese characters unescaped.</summary>
    public static CliJsonContext Readable => s_readable ??= new(UnionJson.Readable(Default!.Options));

    private static CliJsonContext? s_readable;
}

/// <summary>One rule in <c>union rules</c>.</summary>
internal sealed record RuleRow(string Code, string Severity, string Citation, string Title);

/// <summary>The parameters in force in <c>union parameters</c>.</summary>
internal sealed record ParameterListing(string Region, string AsOf, ParameterRow[] Parameters);

/// <summary>One parameter in force.</summary>
internal sealed record ParameterRow(string Name, string Value, string Unit, Union.Domain.Common.Comparison? Comparison, string From, string Source, string Layer, string? StaleSince, string? Description, bool? ReferenceOnly = null);

/// <summary>The result of <c>union wage check</c>.</summary>
/// <summary>The errors of one invocation under <c>--format json</c>, written to standard error.</summary>
internal sealed record CliErrors(IReadOnlyList<CliError> Errors);

/// <summary>One error: the file, the JSON path (or option), the line when known, and the message.</summary>
internal sealed record CliError(string? File, string Path, long? Line, string Message);
