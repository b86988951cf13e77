using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Union.Domain.Hardship;
using Union.Domain.Serialization;
using Union.Rules.Engine;
using Union.Rules.Hardship;
using Union.Rules.Serialization;

namespace Union.Rules.Tests.Hardship;

/// <summary>The hardship parameter handles against the data, and the citations of the template.</summary>
public sealed class HardshipParameterTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    // Not regional-only, yet without a national value: without them the rules report "not assessed" (a local standard).
    private static readonly string[] LocalStandards = ["standard.subsistenceAllowance.urban", "standard.minimumWage.monthly", "hd.exclusion.perCapitaHousingArea"];

    [Fact]
    public void Every_handle_reads_a_national_value_of_its_kind_unless_only_regions_set_it()
    {
        foreach (Parameter handle in HardshipParameters.All)
        {
            bool national = JurisdictionProfile.National.TryGet(handle.Name, Today, out ParameterReading reading);
            if (handle.IsRegionalOnly || LocalStandards.Contains(handle.Name))
            {
                Assert.False(national, handle.Name);
                continue;
            }

            Assert.True(national, handle.Name);
            bool converts = handle switch
            {
                Parameter<decimal> n => n.TryConvert(reading, out _),
                Parameter<Domain.Common.Ratio> r => r.TryConvert(reading, out _),
                Parameter<IReadOnlyList<string>> l => l.TryConvert(reading, out _),
                _ => false,
            };
            Assert.True(converts, handle.Name + " holds " + reading.Value);
        }
    }

    [Fact]
    public void Every_hd_parameter_in_the_national_data_has_a_handle()
    {
        var handles = HardshipParameters.All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (string name in JurisdictionProfile.National.Names.Where(n => n.StartsWith("hd.", StringComparison.Ordinal)))
        {
            Assert.Contains(name, handles);
        }
    }

    [Fact]
    public void The_lists_use_the_JSON_names_of_the_categories()
    {
        Assert.Equal(Names<IncomeCategory>(DomainJsonContext.Default), HardshipMath.IncomeNames);
        Assert.Equal(Names<ExpenditureCategory>(DomainJsonContext.Default), HardshipMath.ExpenditureNames);
        Assert.Equal(Names<HardshipCategory>(RulesJsonContext.Default), HardshipMath.CategoryNames);
        Assert.Equal(HardshipMath.IncomeNames, HardshipGen.IncomeNames);
        Assert.Equal(HardshipMath.ExpenditureNames, HardshipGen.ExpenditureNames);
        Assert.Equal(
            Enum.GetValues<HardshipExclusions>().Where(e => e != HardshipExclusions.None).Select(e => HardshipParameters.ExclusionBars(e).Name),
            HardshipGen.ExclusionKinds.Select(k => "hd.exclusion." + k + ".bars"));
    }

    [Fact]
    public void The_template_deducts_job_costs_in_the_relative_test_only_and_bars_deep_hardship_only()
    {
        JurisdictionProfile national = JurisdictionProfile.National;
        Assert.True(HardshipParameters.DeepDeductedCategories.TryRead(national, Today, out IReadOnlyList<string> deep));
        Assert.True(HardshipParameters.RelativeDeductedCategories.TryRead(national, Today, out IReadOnlyList<string> relative));
        Assert.DoesNotContain("jobCosts", deep);
        Assert.Contains("jobCosts", relative);
        Assert.Equal(["medical", "disability", "education", "housing", "longTermCare"], deep);
        Assert.Equal([.. deep, "jobCosts"], relative);
        foreach (HardshipExclusions kind in Enum.GetValues<HardshipExclusions>().Where(e => e != HardshipExclusions.None))
        {
            Assert.True(HardshipParameters.ExclusionBars(kind).TryRead(national, Today, out IReadOnlyList<string> bars));
            Assert.Equal(["deep"], bars);
        }

        Assert.True(HardshipParameters.CountedIncomeCategories.TryRead(national, Today, out IReadOnlyList<string> counted));
        Assert.DoesNotContain("residentsBasicPension", counted);
        Assert.DoesNotContain("holidayGift", counted);
        Assert.Contains("unionAid", counted);
        Assert.Equal(10, counted.Count);
    }

    [Fact]
    public void The_counting_words_give_the_template_comparisons()
    {
        // 低于 (< 1 ×, < 2 ×: 低于 decides over 以内), 超过 (> 4/5: 超过 decides over 以上), 以上 (≥ 1 year, ≥ 2 homes).
        JurisdictionProfile national = JurisdictionProfile.National;
        Assert.Equal(Domain.Common.Comparison.LessThan, national.Get(HardshipParameters.DeepMultiplier.Name, Today).Comparison);
        Assert.Equal(Domain.Common.Comparison.LessThan, national.Get(HardshipParameters.RelativeMultiplier.Name, Today).Comparison);
        Assert.Equal(Domain.Common.Comparison.MoreThan, national.Get(HardshipParameters.AccidentLossRatio.Name, Today).Comparison);
        Assert.Equal(Domain.Common.Comparison.AtLeast, national.Get(HardshipParameters.MigrantMinEmploymentYears.Name, Today).Comparison);
        Assert.Equal(Domain.Common.Comparison.AtLeast, national.Get(HardshipParameters.MinHomes.Name, Today).Comparison);
        Assert.Contains("以内", EmbeddedParameters.National.Parameters[HardshipParameters.RelativeMultiplier.Name].Values[^1].Note);
        Assert.Contains("以上", EmbeddedParameters.National.Parameters[HardshipParameters.AccidentLossRatio.Name].Values[^1].Note);
    }

    [Fact]
    public void Every_template_value_names_a_registered_text_and_the_rules_cite_no_invented_title()
    {
        foreach (Parameter handle in HardshipParameters.All)
        {
            if (!JurisdictionProfile.National.TryGet(handle.Name, Today, out ParameterReading reading))
            {
                continue;
            }

            LegalInstrument? instrument = Instruments.FindByTitle(reading.Source);
            Assert.True(instrument is not null, handle.Name + ": " + reading.Source);
            Assert.NotEqual(Instruments.HardshipLocalRules, instrument);
            Assert.NotEqual(Instruments.AcftuRules, instrument);
        }

        foreach (IRule rule in HardshipEngine.DefaultRules.Rules)
        {
            Assert.All(rule.Citations, c => Assert.NotEqual(Instruments.HardshipLocalRules, c.Instrument));
            Assert.All(rule.Citations, c => Assert.NotEqual(Instruments.AcftuRules, c.Instrument));
            Assert.Contains(rule.Citations[0].Instrument, Instruments.All);
        }

        Assert.Equal(Instruments.AcftuAssistanceNotice2022, Instruments.FindByTitle("关于做好疫情期间常态化送温暖和帮扶工作有关事项的通知"));
    }

    [Fact]
    public void A_finding_cites_the_text_its_deciding_value_comes_from()
    {
        var c = Union.Rules.Tests.Cases.LegalCase.Named("Hardship", "HD-ACCIDENT", "losses one fen above 80 %: accident-induced").Prepare(HardshipDomain.Default);
        HardshipAssessment a = HardshipEngine.Default.Assess(c.Document, c.AsOf, c.Profile);
        Finding accident = a.Report.Findings.First(f => f.Code == "HD-ACCIDENT");
        Assert.Equal(Instruments.QingdaoHardshipConditions, accident.Citation.Instrument);
        Assert.Equal(Instruments.QingdaoHardshipConditions, Instruments.FindByTitle(JurisdictionProfile.National.Get(HardshipParameters.AccidentLossRatio.Name, c.AsOf).Source));
        Finding rigid = a.Report.Findings.First(f => f.Code == "HD-RIGID");
        Assert.Equal(Instruments.XingtaiHardshipStandard2021, rigid.Citation.Instrument);
    }

    [Fact]
    public void A_regional_value_with_an_article_is_cited_before_the_template()
    {
        var c = Union.Rules.Tests.Cases.LegalCase.Named("Hardship", "HD-RELATIVE", "one fen below 2 x 低保: relative").Prepare(HardshipDomain.Default);
        const string json = """
        { "description": "test-regional", "parameters": {
          "hd.relative.multiplier": { "description": "相对困难倍数", "descriptionEn": "multiple", "unit": "multiple", "comparison": "lessThan",
            "values": [ { "from": "2020-01-01", "value": 2, "source": "劳动法 第十五条" } ] } } }
        """;
        JurisdictionProfile profile = c.Profile.WithLayers(ParameterLayer.Parse(json, "test-regional").Value!);
        Finding relative = HardshipEngine.Default.Assess(c.Document, c.AsOf, profile).Report.Findings.First(f => f.Code == "HD-RELATIVE");
        Assert.Equal(Instruments.LabourLaw, relative.Citation.Instrument);
        Assert.Equal(15, relative.Citation.Article);
    }

    private static string[] Names<T>(System.Text.Json.Serialization.JsonSerializerContext context)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => JsonSerializer.Serialize(v, (JsonTypeInfo<T>)context.GetTypeInfo(typeof(T))!).Trim('"')).ToArray();
}
