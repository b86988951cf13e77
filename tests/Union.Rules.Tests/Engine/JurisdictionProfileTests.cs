using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// A profile's layers: which apply to a region, which value is in force on a day (on its first day and the day before), when a
/// value is older than its adjustment cycle, and what the profile lists.
/// </summary>
public sealed class JurisdictionProfileTests
{
    private static ParameterLayer Layer(string json, string source)
    {
        DocumentResult<ParameterLayer> r = ParameterLayer.Parse(json, source);
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
        return r.Value!;
    }

    private static ParameterLayer Count(string? region, int value, string source, string from = "2020-01-01", string name = "x.test.count") =>
        Layer(
            "{" + (region is null ? string.Empty : "\"region\":\"" + region + "\",")
            + "\"parameters\":{\"" + name + "\":{\"description\":\"人数\",\"descriptionEn\":\"count\",\"unit\":\"person\",\"values\":[{\"from\":\"" + from
            + "\",\"value\":" + value + ",\"source\":\"" + source + "\"}]}}}",
            source);

    private static readonly LocalDate Day = new(2026, 6, 1);

    [Fact]
    public void A_regional_layer_applies_to_its_region_and_the_divisions_inside_it_only()
    {
        ParameterLayer shanghai = Count("310000", 7, "shanghai.json");
        Assert.Equal("shanghai.json", JurisdictionProfile.For(RegionCode.Shanghai).WithLayers(shanghai).Get("x.test.count", Day).Layer);
        Assert.Equal("shanghai.json", JurisdictionProfile.For(RegionCode.Parse("310101")).WithLayers(shanghai).Get("x.test.count", Day).Layer);
        Assert.False(JurisdictionProfile.For(RegionCode.Beijing).WithLayers(shanghai).TryGet("x.test.count", Day, out _));
        Assert.False(JurisdictionProfile.National.WithLayers(shanghai).TryGet("x.test.count", Day, out _));
        Assert.Equal(JurisdictionProfile.National.Layers.Count, JurisdictionProfile.National.WithLayers(shanghai).Layers.Count);
    }

    [Fact]
    public void A_layer_without_a_region_applies_everywhere_and_the_last_layer_given_wins()
    {
        ParameterLayer first = Count(null, 3, "first.json");
        ParameterLayer second = Count(null, 4, "second.json");
        foreach (JurisdictionProfile p in new[] { JurisdictionProfile.National, JurisdictionProfile.For(RegionCode.Beijing) })
        {
            ParameterReading r = p.WithLayers(first, second).Get("x.test.count", Day);
            Assert.Equal((ParameterScalar.FromNumber(4), "second.json"), (r.Value, r.Layer));
            Assert.Equal("first.json", p.WithLayers(second, first).Get("x.test.count", Day).Layer);
        }
    }

    [Fact]
    public void A_higher_layer_without_a_value_in_force_yet_falls_through_to_the_layer_below()
    {
        JurisdictionProfile p = JurisdictionProfile.National.WithLayers(Count(null, 3, "low.json"), Count(null, 9, "high.json", from: "2026-06-02"));
        Assert.Equal("low.json", p.Get("x.test.count", Day).Layer);
        Assert.Equal("high.json", p.Get("x.test.count", Day.PlusDays(1)).Layer);
        Assert.False(p.TryGet("x.test.count", new LocalDate(2019, 12, 31), out _));
        Assert.Equal("high.json", p.Definition("x.test.count")!.Values[0].Source);
    }

    [Fact]
    public void A_value_is_in_force_from_its_first_day()
    {
        JurisdictionProfile p = JurisdictionProfile.National.WithLayers(Count(null, 3, "a.json", from: "2026-06-01"));
        Assert.True(p.TryGet("x.test.count", Day, out ParameterReading r));
        Assert.Equal((Day, "a.json", "person"), (r.From, r.Source, r.Unit));
        Assert.False(p.TryGet("x.test.count", Day.PlusDays(-1), out _));
        ParameterNotInForceException ex = Assert.Throws<ParameterNotInForceException>(() => p.Get("x.test.count", Day.PlusDays(-1)));
        Assert.Contains("x.test.count", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_is_stale_from_the_day_its_adjustment_cycle_ends()
    {
        const string json = """
        {"parameters":{"x.test.wage":{"description":"工资","descriptionEn":"wage","unit":"CNY/month","adjustmentCycleMonths":24,
          "values":[{"from":"2024-03-31","value":2000,"source":"s"}]}}}
        """;
        JurisdictionProfile p = JurisdictionProfile.National.WithLayers(Layer(json, "w.json"));
        ParameterReading fresh = p.Get("x.test.wage", new LocalDate(2026, 3, 30));
        Assert.Null(fresh.StaleSince);
        Assert.False(fresh.IsStale);
        ParameterReading stale = p.Get("x.test.wage", new LocalDate(2026, 3, 31));
        Assert.Equal(new LocalDate(2026, 3, 31), stale.StaleSince);
        Assert.True(stale.IsStale);
        Assert.Null(JurisdictionProfile.National.WithLayers(Count(null, 3, "a.json")).Get("x.test.count", new LocalDate(2100, 1, 1)).StaleSince);
    }

    [Fact]
    public void A_region_is_built_from_the_nation_its_province_and_its_city()
    {
        Assert.Equal(["national", "330000", "330100"], JurisdictionProfile.For(RegionCode.Parse("330100")).Layers.Select(l => l.Name));
        Assert.Equal(["national", "330000"], JurisdictionProfile.For(RegionCode.Parse("330300")).Layers.Select(l => l.Name));
        Assert.Equal(["national"], JurisdictionProfile.For(RegionCode.Parse("130000")).Layers.Select(l => l.Name));
        Assert.Equal(RegionCode.Parse("330100"), JurisdictionProfile.For(RegionCode.Parse("330100")).Region);
        Assert.Null(JurisdictionProfile.National.Region);
    }

    [Fact]
    public void Names_definitions_and_values_in_force_are_listed_once_each_in_order()
    {
        JurisdictionProfile p = JurisdictionProfile.National.WithLayers(
            Count(null, 3, "a.json", name: "zz.test.late", from: "2027-01-01"),
            Count(null, 3, "b.json", name: "aa.test.early"),
            Count(null, 4, "c.json", name: "aa.test.early"));
        Assert.Equal(p.Names.Order(StringComparer.Ordinal), p.Names);
        Assert.Equal(p.Names.Distinct(StringComparer.Ordinal), p.Names);
        Assert.Contains("zz.test.late", p.Names);
        IReadOnlyList<ParameterReading> inForce = p.InForce(Day);
        Assert.DoesNotContain(inForce, r => r.Name == "zz.test.late");
        Assert.Equal("c.json", Assert.Single(inForce, r => r.Name == "aa.test.early").Layer);
        Assert.Equal(inForce.Select(r => r.Name).Order(StringComparer.Ordinal), inForce.Select(r => r.Name));
        Assert.Equal(JurisdictionProfile.National.InForce(Day).Count + 1, inForce.Count);
        Assert.Null(p.Definition("x.test.absent"));
        Assert.Equal(JurisdictionProfile.National.Definition("cc.reply.period"), p.Definition("cc.reply.period"));
    }

    [Fact]
    public void A_calendar_and_layers_each_keep_the_other()
    {
        HolidayCalendar year2040 = HolidayCalendar.Create([HolidayYear.Create(2040, "test", [], [], [])]);
        JurisdictionProfile p = JurisdictionProfile.For(RegionCode.Shanghai);
        Assert.Same(HolidayCalendar.Embedded, p.Calendar);
        Assert.False(p.Calendar.HasYear(2040));
        JurisdictionProfile withCalendar = p.WithCalendar(year2040);
        Assert.True(withCalendar.Calendar.HasYear(2040));
        Assert.Equal([.. p.Calendar.Years, 2040], withCalendar.Calendar.Years);
        Assert.Equal(p.Layers, withCalendar.Layers);
        Assert.Equal(RegionCode.Shanghai, withCalendar.Region);
        JurisdictionProfile both = withCalendar.WithLayers(Count(null, 3, "a.json"));
        Assert.Same(withCalendar.Calendar, both.Calendar);
        Assert.Equal(RegionCode.Shanghai, both.Region);
    }
}
