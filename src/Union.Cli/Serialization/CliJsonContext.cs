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
[JsonSerializable(typeof(WageCheckDocument))]
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
internal sealed record ParameterRow(string Name, string Value, string Unit, Union.Domain.Common.Comparison? Comparison, string From, string Source, string Layer, string? StaleSince, string? Description);

/// <summary>The result of <c>union wage check</c>.</summary>
internal sealed record WageCheckDocument(string File, string Region, string AsOf, bool HasViolations, WageFindingRow[] Findings, string? FilingDue, string Effect, string? EffectiveFrom, string? NextRoundBy, string? RenewalWindowFrom, IReadOnlyList<Union.Rules.Engine.TraceNode>? Trace);

/// <summary>One finding of <c>union wage check</c>, rendered.</summary>
internal sealed record WageFindingRow(string Code, string Severity, string Status, string Message, string Path, string Citation);
