using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>Reads a regional regulation's values through <see cref="JurisdictionProfile.For"/> and checks them against the text.</summary>
internal static class LocalBReadings
{
    /// <summary>A day well after every regulation of the group took effect.</summary>
    internal static readonly LocalDate Today = new(2026, 11, 25);

    /// <summary>
    /// Checks that the region's own layer answers for <paramref name="name"/> on the day the regulation took effect and today,
    /// with the value, unit and comparison of the text, and a source that is the cited title followed by the article, which
    /// leads back to the registered instrument.
    /// </summary>
    internal static void AssertRegional(string region, LegalInstrument instrument, string cited, LocalDate inForce, string name, string value, string unit, string? comparison, string article)
    {
        Assert.StartsWith(instrument.Title, cited, StringComparison.Ordinal);
        foreach (LocalDate day in new[] { inForce, Today })
        {
            ParameterReading r = JurisdictionProfile.For(RegionCode.Parse(region)).Get(name, day);
            Assert.Equal(region, r.Layer);
            Assert.Equal(inForce, r.From);
            Assert.Equal(value, r.Value.ToString());
            Assert.Equal(unit, r.Unit);
            Assert.Equal(comparison, Name(r.Comparison));
            Assert.Equal(cited + " " + article, r.Source);
            Assert.Contains(article, r.Source, StringComparison.Ordinal);
            Assert.Same(instrument, Instruments.FindByTitle(r.Source));
            if (unit == "ratio")
            {
                Assert.True(r.Value.TryGetRatio(out _), name + " is not a ratio");
            }
            else if (unit == "boolean")
            {
                Assert.True(r.Value.TryGetBoolean(out _), name + " is not a boolean");
            }
            else if (unit is not ("choice" or "list"))
            {
                Assert.True(r.Value.TryGetNumber(out decimal n) && n > 0m, name + " is not a positive number");
            }
        }
    }

    /// <summary>Checks that on the day before the regulation took effect the national value answers, or nothing where the nation sets none.</summary>
    internal static void AssertBeforeInForce(string region, LocalDate dayBefore, string name, string? national)
    {
        JurisdictionProfile profile = JurisdictionProfile.For(RegionCode.Parse(region));
        if (national is null)
        {
            Assert.False(profile.TryGet(name, dayBefore, out ParameterReading? found), name + " answers before the regulation: " + found?.Source);
            return;
        }

        ParameterReading r = profile.Get(name, dayBefore);
        Assert.Equal("national", r.Layer);
        Assert.Equal(national, r.Value.ToString());
    }

    /// <summary>Checks a share threshold of the region today: <paramref name="part"/> of <paramref name="whole"/> meets it or not, by the threshold's own comparison.</summary>
    internal static void AssertShare(string region, string name, long part, long whole, bool holds)
    {
        ParameterReading r = JurisdictionProfile.For(RegionCode.Parse(region)).Get(name, Today);
        Assert.True(r.Value.TryGetRatio(out Ratio ratio), name + " is not a ratio");
        Assert.NotNull(r.Comparison);
        Assert.Equal(holds, r.Comparison.Value.Holds(part, whole, ratio));
    }

    /// <summary>
    /// Checks a <c>wn.negotiators.groupTriggers</c> list ("group:ratio", comma-separated): with <paramref name="part"/> of
    /// <paramref name="whole"/> employees in the group, the group must (or need not) have a negotiator; a share reaches the
    /// ratio at or above it (以上, 达到).
    /// </summary>
    internal static void AssertGroupTrigger(string region, string group, long part, long whole, bool required)
    {
        string list = JurisdictionProfile.For(RegionCode.Parse(region)).Get("wn.negotiators.groupTriggers", Today).Value.AsText()!;
        string entry = Assert.Single(list.Split(','), e => e.StartsWith(group + ":", StringComparison.Ordinal));
        Ratio ratio = Ratio.Parse(entry[(group.Length + 1)..]);
        Assert.Equal(required, Comparison.AtLeast.Holds(part, whole, ratio));
    }

    private static string? Name(Comparison? comparison) => comparison switch
    {
        null => null,
        Comparison.AtLeast => "atLeast",
        Comparison.AtMost => "atMost",
        Comparison.MoreThan => "moreThan",
        _ => "lessThan",
    };
}
