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

    public static ParameterReading Read(string region, string name, LocalDate day) => Profile(region).Get(name, day);

    public static LegalInstrument Instrument(string id) => Instruments.All.Single(i => i.Id == id);

    /// <summary>A day well after every regional text read here took effect.</summary>
    public static readonly LocalDate Today = new(2026, 11, 25);

    /// <summary>
    /// Asserts one value a regional text sets: read in each region of the text on the day the text took effect and today, it
    /// comes from the text's region, from that day, with the value, unit and comparison of the text and a source that names the
    /// instrument and ends with the article (the exact citation where the text gives one); and on the day before, what
    /// answered then answers (see <see cref="Before"/>).
    /// </summary>
    public static void AssertSets(RegionalText text, TextValue value)
    {
        LegalInstrument instrument = Instrument(text.InstrumentId);
        foreach (string region in text.Regions)
        {
            foreach (LocalDate day in new[] { text.InForce, Today })
            {
                ParameterReading r = Profile(region).Get(value.Name, day);
                Assert.Equal(text.Regions[0], r.Layer);
                Assert.Equal(text.InForce, r.From);
                Assert.Equal(value.Value, r.Value.ToString());
                Assert.Equal(value.Unit, r.Unit);
                Assert.Equal(value.Comparison, r.Comparison is { } c ? JsonName(c) : null);
                Assert.StartsWith(instrument.Title, r.Source, StringComparison.Ordinal);
                Assert.EndsWith(" " + value.Article, r.Source, StringComparison.Ordinal);
                Assert.Same(instrument, Instruments.FindByTitle(r.Source));
                if (text.Cited is { } cited)
                {
                    Assert.StartsWith(instrument.Title, cited, StringComparison.Ordinal);
                    Assert.Equal(cited + " " + value.Article, r.Source);
                }

                AssertKind(r, value);
            }

            LocalDate dayBefore = text.InForce.PlusDays(-1);
            switch (text.Before)
            {
                case Before.Stated:
                    AssertNational(region, value.Name, dayBefore, value.National);
                    break;
                case Before.National:
                    AssertNationalOrNothing(region, value.Name, dayBefore);
                    break;
                case Before.Nothing:
                    Assert.False(Profile(region).TryGet(value.Name, dayBefore, out ParameterReading? found), value.Name + " answers before the text: " + found?.Source);
                    break;
                default:
                    AssertAsProvince(region, RegionCode.Parse(region).Province.ToString(), value.Name, dayBefore);
                    break;
            }
        }
    }

    /// <summary>Asserts that a reading holds the kind of value its unit names: a ratio, a boolean, or the number written.</summary>
    private static void AssertKind(ParameterReading r, TextValue value)
    {
        if (value.Unit == "ratio")
        {
            Assert.True(r.Value.TryGetRatio(out _), value.Name + " is not a ratio");
        }
        else if (value.Unit == "boolean")
        {
            Assert.True(r.Value.TryGetBoolean(out _), value.Name + " is not a boolean");
        }
        else if (value.Unit is not ("choice" or "list"))
        {
            Assert.True(r.Value.TryGetNumber(out decimal n), value.Name + " is not a number");
            Assert.Equal(decimal.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture), n);
        }
    }

    /// <summary>Asserts that on <paramref name="day"/> the national value <paramref name="national"/> answers, or nothing where it is null.</summary>
    private static void AssertNational(string region, string name, LocalDate day, string? national)
    {
        if (national is null)
        {
            Assert.False(Profile(region).TryGet(name, day, out ParameterReading? found), name + " answers before the text: " + found?.Source);
            return;
        }

        ParameterReading r = Profile(region).Get(name, day);
        Assert.Equal("national", r.Layer);
        Assert.Equal(national, r.Value.ToString());
    }

    /// <summary>Asserts that on <paramref name="day"/> the national value answers, or nothing where the nation sets none.</summary>
    private static void AssertNationalOrNothing(string region, string name, LocalDate day)
    {
        bool national = JurisdictionProfile.National.TryGet(name, day, out ParameterReading expected);
        bool regional = Profile(region).TryGet(name, day, out ParameterReading actual);
        Assert.Equal(national, regional);
        if (national)
        {
            Assert.Equal("national", actual.Layer);
            Assert.Equal(expected.Value, actual.Value);
        }
    }

    /// <summary>Asserts that on <paramref name="day"/> a city reads what its province reads (the province's value, or the national one, or nothing).</summary>
    private static void AssertAsProvince(string city, string province, string name, LocalDate day)
    {
        bool inProvince = Profile(province).TryGet(name, day, out ParameterReading expected);
        bool inCity = Profile(city).TryGet(name, day, out ParameterReading actual);
        Assert.Equal(inProvince, inCity);
        if (inProvince)
        {
            Assert.Equal(expected.Layer, actual.Layer);
            Assert.Equal(expected.Value, actual.Value);
            Assert.Equal(expected.Source, actual.Source);
        }
    }

    /// <summary>Whether <paramref name="part"/> of <paramref name="whole"/> meets a region's share threshold today, by the threshold's own comparison.</summary>
    public static bool ShareHolds(string region, string name, long part, long whole) => Holds(Read(region, name, Today), part, whole);

    /// <summary>Whether <paramref name="value"/> meets a region's number threshold today, by the threshold's own comparison.</summary>
    public static bool LimitHolds(string region, string name, decimal value) => Holds(Read(region, name, Today), value);

    /// <summary>
    /// Whether a group with <paramref name="part"/> of <paramref name="whole"/> employees must have a negotiator under the region's
    /// <c>wn.negotiators.groupTriggers</c> list ("group:ratio", comma-separated): a share reaches the ratio at or above it (以上, 达到).
    /// </summary>
    public static bool GroupTriggered(string region, string group, long part, long whole)
    {
        string entry = Assert.Single(List(Read(region, "wn.negotiators.groupTriggers", Today)), e => e.StartsWith(group + ":", StringComparison.Ordinal));
        return Comparison.AtLeast.Holds(part, whole, Ratio.Parse(entry[(group.Length + 1)..]));
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
        Assert.NotNull(threshold.Comparison);
        return threshold.Comparison!.Value.Holds(part, whole, ratio);
    }

    /// <summary>Whether <paramref name="value"/> satisfies a number threshold as its reading compares it.</summary>
    public static bool Holds(ParameterReading threshold, decimal value)
    {
        Assert.True(threshold.Value.TryGetNumber(out decimal limit), threshold.Name);
        Assert.NotNull(threshold.Comparison);
        return threshold.Comparison!.Value.Holds(value, limit);
    }
}
