using CsCheck;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>Invariants of the hardship assessment: monotonicity, order independence, batch = one by one, screening = full.</summary>
public sealed class HardshipPropertyTests
{
    private static readonly HardshipEngine Engine = HardshipEngine.Default;
    private static readonly HardshipScreener Screener = HardshipScreener.Create(HardshipGen.Profile, HardshipGen.ApplicationDate);

    private static HardshipAssessment Assess(HardshipApplication a) => Engine.Assess(a, HardshipGen.ApplicationDate, HardshipGen.Profile, trace: false);

    [Fact]
    public void Screening_gives_the_category_and_per_head_income_of_the_full_assessment()
    {
        HardshipGen.Application.Sample(a =>
        {
            HardshipAssessment full = Assess(a);
            ScreeningResult s = Screener.Screen(a);
            Assert.Equal(full.IsAssessed, s.IsAssessed);
            Assert.Equal(full.Category, s.Category);
            if (s.IsAssessed)
            {
                Assert.Equal(full.PerCapita!.PerHeadMonthly, s.PerHeadMonthlyRounded);
            }
        }, iter: 3000);
    }

    [Fact]
    public void Screening_agrees_with_the_full_assessment_whatever_the_lists_of_categories() => ScreeningAgrees(HardshipGen.Profiles);

    [Fact]
    public void Screening_agrees_with_the_full_assessment_whatever_the_comparisons_a_callers_layer_gives() => ScreeningAgrees(HardshipGen.ComparisonProfiles);

    private static void ScreeningAgrees(Gen<Union.Rules.Engine.JurisdictionProfile> profiles) =>
        Gen.Select(profiles, HardshipGen.Application).Sample((profile, a) =>
        {
            HardshipAssessment full = Engine.Assess(a, HardshipGen.ApplicationDate, profile, trace: false);
            ScreeningResult s = HardshipScreener.Create(profile, HardshipGen.ApplicationDate).Screen(a);
            Assert.Equal(full.IsAssessed, s.IsAssessed);
            Assert.Equal(full.Category, s.Category);
            if (s.IsAssessed)
            {
                Assert.Equal(full.PerCapita!.PerHeadMonthly, s.PerHeadMonthlyRounded);
                Assert.Equal(full.PerCapita!.RelativePerHeadMonthly, s.RelativePerHeadMonthlyRounded);
            }
        }, iter: 1500);

    [Fact]
    public void Under_the_template_a_job_cost_changes_the_relative_figure_only()
    {
        Gen.Select(HardshipGen.Application, Gen.Int[1, 5_000_000]).Sample((a, fen) =>
        {
            var cost = new RigidExpenditure { Category = ExpenditureCategory.JobCosts, Amount = Money.FromFen(fen), Paid = HardshipGen.ApplicationDate.PlusDays(-10) };
            HardshipAssessment before = Assess(a), after = Assess(a with { Expenditures = [.. a.Expenditures, cost] });
            if (before.PerCapita is { } b && after.PerCapita is { } c)
            {
                Assert.Equal(b.PerHeadMonthly, c.PerHeadMonthly);
                Assert.Equal(b.RigidDeducted, c.RigidDeducted);
                Assert.Equal(b.RelativeRigidDeducted + cost.Amount.Yuan, c.RelativeRigidDeducted);
                Assert.True(c.RelativePerHeadMonthly <= b.RelativePerHeadMonthly);
                Assert.True(b.PerHeadMonthly >= b.RelativePerHeadMonthly);
            }
        }, iter: 1000);
    }

    [Fact]
    public void Under_the_template_an_exclusion_never_bars_relative_or_accident_induced_hardship()
    {
        HardshipGen.Application.Sample(a =>
        {
            HardshipAssessment with = Assess(a);
            HardshipAssessment without = Assess(a with { Assets = new HouseholdAssets { Homes = a.Assets.Homes.Take(1).ToArray() }, Conduct = new HouseholdConduct(), Members = a.Members.Select(m => m with { RefusesWork = false }).ToArray() });
            if (with.IsAssessed && without.IsAssessed && without.Category != HardshipCategory.Deep)
            {
                Assert.Equal(without.Category, with.Category);
            }
        }, iter: 1000);
    }

    [Fact]
    public void Less_income_never_loses_a_category()
    {
        Gen.Select(HardshipGen.Application, Gen.Int[0, 100]).Sample((a, percent) =>
        {
            if (a.Incomes.Count == 0)
            {
                return;
            }

            HardshipApplication less = a with { Incomes = a.Incomes.Select((r, i) => i == 0 ? r with { Amount = (r.Amount * (percent / 100m)).RoundToFen() } : r).ToArray() };
            HardshipAssessment before = Assess(a), after = Assess(less);
            if (before.IsAssessed && after.IsAssessed)
            {
                Assert.True(after.Category >= before.Category, $"{before.Category} -> {after.Category}");
            }
        }, iter: 2000);
    }

    [Fact]
    public void More_rigid_expenditure_never_loses_a_category()
    {
        Gen.Select(HardshipGen.Application, Gen.Enum<ExpenditureCategory>(), Gen.Int[1, 5_000_000]).Sample((a, category, fen) =>
        {
            var extra = new RigidExpenditure { Category = category, Amount = Money.FromFen(fen), Paid = HardshipGen.ApplicationDate.PlusDays(-10), EducationLevel = category == ExpenditureCategory.Education ? StudyLevel.Undergraduate : null };
            HardshipApplication more = a with { Expenditures = [.. a.Expenditures, extra] };
            HardshipAssessment before = Assess(a), after = Assess(more);
            if (before.IsAssessed && after.IsAssessed)
            {
                Assert.True(after.Category >= before.Category, $"{before.Category} -> {after.Category}");
            }
        }, iter: 2000);
    }

    [Fact]
    public void The_order_of_members_incomes_and_costs_does_not_matter()
    {
        HardshipGen.Application.Sample(a =>
        {
            HardshipApplication reversed = a with
            {
                Members = a.Members.Reverse().ToArray(),
                Incomes = a.Incomes.Reverse().ToArray(),
                Expenditures = a.Expenditures.Reverse().ToArray(),
                Accidents = a.Accidents.Reverse().ToArray(),
            };
            HardshipAssessment x = Assess(a), y = Assess(reversed);
            Assert.Equal(x.Category, y.Category);
            Assert.Equal(x.IsAssessed, y.IsAssessed);
            Assert.Equal(x.PerCapita, y.PerCapita);
            Assert.Equal(x.Exclusions, y.Exclusions);
            Assert.Equal(x.Assistance.Order(), y.Assistance.Order());
        }, iter: 1000);
    }

    [Fact]
    public async Task Batches_give_the_results_of_one_by_one_assessment()
    {
        HardshipApplication[] population = HardshipGen.Application.Array[300].Single();
        HardshipAssessment[] one = population.Select(Assess).ToArray();
        HardshipAssessment[] stream = Engine.AssessMany(population, HardshipGen.ApplicationDate, HardshipGen.Profile).ToArray();
        HardshipAssessment[] parallel = Engine.AssessParallel(population, HardshipGen.ApplicationDate, HardshipGen.Profile, maxDegreeOfParallelism: 4);
        var asyncList = new List<HardshipAssessment>();
        await foreach (HardshipAssessment r in Engine.AssessManyAsync(ToAsync(population), HardshipGen.ApplicationDate, HardshipGen.Profile))
        {
            asyncList.Add(r);
        }

        HouseholdSnapshot[] snapshots = population.Select(Screener.Snapshot).ToArray();
        var screened = new ScreeningResult[snapshots.Length];
        Screener.Screen(snapshots, screened);
        ScreeningResult[] screenedStream = Screener.ScreenMany(population).ToArray();
        var screenedParallel = new ScreeningResult[snapshots.Length];
        Parallel.For(0, snapshots.Length, i => screenedParallel[i] = Screener.Screen(in snapshots[i]));
        for (int i = 0; i < population.Length; i++)
        {
            foreach (HardshipAssessment other in new[] { stream[i], parallel[i], asyncList[i] })
            {
                Assert.Equal(one[i].Category, other.Category);
                Assert.Equal(one[i].PerCapita, other.PerCapita);
                Assert.Equal(Keys(one[i]), Keys(other));
            }

            Assert.Equal(one[i].Category, screened[i].Category);
            Assert.Equal(screened[i], screenedStream[i]);
            Assert.Equal(screened[i], screenedParallel[i]);
        }
    }

    [Fact]
    public void Age_counts_whole_years_as_NodaTime_does()
    {
        Gen.Select(Gen.Int[-40000, 40000], Gen.Int[0, 40000]).Sample((start, span) =>
        {
            var birth = new NodaTime.LocalDate(2000, 2, 29).PlusDays(start);
            NodaTime.LocalDate on = birth.PlusDays(span);
            Assert.Equal(NodaTime.Period.Between(birth, on, NodaTime.PeriodUnits.Years).Years, HardshipMath.Age(birth, on));
        }, iter: 5000);
    }

    [Fact]
    public void Screening_a_snapshot_allocates_nothing()
    {
        HouseholdSnapshot[] snapshots = HardshipGen.Application.Array[200].Single().Select(Screener.Snapshot).ToArray();
        var results = new ScreeningResult[snapshots.Length];
        Screener.Screen(snapshots, results);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Screener.Screen(snapshots, results);
        Span<long> counts = stackalloc long[5];
        Screener.Count(snapshots, counts);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
    }

    private static string[] Keys(HardshipAssessment a) =>
        a.Report.Findings.Select(f => f.MessageKey + f.Path + string.Join(",", f.Arguments.Select(x => x.Key + "=" + x.Value))).ToArray();

    private static async IAsyncEnumerable<HardshipApplication> ToAsync(IEnumerable<HardshipApplication> items)
    {
        foreach (HardshipApplication a in items)
        {
            await Task.Yield();
            yield return a;
        }
    }
}
