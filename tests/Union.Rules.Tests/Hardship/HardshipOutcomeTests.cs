using System.Globalization;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>
/// <see cref="HardshipDomain.OutcomeOf"/>: the category (or "not assessed"), the per-head income with the figures it is worked
/// from, the relative test's own per-head income only when it deducts differently, each exclusion and each kind of assistance,
/// each item with the code that decided it; and the region and date a review reads from an application.
/// </summary>
public sealed class HardshipOutcomeTests
{
    private static readonly JurisdictionProfile Beijing = JurisdictionProfile.For(RegionCode.Beijing);

    private static string Line(OutcomeItem i) =>
        $"{i.Name}={i.Value} [{i.MessageKey}] {i.Code} ({string.Join(", ", i.Arguments.Select(a => a.Key + "=" + a.Value))})";

    private static string Money2(decimal d) => RuleContext.Format(d)!;

    [Fact]
    public void Every_item_of_each_assessment_of_the_population_says_what_the_assessment_says()
    {
        int relativeItems = 0, exclusionItems = 0, assistanceItems = 0, notAssessed = 0;
        foreach (HardshipApplication a in HardshipPopulation.Generate(400))
        {
            foreach (JurisdictionProfile profile in new[] { Beijing, JurisdictionProfile.National })
            {
                HardshipAssessment r = HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, profile, trace: false);
                var expected = new List<string>();
                string category = r.IsAssessed ? JsonName(r.Category.ToString()) : "notAssessed";
                notAssessed += r.IsAssessed ? 0 : 1;
                expected.Add($"category={category} [outcome.category.{category}] HD-DEEP ()");
                if (r.PerCapita is { } pc)
                {
                    string v = pc.PerHeadMonthly.ToString("0.00", CultureInfo.InvariantCulture);
                    expected.Add($"perHeadMonthly={v} [outcome.perHeadMonthly] HD-PER-CAPITA (value={v}, counted={Money2(pc.CountedIncome)}, imputed={Money2(pc.ImputedIncome)}, rigid={Money2(pc.RigidDeducted)}, size={pc.HouseholdSize}, months={pc.Months})");
                    if (pc.RelativeRigidDeducted != pc.RigidDeducted)
                    {
                        string rv = pc.RelativePerHeadMonthly.ToString("0.00", CultureInfo.InvariantCulture);
                        expected.Add($"relativePerHeadMonthly={rv} [outcome.relativePerHeadMonthly] HD-PER-CAPITA (value={rv}, counted={Money2(pc.CountedIncome)}, imputed={Money2(pc.ImputedIncome)}, rigid={Money2(pc.RelativeRigidDeducted)}, size={pc.HouseholdSize}, months={pc.Months})");
                        relativeItems++;
                    }
                }

                foreach (HardshipExclusions e in Enum.GetValues<HardshipExclusions>().Where(e => e != HardshipExclusions.None && r.Exclusions.HasFlag(e)))
                {
                    expected.Add($"exclusion={JsonName(e.ToString())} [outcome.exclusion.{JsonName(e.ToString())}] HD-EXCLUDED ()");
                    exclusionItems++;
                }

                foreach (AssistanceKind k in r.Assistance)
                {
                    expected.Add($"assistance={JsonName(k.ToString())} [outcome.assistance.{JsonName(k.ToString())}] HD-ASSISTANCE ()");
                    assistanceItems++;
                }

                string[] actual = [.. HardshipDomain.OutcomeOf(r).Select(Line)];
                Assert.Equal(expected, actual.Take(expected.Count));
            }
        }

        Assert.True(relativeItems > 0 && exclusionItems > 0 && assistanceItems > 0 && notAssessed > 0, $"{relativeItems} {exclusionItems} {assistanceItems} {notAssessed}");
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [Fact]
    public void The_region_is_the_applicants_and_the_date_is_the_application_date()
    {
        HardshipApplication a = HardshipPopulation.Generate(1).Single();
        Assert.Null(HardshipDomain.Default.RegionOf(a));
        HardshipApplication shanghai = a with { Applicant = a.Applicant with { Region = RegionCode.Shanghai } };
        Assert.Equal(RegionCode.Shanghai, HardshipDomain.Default.RegionOf(shanghai));
        Assert.Equal(HardshipPopulation.ApplicationDate, HardshipDomain.Default.DateOf(a));
        Assert.Equal(new NodaTime.LocalDate(2026, 5, 6), HardshipDomain.Default.DateOf(a with { ApplicationDate = new NodaTime.LocalDate(2026, 5, 6) }));
    }
}
