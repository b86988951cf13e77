using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>The labour-standard handles against the data, and each region's list of excluded contributions against its notice.</summary>
public sealed class LabourStandardParameterTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    private static readonly string[] Prefixes = ["hours.", "overtime.", "wage.", "probation.", "dispatch.", "standard.", "ls."];

    // Regional standards: no national value, yet not regional-only (without one the comparison is not assessed).
    private static readonly string[] LocalStandards =
    [
        "standard.minimumWage.monthly", "standard.minimumWage.hourly", "standard.minimumWage.excludedContributions",
        "standard.subsistenceAllowance.urban", "standard.averageMonthlyWage.fullCaliber",
    ];

    private static IEnumerable<ParameterLayer> AllLayers() => [EmbeddedParameters.National, .. EmbeddedParameters.Regions.Values];

    [Fact]
    public void Every_labour_standard_name_the_data_holds_has_a_handle()
    {
        var handles = LabourStandardParameters.All.Concat(SeparationParameters.All).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var names = AllLayers().SelectMany(l => l.Parameters.Keys).Distinct(StringComparer.Ordinal).ToArray();
        Assert.Contains("standard.minimumWage.excludedContributions", names);
        foreach (string name in names.Where(n => Prefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)) || n.EndsWith(".wageFloor.comparison", StringComparison.Ordinal)))
        {
            Assert.True(handles.Contains(name), name + " has no handle");
        }

        Assert.Equal(handles.Count, LabourStandardParameters.All.Count + SeparationParameters.All.Count);
    }

    [Fact]
    public void Every_handle_reads_a_value_of_its_kind_nationally_unless_only_regions_or_local_standards_set_it()
    {
        foreach (Parameter handle in LabourStandardParameters.All)
        {
            bool national = JurisdictionProfile.National.TryGet(handle.Name, Today, out ParameterReading reading);
            if (handle.IsRegionalOnly || LocalStandards.Contains(handle.Name))
            {
                Assert.False(national, handle.Name);
                Assert.Contains(EmbeddedParameters.Regions.Values, l => l.Parameters.ContainsKey(handle.Name));
                continue;
            }

            Assert.True(national, handle.Name);
            Assert.True(Converts(handle, reading), handle.Name + " holds " + reading.Value);
        }
    }

    [Fact]
    public void Every_regional_value_of_a_handle_converts()
    {
        foreach ((RegionCode code, ParameterLayer layer) in EmbeddedParameters.Regions)
        {
            foreach (Parameter handle in LabourStandardParameters.All.Where(h => layer.Parameters.ContainsKey(h.Name)))
            {
                foreach (ParameterValue v in layer.Parameters[handle.Name].Values)
                {
                    ParameterReading reading = JurisdictionProfile.For(code).Get(handle.Name, v.From);
                    Assert.True(Converts(handle, reading), $"{code} {handle.Name} {v.From}: {reading.Value}");
                }
            }
        }
    }

    [Fact]
    public void No_region_keeps_the_old_yes_no_flag()
    {
        Assert.DoesNotContain(AllLayers(), l => l.Parameters.ContainsKey("standard.minimumWage.excludesEmployeeContributions"));
    }

    [Theory]
    [InlineData("110000", "2021-08-01", "pension,medical,unemployment,housingFund", "关于调整北京市2021年最低工资标准的通知")]
    [InlineData("110000", "2023-09-01", "pension,medical,unemployment,housingFund", "京人社劳发〔2023〕20号")]
    [InlineData("110000", "2025-09-01", "pension,medical,unemployment,housingFund", "京人社劳发〔2025〕7号")]
    [InlineData("310000", "2021-07-01", "pension,medical,unemployment,housingFund", "关于调整本市最低工资标准的通知")]
    [InlineData("310000", "2025-07-01", "pension,medical,unemployment,housingFund", "沪人社规〔2025〕10号")]
    [InlineData("320100", "2024-01-01", "housingFund", "苏人社规〔2023〕4号")]
    [InlineData("440100", "2021-12-01", "", "广东省人民政府关于调整我省最低工资标准的通知")]
    [InlineData("440100", "2026-09-01", "", "粤府函〔2026〕188号")]
    [InlineData("440300", "2022-01-01", "", "广东省人民政府关于调整我省最低工资标准的通知")]
    [InlineData("440300", "2025-03-01", "", "粤府函〔2025〕23号")]
    [InlineData("500000", "2025-01-01", "", "渝人社发〔2024〕22号")]
    public void Each_region_excludes_the_contributions_its_notice_names(string region, string from, string kinds, string source)
    {
        LocalDate date = NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value;
        JurisdictionProfile profile = JurisdictionProfile.For(RegionCode.Parse(region));
        Assert.True(LabourStandardParameters.MinimumWageExcludedContributions.TryRead(profile, date, out IReadOnlyList<string> names));
        Assert.Equal(kinds, string.Join(",", names));
        ParameterReading reading = profile.Get(LabourStandardParameters.MinimumWageExcludedContributions.Name, date);
        Assert.Equal(date, reading.From);
        Assert.Equal(region, reading.Layer);
        Assert.StartsWith(source, reading.Source, StringComparison.Ordinal);
        Assert.Equal("list", reading.Unit);
        Assert.True(ContributionKinds.TryParse(names, out _, out _));

        // The value comes with the standard it describes: on the day before, an earlier list (if any) is the earlier notice's.
        LocalDate before = date.PlusDays(-1);
        if (profile.TryGet(reading.Name, before, out ParameterReading earlierList))
        {
            Assert.Equal(profile.Get(LabourStandardParameters.MinimumWageMonthly.Name, before).From, earlierList.From);
        }
    }

    [Theory]
    [InlineData("330100")]
    [InlineData("370100")]
    [InlineData("440000")]
    [InlineData("120000")]
    public void Where_the_notice_held_does_not_say_the_region_has_no_list(string region)
    {
        Assert.False(JurisdictionProfile.For(RegionCode.Parse(region)).TryGet(LabourStandardParameters.MinimumWageExcludedContributions.Name, Today, out _));
    }

    [Fact]
    public void Chongqing_has_no_list_before_its_2024_notice()
    {
        JurisdictionProfile cq = JurisdictionProfile.For(RegionCode.Parse("500000"));
        Assert.True(cq.TryGet(LabourStandardParameters.MinimumWageMonthly.Name, new LocalDate(2024, 12, 31), out _));
        Assert.False(cq.TryGet(LabourStandardParameters.MinimumWageExcludedContributions.Name, new LocalDate(2024, 12, 31), out _));
    }

    [Theory]
    [InlineData(null, "atLeast", "劳动合同法")]
    [InlineData("330000", "moreThan", "浙江省集体合同条例")]
    [InlineData("330100", "moreThan", "浙江省集体合同条例")]
    public void The_collective_contract_floor_is_above_the_minimum_in_Zhejiang(string? region, string choice, string source)
    {
        JurisdictionProfile profile = region is null ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        Assert.True(LabourStandardParameters.CollectiveContractWageFloorComparison.TryRead(profile, Today, out string value));
        Assert.Equal(choice, value);
        Assert.StartsWith(source, profile.Get(LabourStandardParameters.CollectiveContractWageFloorComparison.Name, Today).Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "atLeast", "劳动合同法")]
    [InlineData("330000", "moreThan", "浙江省集体合同条例")]
    [InlineData("330100", "moreThan", "杭州市企业工资集体协商条例 第十一条")]
    public void The_wage_agreement_floor_is_above_the_minimum_in_Zhejiang_and_Hangzhou(string? region, string choice, string source)
    {
        JurisdictionProfile profile = region is null ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        Assert.True(LabourStandardParameters.WageAgreementWageFloorComparison.TryRead(profile, Today, out string value));
        Assert.Equal(choice, value);
        Assert.StartsWith(source, profile.Get(LabourStandardParameters.WageAgreementWageFloorComparison.Name, Today).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_names_of_kinds_are_their_JSON_names()
    {
        foreach (PayComponentKind kind in Enum.GetValues<PayComponentKind>())
        {
            Assert.Equal(JsonName(kind), PayComponentNames.Name(kind));
            Assert.True(PayComponentNames.TryParse([PayComponentNames.Name(kind)], out IReadOnlyList<PayComponentKind> parsed, out _));
            Assert.Equal([kind], parsed);
        }

        foreach (EmployeeContributionKind kind in Enum.GetValues<EmployeeContributionKind>())
        {
            Assert.Equal(JsonName(kind), ContributionKinds.Name(kind));
        }

        Assert.False(PayComponentNames.TryParse(["overtimePay", "yearEndBonus"], out _, out string? unknown));
        Assert.Equal("yearEndBonus", unknown);
        Assert.False(ContributionKinds.TryParse(["pension", "workInjury"], out _, out unknown));
        Assert.Equal("workInjury", unknown);
    }

    [Fact]
    public void The_dispatch_handles_read_their_national_values()
    {
        Assert.True(LabourStandardParameters.DispatchMaxRatio.TryRead(JurisdictionProfile.National, Today, out Ratio ratio));
        Assert.Equal(Ratio.Of(1, 10), ratio);
        Assert.True(LabourStandardParameters.DispatchTemporaryPostMax.TryRead(JurisdictionProfile.National, Today, out LegalPeriod period));
        Assert.Equal(LegalPeriod.Months(6), period);
    }

    private static bool Converts(Parameter handle, ParameterReading reading) => handle switch
    {
        Parameter<decimal> n => n.TryConvert(reading, out _),
        Parameter<Ratio> r => r.TryConvert(reading, out _),
        Parameter<LegalPeriod> p => p.TryConvert(reading, out _),
        Parameter<bool> f => f.TryConvert(reading, out _),
        Parameter<string> c => c.TryConvert(reading, out _),
        Parameter<IReadOnlyList<string>> l => l.TryConvert(reading, out _),
        _ => false,
    };

    private static string JsonName<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())!.GetCustomAttributes(typeof(JsonStringEnumMemberNameAttribute), false).Cast<JsonStringEnumMemberNameAttribute>().Single().Name;
}
