using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>
/// HD-EXCLUDED says whether every exclusion it had to check could be checked (<see cref="HardshipFacts.ExclusionsAssessed"/>):
/// an asset it cannot weigh without a parameter leaves it unassessed, a household without that asset does not, and nothing is
/// read for an asset the household does not have. HD-ASSISTANCE is not assessed when the category is not, and a medical
/// expenditure of nothing is no illness.
/// </summary>
public sealed class HardshipExclusionAssessmentTests
{
    private static readonly LocalDate Day = new(2025, 3, 1);

    /// <summary>Before 2021-01-01 no fee ratio, number of homes or upper working age is in force nationally.</summary>
    private static readonly LocalDate Before2021 = new(2020, 6, 1);

    private static readonly HardshipApplication Household = HardshipExamples.Household with
    {
        Assets = new HouseholdAssets(),
        Members = [.. HardshipExamples.Household.Members.Select(m => m with { RefusesWork = false })],
    };

    private sealed record Run(HardshipFacts Facts, RuleContext Context, List<Finding> Findings)
    {
        public TraceNode Node => Context.Build()!;
    }

    private static Run Exclusions(HardshipApplication application, LocalDate day, JurisdictionProfile? profile = null)
    {
        var facts = new HardshipFacts(application with { ApplicationDate = day });
        List<Finding> findings = [];
        var rule = new NoExclusionAppliesRule();
        var context = new RuleContext(rule, day, profile ?? JurisdictionProfile.National, true, findings, []);
        rule.Evaluate(facts, context);
        return new Run(facts, context, findings);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2020)]
    public void A_household_with_nothing_to_weigh_is_assessed_and_reads_nothing_whatever_is_in_force(int year)
    {
        Run run = Exclusions(Household, year == 2025 ? Day : Before2021);
        Assert.True(run.Facts.ExclusionsAssessed);
        Assert.Equal(HardshipExclusions.None, run.Facts.Exclusions);
        Assert.Empty(run.Findings);
        Assert.Equal(RuleStatus.Computed, run.Context.Status);     // the exclusions output; nothing worse
        Assert.Empty(run.Node.Parameters);
        Assert.DoesNotContain(run.Node.Facts, f => f.Name == "homes");
        Assert.Empty(run.Node.Comparisons);
    }

    [Fact]
    public void A_private_school_without_a_fee_ratio_in_force_leaves_the_exclusions_unassessed()
    {
        HardshipApplication school = Household with
        {
            Assets = new HouseholdAssets { PrivateSchools = [new PrivateSchooling { Fee = Money.FromYuan(30000m), PublicFee = Money.FromYuan(1000m) }] },
        };
        Run run = Exclusions(school, Before2021);
        Assert.False(run.Facts.ExclusionsAssessed);
        Finding f = Assert.Single(run.Findings);
        Assert.Equal(("engine.parameterMissing", "hd.exclusion.privateSchoolFeeRatio"), (f.MessageKey, f.Argument("parameter")));
        Assert.True(Exclusions(school, Day).Facts.ExclusionsAssessed);
    }

    [Fact]
    public void Homes_without_a_number_of_homes_in_force_leave_the_exclusions_unassessed()
    {
        HardshipApplication homes = Household with { Assets = new HouseholdAssets { Homes = [new Home { Area = 90m }, new Home { Area = 60m }] } };
        Run run = Exclusions(homes, Before2021);
        Assert.False(run.Facts.ExclusionsAssessed);
        Assert.Equal("hd.exclusion.minHomes", Assert.Single(run.Findings).Argument("parameter"));
    }

    [Fact]
    public void Enough_homes_without_a_housing_area_limit_leave_the_exclusions_unassessed_and_one_home_does_not()
    {
        // Nationally two homes are enough to weigh the area, and no per-head area limit is set.
        HardshipApplication two = Household with { Assets = new HouseholdAssets { Homes = [new Home { Area = 90m }, new Home { Area = 60m }] } };
        Run run = Exclusions(two, Day);
        Assert.False(run.Facts.ExclusionsAssessed);
        Assert.Equal("hd.exclusion.perCapitaHousingArea", Assert.Single(run.Findings).Argument("parameter"));
        Assert.Equal(HardshipExclusions.None, run.Facts.Exclusions);

        Run one = Exclusions(Household with { Assets = new HouseholdAssets { Homes = [new Home { Area = 90m }] } }, Day);
        Assert.True(one.Facts.ExclusionsAssessed);
        Assert.Empty(one.Findings);
    }

    [Fact]
    public void A_member_refusing_work_without_a_working_age_in_force_leaves_the_exclusions_unassessed()
    {
        HardshipApplication refusing = Household with
        {
            Members = [.. Household.Members.Select((m, i) => i == 0 ? m with { RefusesWork = true, UnableToWork = false } : m)],
        };
        Run run = Exclusions(refusing, Before2021);
        Assert.False(run.Facts.ExclusionsAssessed);
        Assert.Equal("hd.workingAge.until", Assert.Single(run.Findings).Argument("parameter"));
        Run now = Exclusions(refusing, Day);
        Assert.True(now.Facts.ExclusionsAssessed);
        Assert.Equal(HardshipExclusions.RefusesWork, now.Facts.Exclusions);
    }

    [Fact]
    public void Assistance_is_not_assessed_when_the_category_is_not()
    {
        // Nationally no 低保 is in force, so no category can be decided.
        RuleReport report = HardshipEngine.Default.Assess(HardshipExamples.Household, Day, JurisdictionProfile.National).Report;
        Assert.Equal(RuleStatus.NotAssessed, report.NodeFor("HD-ASSISTANCE")!.Status);
        Finding f = Assert.Single(report.For("HD-ASSISTANCE"));
        Assert.Equal(("HD.prerequisiteMissing", "HD-PER-CAPITA"), (f.MessageKey, f.Argument("rule")));
    }

    [Fact]
    public void A_medical_expenditure_of_nothing_is_no_illness_and_one_fen_is()
    {
        HardshipApplication example = HardshipExamples.Household;
        HardshipApplication healthy = example with
        {
            Members = [.. example.Members.Select(m => m with { SeriousIllness = false })],
            Expenditures = [.. example.Expenditures.Select(e => e.Category == ExpenditureCategory.Medical ? e with { Amount = Money.Zero } : e)],
        };
        JurisdictionProfile beijing = JurisdictionProfile.For(RegionCode.Beijing);
        string[] none = [.. HardshipEngine.Default.Assess(healthy, Day, beijing).Report.For("HD-ASSISTANCE").Select(f => f.MessageKey)];
        Assert.Contains("HD-ASSISTANCE.LivingAid", none);
        Assert.DoesNotContain("HD-ASSISTANCE.MedicalAid", none);

        HardshipApplication oneFen = healthy with
        {
            Expenditures = [.. example.Expenditures.Select(e => e.Category == ExpenditureCategory.Medical ? e with { Amount = Money.FromYuan(0.01m) } : e)],
        };
        Assert.Contains("HD-ASSISTANCE.MedicalAid", HardshipEngine.Default.Assess(oneFen, Day, beijing).Report.For("HD-ASSISTANCE").Select(f => f.MessageKey));
    }
}
