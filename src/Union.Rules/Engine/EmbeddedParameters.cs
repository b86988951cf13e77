using System.Collections.Frozen;
using System.Reflection;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Rules.Engine;

/// <summary>
/// The parameter files shipped inside the assembly (内置参数): <c>Parameters/national/*.json</c> and
/// <c>Parameters/regions/{code}/*.json</c>, read once through the source-generated JSON context.
/// </summary>
internal static class EmbeddedParameters
{
    private const string Prefix = "Union.Rules.Parameters.";

    private static readonly Lazy<(ParameterLayer National, FrozenDictionary<RegionCode, ParameterLayer> Regions)> Loaded = new(Load);

    public static ParameterLayer National => Loaded.Value.National;

    public static FrozenDictionary<RegionCode, ParameterLayer> Regions => Loaded.Value.Regions;

    /// <summary>
    /// The definition of every parameter the embedded files define, by name (the national one where there is one): a caller's
    /// layer keeps its unit, and an override takes from it what it leaves out.
    /// </summary>
    public static FrozenDictionary<string, ParameterDefinition> Definitions => LoadedDefinitions.Value;

    private static readonly Lazy<FrozenDictionary<string, ParameterDefinition>> LoadedDefinitions = new(() =>
        Regions.OrderBy(r => r.Key.ToString(), StringComparer.Ordinal).Select(r => r.Value).Prepend(National).SelectMany(l => l.Parameters).GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));

    /// <summary>Every embedded file, by resource name, parsed; used by tests to check every value has a source.</summary>
    public static IEnumerable<(string Resource, DocumentResult<ParameterLayer> Result)> Files()
    {
        Assembly assembly = typeof(EmbeddedParameters).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (name, ParameterLayer.ParseEmbedded(reader.ReadToEnd(), name[Prefix.Length..]));
        }
    }

    private static (ParameterLayer, FrozenDictionary<RegionCode, ParameterLayer>) Load()
    {
        var national = new List<ParameterLayer>();
        var regional = new Dictionary<RegionCode, List<ParameterLayer>>();
        foreach ((string resource, DocumentResult<ParameterLayer> result) in Files())
        {
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"Embedded parameter file {resource} is invalid: {string.Join("; ", result.Issues)}");
            }

            if (result.Value.Region is { } region)
            {
                if (!regional.TryGetValue(region, out List<ParameterLayer>? list))
                {
                    regional[region] = list = [];
                }

                list.Add(result.Value);
            }
            else
            {
                national.Add(result.Value);
            }
        }

        return (
            ParameterLayer.Merge(JurisdictionProfile.NationalLayerName, null, national),
            regional.ToFrozenDictionary(r => r.Key, r => ParameterLayer.Merge(r.Key.ToString(), r.Key, r.Value)));
    }
}
