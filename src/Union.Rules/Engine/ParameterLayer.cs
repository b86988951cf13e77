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
    /// Never throws for bad input: every problem is an issue naming its JSON path. A value must make sense in its unit
    /// (<see cref="UnitRange"/>) and, for a parameter the library ships, in the unit it ships with. A layer that overrides a
    /// parameter the library ships may leave out <c>description</c>, <c>descriptionEn</c>, <c>unit</c>, <c>comparison</c> and
    /// <c>adjustmentCycleMonths</c>: they come from the shipped definition. A new parameter needs the first three.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The source's name (a file name), used as the layer's name and in issues.</param>
    /// <returns>The layer, or the issues.</returns>
    public static DocumentResult<ParameterLayer> Parse(string? json, string? source = null)
    {
        DocumentResult<ParameterLayerDocument> read = UnionJson.Read(json, RulesJsonContext.Default.ParameterLayerDocument, null, source);
        return read.IsValid ? Build(read.Value, System.Text.Encoding.UTF8.GetBytes(json!), source, EmbeddedParameters.Definitions) : DocumentResult.Failure<ParameterLayer>(read.Issues);
    }

    /// <summary>Reads a layer from UTF-8 bytes (a file's content; a byte order mark is allowed), as <see cref="Parse(string?, string?)"/> reads text.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">The source's name (a file name), used as the layer's name and in issues.</param>
    /// <returns>The layer, or the issues; bytes that are not UTF-8 are an issue.</returns>
    public static DocumentResult<ParameterLayer> Parse(ReadOnlySpan<byte> utf8, string? source = null)
    {
        DocumentResult<ParameterLayerDocument> read = UnionJson.Read(utf8, RulesJsonContext.Default.ParameterLayerDocument, null, source);
        return read.IsValid ? Build(read.Value, utf8, source, EmbeddedParameters.Definitions) : DocumentResult.Failure<ParameterLayer>(read.Issues);
    }

    /// <summary>Reads an embedded layer: the same checks, except the comparison with the embedded units (being loaded).</summary>
    internal static DocumentResult<ParameterLayer> ParseEmbedded(string json, string source)
    {
        DocumentResult<ParameterLayerDocument> read = UnionJson.Read(json, RulesJsonContext.Default.ParameterLayerDocument, null, source);
        return read.IsValid ? Build(read.Value, System.Text.Encoding.UTF8.GetBytes(json), source, null) : DocumentResult.Failure<ParameterLayer>(read.Issues);
    }

    /// <summary>
    /// Gets the values a unit accepts, as the reader checks them: <c>days</c>, <c>workingDays</c>, <c>person</c> and
    /// <c>home</c> take positive whole numbers up to 100,000, <c>months</c> and <c>month</c> up to 12,000 and <c>year</c> up to
    /// 1,000 (so that a period added to any accepted date stays inside the calendar); <c>day</c> and <c>hour</c> numbers
    /// from 1 (21.75 paid days a month, 7.5 hours) up to 366 and 8,784; <c>ratio</c> a ratio above 0 and at most 1; <c>multiple</c> a
    /// number above 0 and at most 100; a money unit (<c>CNY/…</c>) 0 to 10^12 yuan; <c>boolean</c> true or false;
    /// <c>choice</c> and <c>list</c> a text. Any other unit is not checked.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns>A description of the values, in English and Chinese; <see langword="null"/> for a unit that is not checked.</returns>
    public static (string En, string Zh)? UnitRange(string unit) => Units(unit) is { } u ? (u.En, u.Zh) : null;

    private sealed record UnitRule(string En, string Zh, Func<ParameterScalar, bool> Accepts, string Kind);

    private static UnitRule? Units(string unit)
    {
        static bool Whole(ParameterScalar v, decimal max) => v.TryGetNumber(out decimal n) && n > 0m && n <= max && n == decimal.Truncate(n);
        static bool Positive(ParameterScalar v, decimal max) => v.TryGetNumber(out decimal n) && n > 0m && n <= max;
        static bool Between(ParameterScalar v, decimal min, decimal max) => v.TryGetNumber(out decimal n) && n >= min && n <= max;
        return unit switch
        {
            "days" or "workingDays" or "person" or "home" =>
                new("a whole number from 1 to 100000", "1 至 100000 的整数", v => Whole(v, 100_000m), "integer"),
            "months" or "month" => new("a whole number from 1 to 12000", "1 至 12000 的整数", v => Whole(v, 12_000m), "integer"),
            "years" => new("a whole number from 1 to 1000", "1 至 1000 的整数", v => Whole(v, 1_000m), "integer"),
            "year" => new("a whole number from 0 to 1000 (0: no limit on that side)", "0 至 1000 的整数（0 表示该侧无限制）", v => Between(v, 0m, 1_000m) && v.TryGetNumber(out decimal y) && y == decimal.Truncate(y), "integer"),
            "day" => new("a number from 1 to 366", "1 至 366 的数", v => Between(v, 1m, 366m), "number"),
            "hour" => new("a number from 1 to 8784", "1 至 8784 的数", v => Between(v, 1m, InputLimits.HoursPerYear), "number"),
            "growthRatio" => new("a growth ratio from -100% to 1000% (a number such as 0.07 or -0.02, or a text such as \"7%\")", "-100% 至 1000% 的增长率（如 0.07、-0.02 或 \"7%\"）", GrowthRatio, "growth ratio"),
            "ratio" => new("a ratio above 0 and at most 1", "大于 0、不超过 1 的比例", v => v.TryGetRatio(out Ratio r) && r > Ratio.Zero && r <= Ratio.One, "ratio"),
            "multiple" => new("a number above 0 and at most 100", "大于 0、不超过 100 的数", v => Positive(v, InputLimits.MaxMultiple), "number"),
            "boolean" => new("true or false", "true 或 false", v => v.Kind == ParameterKind.Boolean, "boolean"),
            "choice" or "list" => new("a text", "文本", v => v.Kind == ParameterKind.Text, "string"),
            _ when unit.StartsWith("CNY", StringComparison.Ordinal) =>
                new("an amount from 0 to 1000000000000 yuan", "0 至 1000000000000 元的金额", v => v.TryGetNumber(out decimal n) && n >= 0m && n <= InputLimits.MaxMoney, "amount"),
            _ => null,
        };
    }

    /// <summary>A growth ratio (工资指导线 lines): a number, or a percentage text, from −1 (−100 %) to 10 (1000 %); it may be 0 or negative.</summary>
    private static bool GrowthRatio(ParameterScalar v)
    {
        decimal n;
        if (v.TryGetNumber(out decimal number))
        {
            n = number;
        }
        else if (v.AsText()?.Trim() is { } text && text.EndsWith('%')
            && decimal.TryParse(text[..^1], System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out decimal percent))
        {
            n = percent / 100m;
        }
        else if (v.TryGetRatio(out Ratio r))
        {
            n = r.ToDecimal();
        }
        else
        {
            return false;
        }

        return n >= -1m && n <= 10m;
    }

    private static DocumentResult<ParameterLayer> Build(ParameterLayerDocument doc, ReadOnlySpan<byte> utf8, string? source, IReadOnlyDictionary<string, ParameterDefinition>? shipped)
    {
        List<ValidationIssue> issues = Validate(doc, source, shipped);
        if (issues.Count > 0)
        {
            return DocumentResult.Failure<ParameterLayer>(UnionJson.WithPositions(issues, utf8, RulesJsonContext.Default.Options));
        }

        var parameters = doc.Parameters.ToFrozenDictionary(
            p => p.Key,
            p => Complete(p.Key, p.Value, shipped),
            StringComparer.Ordinal);
        string name = source ?? (doc.Region is { } r ? r.ToString() : "national");
        return DocumentResult.Success(new ParameterLayer(name, doc.Region, doc.Description, parameters));
    }

    /// <summary>A layer's entry made whole: what it leaves out comes from the shipped definition of the same name.</summary>
    private static ParameterDefinition Complete(string name, ParameterEntry entry, IReadOnlyDictionary<string, ParameterDefinition>? shipped)
    {
        ParameterDefinition? known = shipped is not null && shipped.TryGetValue(name, out ParameterDefinition? k) ? k : null;
        return new ParameterDefinition(
            entry.Description ?? known!.Description,
            entry.DescriptionEn ?? known!.DescriptionEn,
            entry.Unit ?? known!.Unit,
            entry.Values.OrderBy(v => v.From).ToArray(),
            entry.Comparison ?? known?.Comparison,
            entry.AdjustmentCycleMonths ?? known?.AdjustmentCycleMonths)
        {
            ReferenceOnly = entry.ReferenceOnly ?? known?.ReferenceOnly ?? false,
        };
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

    private static List<ValidationIssue> Validate(ParameterLayerDocument doc, string? source, IReadOnlyDictionary<string, ParameterDefinition>? shipped)
    {
        var issues = new List<ValidationIssue>();
        void Add(string path, string key, params (string Name, object? Value)[] arguments) =>
            issues.Add(ValidationIssue.Create(path, key, InputMessages.Arguments(arguments), source));

        foreach (KeyValuePair<string, ParameterEntry> p in doc.Parameters)
        {
            string path = $"$.parameters['{p.Key}']";
            if (!NamePattern().IsMatch(p.Key))
            {
                Add(path, "parameter.name");
            }

            // An override of a shipped parameter takes what it leaves out from the shipped definition; a present member
            // must still say something.
            ParameterDefinition? known = shipped is not null && shipped.TryGetValue(p.Key, out ParameterDefinition? k) ? k : null;
            ParameterEntry d = p.Value;
            if (d.Description is not null ? string.IsNullOrWhiteSpace(d.Description) : known is null)
            {
                Add(path + ".description", "parameter.description");
            }

            if (d.DescriptionEn is not null ? string.IsNullOrWhiteSpace(d.DescriptionEn) : known is null)
            {
                Add(path + ".descriptionEn", "parameter.descriptionEn");
            }

            if (d.Unit is not null ? string.IsNullOrWhiteSpace(d.Unit) : known is null)
            {
                Add(path + ".unit", "parameter.unit");
            }

            if (d.Values.Count == 0)
            {
                Add(path + ".values", "parameter.noValues");
            }

            // A value must make sense in its own unit and, for a parameter the library ships, in the unit it ships with
            // (a layer cannot lift the range check by naming another unit).
            var rules = new List<(string Unit, UnitRule Rule)>(2);
            string? ownUnit = d.Unit ?? known?.Unit;
            if (!string.IsNullOrWhiteSpace(ownUnit) && Units(ownUnit) is { } own)
            {
                rules.Add((ownUnit, own));
            }

            if (known is not null && known.Unit != ownUnit && Units(known.Unit) is { } shippedRule)
            {
                rules.Add((known.Unit, shippedRule));
            }

            Comparison? comparison = d.Comparison ?? known?.Comparison;

            var seen = new HashSet<NodaTime.LocalDate>();
            for (int i = 0; i < d.Values.Count; i++)
            {
                ParameterValue v = d.Values[i];
                string vp = $"{path}.values[{i}]";
                if (string.IsNullOrWhiteSpace(v.Source))
                {
                    Add(vp + ".source", "parameter.source");
                }

                if (!seen.Add(v.From))
                {
                    Add(vp + ".from", "parameter.sameFrom");
                }

                if (comparison is not null && !v.Value.TryGetNumber(out _) && !v.Value.TryGetRatio(out _))
                {
                    Add(vp + ".value", "parameter.threshold");
                }
                else if (comparison is not null && v.Value.TryGetNumber(out decimal n) && n < 0m)
                {
                    Add(vp + ".value", "parameter.thresholdNegative");
                }
                else
                {
                    foreach ((string unit, UnitRule rule) in rules)
                    {
                        if (rule.Accepts(v.Value))
                        {
                            continue;
                        }

                        bool rightKind = rule.Kind switch
                        {
                            "boolean" => v.Value.Kind == ParameterKind.Boolean,
                            "string" => v.Value.Kind == ParameterKind.Text,
                            "ratio" => v.Value.TryGetRatio(out _),
                            _ => v.Value.Kind == ParameterKind.Number,
                        };
                        if (rightKind)
                        {
                            Add(vp + ".value", "parameter.valueRange", ("unit", unit), ("range", rule.En), ("rangeZh", rule.Zh), ("value", v.Value.ToString()));
                        }
                        else
                        {
                            Add(vp + ".value", "parameter.valueKind", ("unit", unit), ("expected", rule.Kind));
                        }

                        break;
                    }
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
public sealed record ParameterLayerDocument([property: InputCount(10_000)] IReadOnlyDictionary<string, ParameterEntry> Parameters, RegionCode? Region = null, string? Description = null);

/// <summary>
/// One parameter as a layer file writes it (参数层条目): its values, and, for a parameter the library does not ship, its meaning
/// and unit. An entry that overrides a shipped parameter may leave out the description, unit, comparison and adjustment cycle:
/// the shipped definition supplies them.
/// </summary>
/// <param name="Values">The values, each in force from its date until the next one.</param>
/// <param name="Description">The meaning, in Chinese; needed for a new parameter.</param>
/// <param name="DescriptionEn">The meaning, in English; needed for a new parameter.</param>
/// <param name="Unit">The unit; needed for a new parameter.</param>
/// <param name="Comparison">How a value is compared where it is a threshold; the shipped comparison when left out.</param>
/// <param name="AdjustmentCycleMonths">The statutory adjustment cycle in months, 1 to 1,200; the shipped one when left out.</param>
/// <param name="ReferenceOnly">Whether the parameter is carried for reference only, read by no rule (<see cref="ParameterDefinition.ReferenceOnly"/>).</param>
public sealed record ParameterEntry(
    [property: InputCount(1_000, Minimum = 1)] IReadOnlyList<ParameterValue> Values,
    string? Description = null,
    string? DescriptionEn = null,
    string? Unit = null,
    Comparison? Comparison = null,
    [property: InputRange(1, 1_200)] int? AdjustmentCycleMonths = null,
    bool? ReferenceOnly = null)
{
    /// <summary>Gets the entry that writes a definition out in full.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The entry.</returns>
    public static ParameterEntry From(ParameterDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new ParameterEntry(definition.Values, definition.Description, definition.DescriptionEn, definition.Unit, definition.Comparison, definition.AdjustmentCycleMonths, definition.ReferenceOnly ? true : null);
    }
}
