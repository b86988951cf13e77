using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Union.Domain.Common;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Rules.Serialization;

namespace Union.Rules.Engine;

/// <summary>
/// A layer of parameters (参数层): the national set, a region's overrides, or a caller's own file (a city's new 低保 figure),
/// laid on top of each other by <see cref="JurisdictionProfile"/>. Immutable.
/// </summary>
public sealed partial class ParameterLayer
{
    internal ParameterLayer(string name, RegionCode? region, string? description, FrozenDictionary<string, ParameterDefinition> parameters)
    {
        Name = name;
        Region = region;
        Description = description;
        Parameters = parameters;
    }

    /// <summary>Gets the layer's name: <c>national</c>, a region code, or the caller's source name.</summary>
    public string Name { get; }

    /// <summary>Gets the region the layer applies to (and every division inside it); <see langword="null"/> for all regions.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets the layer's description, when it has one.</summary>
    public string? Description { get; }

    /// <summary>Gets the parameters of the layer by name.</summary>
    public IReadOnlyDictionary<string, ParameterDefinition> Parameters { get; }

    /// <summary>
    /// Reads a layer from JSON: <c>{ "region": "310000", "description": "...", "parameters": { "name": { "description": ...,
    /// "descriptionEn": ..., "unit": ..., "comparison": "atLeast", "values": [ { "from": "2025-07-01", "value": 2740, "source": "..." } ] } } }</c>.
    /// Never throws for bad input: every problem is an issue naming its JSON path.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The source's name (a file name), used as the layer's name and in issues.</param>
    /// <returns>The layer, or the issues.</returns>
    public static DocumentResult<ParameterLayer> Parse(string? json, string? source = null)
    {
        DocumentResult<ParameterLayerDocument> read = UnionJson.Read(json, RulesJsonContext.Default.ParameterLayerDocument, null, source);
        if (!read.IsValid)
        {
            return DocumentResult.Failure<ParameterLayer>(read.Issues);
        }

        List<ValidationIssue> issues = Validate(read.Value, source);
        if (issues.Count > 0)
        {
            return DocumentResult.Failure<ParameterLayer>(issues);
        }

        ParameterLayerDocument doc = read.Value;
        var parameters = doc.Parameters.ToFrozenDictionary(
            p => p.Key,
            p => p.Value with { Values = p.Value.Values.OrderBy(v => v.From).ToArray() },
            StringComparer.Ordinal);
        string name = source ?? (doc.Region is { } r ? r.ToString() : "national");
        return DocumentResult.Success(new ParameterLayer(name, doc.Region, doc.Description, parameters));
    }

    /// <summary>Merges layers for the same region (the embedded files of one region) into one layer.</summary>
    /// <param name="name">The merged layer's name.</param>
    /// <param name="region">The region.</param>
    /// <param name="parts">The layers.</param>
    /// <returns>The merged layer.</returns>
    /// <exception cref="InvalidOperationException">Two parts define the same parameter.</exception>
    internal static ParameterLayer Merge(string name, RegionCode? region, IEnumerable<ParameterLayer> parts)
    {
        var all = new Dictionary<string, ParameterDefinition>(StringComparer.Ordinal);
        foreach (ParameterLayer part in parts)
        {
            foreach (KeyValuePair<string, ParameterDefinition> p in part.Parameters)
            {
                if (!all.TryAdd(p.Key, p.Value))
                {
                    throw new InvalidOperationException($"Parameter '{p.Key}' is defined twice for layer '{name}'.");
                }
            }
        }

        return new ParameterLayer(name, region, null, all.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static List<ValidationIssue> Validate(ParameterLayerDocument doc, string? source)
    {
        var issues = new List<ValidationIssue>();
        foreach (KeyValuePair<string, ParameterDefinition> p in doc.Parameters)
        {
            string path = $"$.parameters['{p.Key}']";
            if (!NamePattern().IsMatch(p.Key))
            {
                issues.Add(new ValidationIssue(path, "A parameter name is dot-separated camelCase words, e.g. standard.minimumWage.monthly.", null, source));
            }

            ParameterDefinition d = p.Value;
            if (string.IsNullOrWhiteSpace(d.Description))
            {
                issues.Add(new ValidationIssue(path + ".description", "The Chinese description is empty.", null, source));
            }

            if (string.IsNullOrWhiteSpace(d.DescriptionEn))
            {
                issues.Add(new ValidationIssue(path + ".descriptionEn", "The English description is empty.", null, source));
            }

            if (string.IsNullOrWhiteSpace(d.Unit))
            {
                issues.Add(new ValidationIssue(path + ".unit", "The unit is empty.", null, source));
            }

            if (d.AdjustmentCycleMonths is < 1)
            {
                issues.Add(new ValidationIssue(path + ".adjustmentCycleMonths", "The adjustment cycle is at least 1 month.", null, source));
            }

            if (d.Values.Count == 0)
            {
                issues.Add(new ValidationIssue(path + ".values", "A parameter needs at least one value.", null, source));
            }

            var seen = new HashSet<NodaTime.LocalDate>();
            for (int i = 0; i < d.Values.Count; i++)
            {
                ParameterValue v = d.Values[i];
                string vp = $"{path}.values[{i}]";
                if (string.IsNullOrWhiteSpace(v.Source))
                {
                    issues.Add(new ValidationIssue(vp + ".source", "Every value needs its source (document and article).", null, source));
                }

                if (!seen.Add(v.From))
                {
                    issues.Add(new ValidationIssue(vp + ".from", "Two values of the parameter start on the same day.", null, source));
                }

                if (d.Comparison is not null && !v.Value.TryGetNumber(out _) && !v.Value.TryGetRatio(out _))
                {
                    issues.Add(new ValidationIssue(vp + ".value", "A threshold's value must be a number or a ratio such as \"2/3\".", null, source));
                }

                if (d.Comparison is not null && v.Value.TryGetNumber(out decimal n) && n < 0m)
                {
                    issues.Add(new ValidationIssue(vp + ".value", "A threshold's value cannot be negative.", null, source));
                }
            }
        }

        return issues;
    }

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

/// <summary>The JSON shape of a parameter layer file (参数层文件).</summary>
/// <param name="Parameters">The parameters by name.</param>
/// <param name="Region">The region the layer applies to; absent for a layer that applies everywhere.</param>
/// <param name="Description">What the layer is.</param>
public sealed record ParameterLayerDocument(IReadOnlyDictionary<string, ParameterDefinition> Parameters, RegionCode? Region = null, string? Description = null);
