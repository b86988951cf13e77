using NodaTime;
using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.WorkersCongress;

namespace Union.Rules.Tests.WorkersCongress;

/// <summary>The workers'-congress handles against the data: every wc.* value is read by a rule or listed as reference-only.</summary>
public sealed class CongressParameterTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    private static readonly string[] Regions = ["310000", "330000", "330100", "330200"];

    [Fact]
    public void Every_handle_reads_a_national_value_of_its_kind_unless_only_regions_set_it()
    {
        foreach (Parameter handle in WorkersCongressParameters.All)
        {
            bool national = JurisdictionProfile.National.TryGet(handle.Name, Today, out ParameterReading reading);
            Assert.True(national != handle.IsRegionalOnly, handle.Name);
            if (national)
            {
                Assert.True(Converts(handle, reading), handle.Name + " holds " + reading.Value);
            }
        }
    }

    [Fact]
    public void Every_wc_value_of_every_region_is_read_by_a_handle_of_its_kind_or_listed_as_reference_only()
    {
        var handles = WorkersCongressParameters.All.ToDictionary(p => p.Name, StringComparer.Ordinal);
        Assert.Empty(handles.Keys.Intersect(WorkersCongressParameters.ReferenceOnly));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JurisdictionProfile profile in Regions.Select(r => JurisdictionProfile.For(RegionCode.Parse(r))).Prepend(JurisdictionProfile.National))
        {
            foreach (string name in profile.Names.Where(n => n.StartsWith("wc.", StringComparison.Ordinal)))
            {
                seen.Add(name);
                if (handles.TryGetValue(name, out Parameter? handle))
                {
                    Assert.True(Converts(handle, profile.Get(name, Today)), $"{profile.Region} {name}");
                }
                else
                {
                    Assert.Contains(name, WorkersCongressParameters.ReferenceOnly);
                }
            }
        }

        Assert.Subset(seen, WorkersCongressParameters.ReferenceOnly.ToHashSet(StringComparer.Ordinal));
        Assert.Subset(seen, handles.Keys.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Shanghai_lets_a_large_group_raise_the_managers_share_from_the_2017_text()
    {
        JurisdictionProfile sh = JurisdictionProfile.For(RegionCode.Shanghai);
        ParameterReading r = sh.Get("wc.managers.groupMayExceed", Today);
        Assert.Equal(ParameterScalar.FromBoolean(true), r.Value);
        Assert.Equal("boolean", r.Unit);
        Assert.Null(r.Comparison);
        Assert.Equal("310000", r.Layer);
        Assert.StartsWith("上海市职工代表大会条例", r.Source, StringComparison.Ordinal);
        Assert.Contains("第十六条第一款", r.Source, StringComparison.Ordinal);
        Assert.Same(Instruments.ShanghaiWorkersCongressRegulations, Instruments.FindByTitle(r.Source));
        Assert.False(sh.TryGet("wc.managers.groupMayExceed", new LocalDate(2017, 11, 22), out _));
        Assert.False(JurisdictionProfile.National.TryGet("wc.managers.groupMayExceed", Today, out _));
        Assert.False(JurisdictionProfile.For(RegionCode.Parse("330000")).TryGet("wc.managers.groupMayExceed", Today, out _));
    }

    [Fact]
    public void The_national_pass_ratio_cites_article_20_and_excludes_exactly_half()
    {
        ParameterReading r = JurisdictionProfile.National.Get("wc.pass.ratio", Today);
        Assert.Equal("企业民主管理规定 第二十条", r.Source);
        Assert.Equal(Comparison.MoreThan, r.Comparison);
        Assert.Equal(Comparison.AtLeast, JurisdictionProfile.For(RegionCode.Shanghai).Get("wc.pass.ratio", Today).Comparison);
        Assert.Equal(Comparison.MoreThan, JurisdictionProfile.For(RegionCode.Parse("330100")).Get("wc.pass.ratio", Today).Comparison);
    }

    [Fact]
    public void The_frequency_is_a_period_of_twelve_months_everywhere()
    {
        foreach (JurisdictionProfile profile in Regions.Select(r => JurisdictionProfile.For(RegionCode.Parse(r))).Prepend(JurisdictionProfile.National))
        {
            Assert.True(WorkersCongressParameters.FrequencyMonths.TryRead(profile, Today, out LegalPeriod period));
            Assert.Equal(LegalPeriod.Months(12), period);
        }
    }

    [Theory]
    [InlineData("310000", 0, 30)]
    [InlineData("310000", 99, 30)]
    [InlineData("310000", 100, 30)]
    [InlineData("310000", 199, 30)]
    [InlineData("310000", 200, 35)]
    [InlineData("310000", 2999, 170)]
    [InlineData("310000", 3000, 175)]
    [InlineData("310000", 10_000_000, 175)]
    [InlineData("330000", 99, 30)]
    [InlineData("330000", 100, 30)]
    [InlineData("330000", 101, 40)]
    [InlineData("330000", 150, 40)]
    [InlineData("330000", 199, 40)]
    [InlineData("330000", 200, 47)]
    [InlineData("330000", 999, 96)]
    [InlineData("330000", 1000, 100)]
    [InlineData("330000", 1001, 100)]
    [InlineData("330000", 1999, 100)]
    [InlineData("330000", 2000, 120)]
    [InlineData("330000", 4999, 160)]
    [InlineData("330000", 5000, 200)]
    public void The_tiers_give_the_fewest_delegates(string region, int headcount, int fewest)
    {
        Assert.True(WorkersCongressParameters.DelegatesByHeadcount.TryRead(JurisdictionProfile.For(RegionCode.Parse(region)), Today, out IReadOnlyList<string> tiers));
        Assert.True(DelegateTiers.TryMinimum(tiers, headcount, out long minimum, out bool wellFormed));
        Assert.True(wellFormed);
        Assert.Equal(fewest, minimum);
    }

    [Theory]
    [InlineData("100:30,x:40", false, false)]
    [InlineData("100:-30", false, false)]
    [InlineData("100", false, false)]
    [InlineData("100:30", true, false)]
    [InlineData("50:30", true, true)]
    public void Tiers_that_do_not_read_or_do_not_cover_the_headcount_are_told_apart(string text, bool wellFormed, bool covered)
    {
        string[] tiers = text.Split(',');
        Assert.Equal(covered, DelegateTiers.TryMinimum(tiers, 60, out _, out bool ok));
        Assert.Equal(wellFormed, ok);
    }

    private static bool Converts(Parameter handle, ParameterReading reading) => handle switch
    {
        Parameter<decimal> n => n.TryConvert(reading, out _),
        Parameter<Ratio> r => r.TryConvert(reading, out _),
        Parameter<LegalPeriod> p => p.TryConvert(reading, out _),
        Parameter<bool> f => f.TryConvert(reading, out _),
        Parameter<IReadOnlyList<string>> l => l.TryConvert(reading, out _),
        _ => false,
    };
}
