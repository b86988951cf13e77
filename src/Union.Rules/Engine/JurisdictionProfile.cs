using NodaTime;
using Union.Domain.Common;
using Union.Rules.Calendar;

namespace Union.Rules.Engine;

/// <summary>
/// The parameters in force for a region (管辖区参数): the national layer, then the province's and the city's overrides,
/// then the caller's own layers, each higher layer winning for the dates it covers. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>A value is looked up top-down: the highest layer with a value in force on the date answers, so Shanghai's
/// 15-day reply (上海市集体合同条例 第十五条) hides the national 20 days from the day it took effect, and a caller's file
/// with a newer 低保 figure hides the embedded one.</para>
/// <para>A value older than its statutory adjustment cycle still answers, with <see cref="ParameterReading.StaleSince"/> set.</para>
/// </remarks>
public sealed class JurisdictionProfile
{
    /// <summary>The name of the embedded national layer (全国).</summary>
    public const string NationalLayerName = "national";

    private readonly ParameterLayer[] _layers;

    private JurisdictionProfile(RegionCode? region, ParameterLayer[] layers, HolidayCalendar? calendar = null)
    {
        Region = region;
        _layers = layers;
        _calendar = calendar;
    }

    private readonly HolidayCalendar? _calendar;

    /// <summary>Gets the holiday calendar deadlines are counted with: the embedded State Council arrangements, plus any years the caller added.</summary>
    public HolidayCalendar Calendar => _calendar ?? HolidayCalendar.Embedded;

    /// <summary>Returns a profile whose calendar has the caller's years on top of the current ones (a new year's arrangement).</summary>
    /// <param name="calendar">The caller's years; they replace the same years already held.</param>
    /// <returns>The new profile.</returns>
    public JurisdictionProfile WithCalendar(HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new JurisdictionProfile(Region, _layers, Calendar.With(calendar));
    }

    /// <summary>Gets the national profile built from the embedded parameters.</summary>
    public static JurisdictionProfile National { get; } = new(null, [EmbeddedParameters.National]);

    /// <summary>Gets the region, or <see langword="null"/> for the national profile.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets the layers, lowest first.</summary>
    public IReadOnlyList<ParameterLayer> Layers => _layers;

    /// <summary>Gets the names of every parameter any layer defines, sorted.</summary>
    public IReadOnlyList<string> Names => _layers.SelectMany(l => l.Parameters.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds the profile of a region from the embedded parameters: national, then the province, then the city or county where the data has them.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The profile.</returns>
    public static JurisdictionProfile For(RegionCode region)
    {
        var layers = new List<ParameterLayer> { EmbeddedParameters.National };
        foreach (RegionCode code in region.Lineage)
        {
            if (EmbeddedParameters.Regions.TryGetValue(code, out ParameterLayer? layer))
            {
                layers.Add(layer);
            }
        }

        return new JurisdictionProfile(region, layers.ToArray());
    }

    /// <summary>
    /// Returns a profile with the caller's layers on top, in the order given. A layer with a region applies only when this
    /// profile's region is that region or inside it; a layer without a region applies everywhere.
    /// </summary>
    /// <param name="layers">The caller's layers.</param>
    /// <returns>The new profile.</returns>
    public JurisdictionProfile WithLayers(params IEnumerable<ParameterLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var list = new List<ParameterLayer>(_layers);
        foreach (ParameterLayer layer in layers)
        {
            if (layer.Region is not { } r || (Region is { } mine && mine.IsWithin(r)))
            {
                list.Add(layer);
            }
        }

        return new JurisdictionProfile(Region, list.ToArray(), _calendar);
    }

    /// <summary>Looks up the value of a parameter in force on a date.</summary>
    /// <param name="name">The parameter's name, e.g. <c>cc.reply.period</c>.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="reading">The value with its date, source and layer, when one is in force.</param>
    /// <returns>Whether a value is in force.</returns>
    public bool TryGet(string name, LocalDate asOf, out ParameterReading reading)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (int i = _layers.Length - 1; i >= 0; i--)
        {
            if (!_layers[i].Parameters.TryGetValue(name, out ParameterDefinition? def))
            {
                continue;
            }

            IReadOnlyList<ParameterValue> values = def.Values;
            for (int j = values.Count - 1; j >= 0; j--)
            {
                ParameterValue v = values[j];
                if (v.From <= asOf)
                {
                    LocalDate? stale = null;
                    if (def.AdjustmentCycleMonths is { } months && v.From.PlusMonths(months) <= asOf)
                    {
                        stale = v.From.PlusMonths(months);
                    }

                    reading = new ParameterReading(name, v.Value, v.From, v.Source, _layers[i].Name, def.Unit, def.Comparison, stale, v.Verification);
                    return true;
                }
            }
        }

        reading = null!;
        return false;
    }

    /// <summary>Gets the value of a parameter in force on a date.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The value with its date, source and layer.</returns>
    /// <exception cref="ParameterNotInForceException">No value is in force: the message names the parameter, the region and the date.</exception>
    public ParameterReading Get(string name, LocalDate asOf) =>
        TryGet(name, asOf, out ParameterReading reading) ? reading : throw new ParameterNotInForceException(name, Region, asOf);

    /// <summary>Gets the definition (meaning, unit, all values) from the highest layer that defines the parameter.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The definition, or <see langword="null"/> when no layer defines it.</returns>
    public ParameterDefinition? Definition(string name)
    {
        for (int i = _layers.Length - 1; i >= 0; i--)
        {
            if (_layers[i].Parameters.TryGetValue(name, out ParameterDefinition? def))
            {
                return def;
            }
        }

        return null;
    }

    /// <summary>Gets every parameter with a value in force on a date, sorted by name.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The readings.</returns>
    public IReadOnlyList<ParameterReading> InForce(LocalDate asOf)
    {
        var list = new List<ParameterReading>();
        foreach (string name in Names)
        {
            if (TryGet(name, asOf, out ParameterReading r))
            {
                list.Add(r);
            }
        }

        return list;
    }
}
