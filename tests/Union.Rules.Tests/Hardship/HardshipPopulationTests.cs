using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Snapshooter.Xunit;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>
/// The synthetic population of <see cref="HardshipPopulation"/>: the same seed gives the same households, the households are
/// shaped as its summary says, every category and exclusion occurs, and the mix of a seed is pinned by a snapshot (the batch
/// trials and benchmarks compare figures over it).
/// </summary>
public sealed class HardshipPopulationTests
{
    private static string[] Json(int count, int seed) => [.. HardshipPopulation.Generate(count, seed).Select(HardshipDomain.Default.Write)];

    [Fact]
    public void The_same_seed_gives_the_same_households_and_another_seed_others()
    {
        Assert.Equal(Json(200, 5), Json(200, 5));
        Assert.NotEqual(Json(20, 5), Json(20, 6));
        Assert.Equal(Json(20, 20200531), HardshipPopulation.Generate(20).Select(HardshipDomain.Default.Write).ToArray());
        Assert.Equal(Json(20, 5), Json(40, 5).Take(20));
        Assert.Empty(HardshipPopulation.Generate(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => HardshipPopulation.Generate(-1));
    }

    [Fact]
    public void Every_household_is_valid_and_shaped_as_the_generator_says()
    {
        foreach (HardshipApplication a in HardshipPopulation.Generate(3000))
        {
            Assert.True(HardshipDomain.Default.Read(HardshipDomain.Default.Write(a)).IsValid);
            Assert.Equal(HardshipPopulation.ApplicationDate, a.ApplicationDate);
            Assert.InRange(a.Members.Count, 1, 5);
            Assert.Equal(Relationship.Self, a.Members[0].Relationship);
            for (int m = 1; m < a.Members.Count; m++)
            {
                Assert.Equal(m == 1 ? Relationship.Spouse : Relationship.Child, a.Members[m].Relationship);
            }

            foreach (HouseholdMember member in a.Members)
            {
                int age = Period.Between(member.BirthDate, a.ApplicationDate, PeriodUnits.Years).Years;
                if (member.Relationship == Relationship.Child)
                {
                    Assert.InRange(age, 3, 23);
                    Assert.False(member.Employed);
                    Assert.Equal(age == 18, member.EnteringHigherEducation);
                }
                else
                {
                    Assert.InRange(age, 25, 69);
                    Assert.Equal(StudyLevel.None, member.Studying);
                }
            }

            Assert.InRange(a.Incomes.Count, 1, 4);
            Assert.All(a.Incomes, i => Assert.InRange(i.Received, a.ApplicationDate.PlusDays(-379), a.ApplicationDate.PlusDays(-1)));
            Assert.InRange(a.Expenditures.Count, 0, 3);
            Assert.All(a.Expenditures, e => Assert.Equal(e.Category == ExpenditureCategory.Education, e.EducationLevel is not null));
            Assert.True(a.Applicant.LivesInCity);
            Assert.InRange(a.Assets.Homes.Count, 1, 2);
        }
    }

    [Fact]
    public void Every_category_and_every_exclusion_the_generator_makes_occurs()
    {
        HardshipApplication[] population = [.. HardshipPopulation.Generate(5000)];
        HardshipScreener beijing = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Beijing), HardshipPopulation.ApplicationDate);
        var categories = population.Select(a => beijing.Screen(a)).Where(r => r.IsAssessed).Select(r => r.Category).ToHashSet();
        Assert.Equal([HardshipCategory.None, HardshipCategory.AccidentInduced, HardshipCategory.Relative, HardshipCategory.Deep], categories.Order());
        Assert.Contains(population, a => !a.Applicant.UnionMember);
        Assert.Contains(population, a => a.Applicant.MigrantWorker);
        Assert.Contains(population, a => a.OnSubsistenceAllowance);
        Assert.Contains(population, a => a.Accidents.Count > 0);
        Assert.Contains(population, a => a.Assets.Homes.Count == 2);
        Assert.Contains(population, a => a.Assets.Vehicles.Any(v => v.MobilityAid));
        Assert.Contains(population, a => a.Assets.Vehicles.Any(v => !v.MobilityAid));
        Assert.Contains(population, a => a.Assets.Shareholdings.Any(s => s.Controlling));
        Assert.Contains(population, a => a.Conduct.ConcealsIncome);
        Assert.Contains(population, a => a.Members.Any(m => m.LaidOffInClosure));
        Assert.Contains(population, a => a.Members.Any(m => m.DisabilityGrade is not null));
        Assert.Contains(population, a => a.Members.Any(m => m.UnableToWork));
    }

    /// <summary>
    /// The first household of the default seed as written, and a tally of 5,000: for every field, how often each value occurs
    /// (flags, categories, levels), the sum of each amount and area, and the first and last of each date.
    /// </summary>
    [Fact]
    public void The_default_seed_gives_the_mix_of_its_snapshot()
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var sums = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var dates = new SortedDictionary<string, (string First, string Last)>(StringComparer.Ordinal);
        string[] written = Json(5000, 20200531);
        foreach (string json in written)
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            Walk(doc.RootElement, "$");
        }

        var text = new StringBuilder();
        text.AppendLine(written[0]);
        foreach ((string key, long n) in counts)
        {
            text.Append(key).Append(" × ").AppendLine(n.ToString(CultureInfo.InvariantCulture));
        }

        foreach ((string key, decimal sum) in sums)
        {
            text.Append(key).Append(" Σ ").AppendLine(sum.ToString(CultureInfo.InvariantCulture));
        }

        foreach ((string key, (string first, string last)) in dates)
        {
            text.Append(key).Append(' ').Append(first).Append("..").AppendLine(last);
        }

        Snapshot.Match(text.ToString());

        void Walk(JsonElement e, string path)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (JsonProperty p in e.EnumerateObject())
                    {
                        Walk(p.Value, path + "." + p.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    Count(path + ".length=" + e.GetArrayLength().ToString(CultureInfo.InvariantCulture));
                    foreach (JsonElement item in e.EnumerateArray())
                    {
                        Walk(item, path + "[]");
                    }

                    break;
                case JsonValueKind.Number:
                    sums[path] = sums.GetValueOrDefault(path) + e.GetDecimal();
                    break;
                case JsonValueKind.String when e.GetString() is { Length: 10 } s && s[4] == '-' && s[7] == '-':
                    dates[path] = dates.TryGetValue(path, out var d)
                        ? (string.CompareOrdinal(s, d.First) < 0 ? s : d.First, string.CompareOrdinal(s, d.Last) > 0 ? s : d.Last)
                        : (s, s);
                    break;
                default:
                    Count(path + "=" + e.ToString());
                    break;
            }
        }

        void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
