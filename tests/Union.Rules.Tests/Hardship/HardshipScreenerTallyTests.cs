using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>
/// The screener's household tallies and buffers: every household counted once in its category's slot, the not-assessed slot
/// last, counters added to, buffers checked; and why a household was not assessed.
/// </summary>
public sealed class HardshipScreenerTallyTests
{
    private static readonly LocalDate AsOf = new(2025, 6, 30);

    private static HouseholdSnapshot[] Households(HardshipScreener screener, int count) =>
        [.. HardshipPopulation.Generate(count, seed: 7).Select(screener.Snapshot)];

    [Fact]
    public void Count_tallies_each_household_once_in_its_category_and_adds_to_the_counters()
    {
        HardshipScreener beijing = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Beijing), AsOf);
        HouseholdSnapshot[] households = Households(beijing, 2000);
        long[] expected = new long[5];
        foreach (HouseholdSnapshot h in households)
        {
            ScreeningResult r = beijing.Screen(h);
            expected[r.IsAssessed ? (int)r.Category : 4]++;
        }

        long[] counts = [10, 20, 30, 40, 50];
        beijing.Count(households, counts);
        Assert.Equal([expected[0] + 10, expected[1] + 20, expected[2] + 30, expected[3] + 40, expected[4] + 50], counts);
        Assert.Equal(2000 + 150, counts.Sum());
        Assert.True(expected[(int)HardshipCategory.Deep] > 0, "the population has deep-hardship households");
        Assert.True(expected[(int)HardshipCategory.Relative] > 0, "the population has relative-hardship households");
        Assert.True(expected[(int)HardshipCategory.None] > 0, "the population has households in no category");
        Assert.Throws<ArgumentException>(() => beijing.Count(households, new long[4]));
    }

    [Fact]
    public void National_profile_without_a_subsistence_allowance_counts_every_household_as_not_assessed_and_says_why()
    {
        HardshipScreener national = HardshipScreener.Create(JurisdictionProfile.National, AsOf);
        HouseholdSnapshot[] households = Households(national, 50);
        long[] counts = new long[5];
        national.Count(households, counts);
        Assert.Equal([0L, 0L, 0L, 0L, 50L], counts);
        Assert.NotEmpty(national.MissingParameters);
        IReadOnlyList<string> missing = national.Missing(households[0]);
        Assert.All(national.MissingParameters, p => Assert.Contains(p, missing));
        Assert.Equal(missing.Distinct(StringComparer.Ordinal).Count(), missing.Count);
    }

    [Fact]
    public void Screen_into_a_buffer_gives_result_i_for_household_i_and_refuses_a_short_buffer()
    {
        HardshipScreener beijing = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Beijing), AsOf);
        HouseholdSnapshot[] households = Households(beijing, 300);
        var results = new ScreeningResult[301];
        beijing.Screen(households, results);
        for (int i = 0; i < households.Length; i++)
        {
            Assert.Equal(beijing.Screen(households[i]), results[i]);
            if (results[i].IsAssessed)
            {
                Assert.Empty(beijing.Missing(households[i]));
            }
        }

        Assert.Equal(default, results[300]);
        Assert.Throws<ArgumentException>(() => beijing.Screen(households, new ScreeningResult[299]));
        Assert.Equal(results.Take(300), beijing.ScreenMany(HardshipPopulation.Generate(300, seed: 7)));
    }

    [Fact]
    public async Task ScreenManyAsync_gives_the_same_results_in_order()
    {
        HardshipScreener beijing = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Beijing), AsOf);
        var expected = beijing.ScreenMany(HardshipPopulation.Generate(100, seed: 3)).ToArray();
        var actual = new List<ScreeningResult>();
        await foreach (ScreeningResult r in beijing.ScreenManyAsync(HardshipPopulation.Generate(100, seed: 3).ToAsyncEnumerable()))
        {
            actual.Add(r);
        }

        Assert.Equal(expected, actual);
    }

    private static HouseholdSnapshot Snapshot(int size, int imputable, MembershipState membership) =>
        new(12000m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, size, imputable, membership, HouseholdCircumstances.SeriousIllnessOrDisability, HardshipExclusions.None);

    [Fact]
    public void Missing_names_the_members_and_the_membership_each_only_when_it_is_what_is_missing()
    {
        HardshipScreener beijing = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Beijing), AsOf);
        Assert.Empty(beijing.Missing(Snapshot(3, 0, MembershipState.Eligible)));
        Assert.Empty(beijing.Missing(Snapshot(3, 1, MembershipState.NotEligible)));
        Assert.Equal(["$.members"], beijing.Missing(Snapshot(0, 0, MembershipState.Eligible)));
        Assert.Equal(["$.members"], beijing.Missing(Snapshot(0, 1, MembershipState.Eligible)));
        Assert.Equal(["HD-MEMBER"], beijing.Missing(Snapshot(3, 0, MembershipState.Unknown)));
        Assert.Equal(["$.members", "HD-MEMBER"], beijing.Missing(Snapshot(0, 0, MembershipState.Unknown)));
    }

    [Fact]
    public void Without_a_minimum_wage_only_a_household_with_an_able_member_out_of_work_misses_it()
    {
        ParameterLayer layer = LabourStandards.SeparationProfiles.Layer("""
            { "parameters": { "standard.subsistenceAllowance.urban": { "description": "低保（测试值）", "descriptionEn": "test value",
              "unit": "CNY/person/month", "values": [ { "from": "2020-01-01", "value": 1000, "source": "test layer" } ] } } }
            """);
        HardshipScreener screener = HardshipScreener.Create(JurisdictionProfile.National.WithLayers(layer), AsOf);
        Assert.True(screener.Screen(Snapshot(3, 0, MembershipState.Eligible)).IsAssessed);
        Assert.Empty(screener.Missing(Snapshot(3, 0, MembershipState.Eligible)));
        Assert.False(screener.Screen(Snapshot(3, 1, MembershipState.Eligible)).IsAssessed);
        Assert.Equal(["standard.minimumWage.monthly"], screener.Missing(Snapshot(3, 1, MembershipState.Eligible)));
        Assert.Equal(["$.members"], screener.Missing(Snapshot(0, 0, MembershipState.Eligible)));
    }

    [Fact]
    public void An_exclusion_whose_bars_cannot_be_read_leaves_only_a_household_it_hits_unassessed_and_names_the_list()
    {
        ParameterLayer layer = LabourStandards.SeparationProfiles.Layer("""
            { "parameters": { "hd.exclusion.vehicle.bars": { "description": "排除情形（测试值）", "descriptionEn": "test value", "unit": "list",
              "values": [ { "from": "2020-01-01", "value": "deep,noSuchCategory", "source": "test layer" } ] } } }
            """);
        HardshipScreener screener = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Beijing).WithLayers(layer), AsOf);
        Assert.Empty(screener.MissingParameters);
        HouseholdSnapshot Hit(HardshipExclusions exclusions) =>
            new(12000m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 3, 0, MembershipState.Eligible, HouseholdCircumstances.SeriousIllnessOrDisability, exclusions);

        Assert.True(screener.Screen(Hit(HardshipExclusions.None)).IsAssessed);
        Assert.True(screener.Screen(Hit(HardshipExclusions.Homes)).IsAssessed);
        Assert.False(screener.Screen(Hit(HardshipExclusions.Vehicle)).IsAssessed);
        Assert.Equal(["hd.exclusion.vehicle.bars"], screener.Missing(Hit(HardshipExclusions.Vehicle)));
        Assert.Equal(["hd.exclusion.vehicle.bars"], screener.Missing(Hit(HardshipExclusions.Vehicle | HardshipExclusions.Homes)));
        Assert.Equal(["$.members", "hd.exclusion.vehicle.bars"], screener.Missing(Snapshot(0, 0, MembershipState.Eligible) with { Exclusions = HardshipExclusions.Vehicle }));
    }
}
