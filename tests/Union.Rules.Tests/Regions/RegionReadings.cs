using System.Reflection;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>Reads a region's parameters through its jurisdiction profile and checks them against the article they come from.</summary>
internal static class RegionReadings
{
    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static JurisdictionProfile Profile(string region) => JurisdictionProfile.For(RegionCode.Parse(region));

    public static ParameterReading Read(string region, string name, string date) => Profile(region).Get(name, Date(date));

    public static LegalInstrument Instrument(string id) => Instruments.All.Single(i => i.Id == id);

    /// <summary>Asserts the value, unit, comparison, source (instrument title first, then the article) and layer of a reading.</summary>
    public static ParameterReading AssertReads(string region, string name, string date, string value, string unit, string? comparison, string instrumentId, string article, string? layer = null)
    {
        ParameterReading r = Read(region, name, date);
        LegalInstrument instrument = Instrument(instrumentId);
        Assert.Equal(value, r.Value.ToString());
        Assert.Equal(unit, r.Unit);
        Assert.Equal(comparison, r.Comparison is { } c ? JsonName(c) : null);
        Assert.StartsWith(instrument.Title, r.Source, StringComparison.Ordinal);
        Assert.Contains(article, r.Source, StringComparison.Ordinal);
        Assert.Same(instrument, Instruments.FindByTitle(r.Source));
        Assert.Equal(layer ?? region, r.Layer);
        return r;
    }

    /// <summary>Asserts that on <paramref name="date"/> (the day before the region's text took effect) the national value answers, or nothing.</summary>
    public static void AssertNationalOrNothing(string region, string name, string date)
    {
        JurisdictionProfile profile = Profile(region);
        bool national = JurisdictionProfile.National.TryGet(name, Date(date), out ParameterReading expected);
        bool regional = profile.TryGet(name, Date(date), out ParameterReading actual);
        Assert.Equal(national, regional);
        if (national)
        {
            Assert.Equal("national", actual.Layer);
            Assert.Equal(expected.Value, actual.Value);
        }
    }

    /// <summary>Asserts that on <paramref name="date"/> a city reads what its province reads (the province's value, or the national one, or nothing).</summary>
    public static void AssertAsProvince(string city, string province, string name, string date)
    {
        bool inProvince = Profile(province).TryGet(name, Date(date), out ParameterReading expected);
        bool inCity = Profile(city).TryGet(name, Date(date), out ParameterReading actual);
        Assert.Equal(inProvince, inCity);
        if (inProvince)
        {
            Assert.Equal(expected.Layer, actual.Layer);
            Assert.Equal(expected.Value, actual.Value);
            Assert.Equal(expected.Source, actual.Source);
        }
    }

    public static string JsonName<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()!.Name;

    /// <summary>The JSON names of every pay-component kind.</summary>
    public static HashSet<string> PayComponentKindNames() => Enum.GetValues<PayComponentKind>().Select(JsonName).ToHashSet(StringComparer.Ordinal);

    /// <summary>Splits a list parameter (comma-separated).</summary>
    public static string[] List(ParameterReading reading) =>
        (reading.Value.AsText() ?? throw new InvalidOperationException(reading.Name + " is not a list")).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The fewest delegates for a headcount from a "headcount:min" tier list: the last tier at or below the headcount.</summary>
    public static int MinimumDelegates(ParameterReading tiers, int headcount)
    {
        int min = 0;
        foreach (string tier in List(tiers))
        {
            string[] parts = tier.Split(':');
            int from = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(from >= 0, tier);
            if (from <= headcount)
            {
                min = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return min;
    }

    /// <summary>Whether <paramref name="part"/> of <paramref name="whole"/> satisfies a ratio threshold as its reading compares it.</summary>
    public static bool Holds(ParameterReading threshold, long part, long whole)
    {
        Assert.True(threshold.Value.TryGetRatio(out Ratio ratio), threshold.Name);
        return threshold.Comparison!.Value.Holds(part, whole, ratio);
    }

    /// <summary>Whether <paramref name="value"/> satisfies a number threshold as its reading compares it.</summary>
    public static bool Holds(ParameterReading threshold, decimal value)
    {
        Assert.True(threshold.Value.TryGetNumber(out decimal limit), threshold.Name);
        return threshold.Comparison!.Value.Holds(value, limit);
    }
}
