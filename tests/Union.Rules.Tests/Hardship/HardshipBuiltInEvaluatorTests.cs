using System.Globalization;
using System.Text;
using CsCheck;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>
/// The built-in rules evaluated into the compact log (HardshipEngine.Default, the workspace) give the assessment, the findings,
/// the outputs and the explanation tree of the same rules run through the general engine, and the screener agrees with both.
/// </summary>
public sealed class HardshipBuiltInEvaluatorTests
{
    // The same rules in a rule set of their own: a set other than DefaultRules runs through RuleSet.Evaluate.
    private static readonly HardshipEngine General = new(new RuleSet<HardshipFacts>(HardshipEngine.DefaultRules.Rules));
    private static readonly JurisdictionProfile Beijing = JurisdictionProfile.For(RegionCode.Beijing);

    [Fact]
    public void A_rule_set_other_than_the_built_in_one_runs_through_the_general_engine()
    {
        HardshipApplication a = HardshipPopulation.Generate(1).Single();
        HardshipAssessment without = new HardshipEngine(HardshipEngine.DefaultRules.Without("HD-NEAR-MISS")).Assess(a, HardshipPopulation.ApplicationDate, Beijing);
        Assert.Null(without.Report.NodeFor("HD-NEAR-MISS"));
        Assert.NotNull(HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, Beijing).Report.NodeFor("HD-NEAR-MISS"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_built_in_evaluator_gives_the_general_engines_assessment_and_report(bool trace)
    {
        Gen.Select(HardshipGen.Profiles, HardshipGen.Application).Sample((profile, a) =>
        {
            HardshipAssessment expected = General.Assess(a, HardshipGen.ApplicationDate, profile, trace);
            Assert.Equal(Dump(expected), Dump(HardshipEngine.Default.Assess(a, HardshipGen.ApplicationDate, profile, trace)));
            var workspace = new HardshipWorkspace();
            HardshipCategory category = HardshipEngine.Default.Assess(a, HardshipGen.ApplicationDate, profile, workspace, trace);
            Assert.Equal(expected.Category, category);
            Assert.Equal(expected.IsAssessed, workspace.IsAssessed);
            Assert.Equal(Dump(expected.Report), Dump(workspace.BuildReport()));
            Assert.Equal(Dump(expected), Dump(workspace.ToAssessment()));
        }, iter: 600);
    }

    [Fact]
    public void Over_the_seeded_population_the_built_in_evaluator_gives_the_general_engines_report()
    {
        var workspace = new HardshipWorkspace();
        foreach (HardshipApplication a in HardshipPopulation.Generate(2_000))
        {
            HardshipAssessment expected = General.Assess(a, HardshipPopulation.ApplicationDate, Beijing);
            HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, Beijing, workspace);
            Assert.Equal(Dump(expected), Dump(workspace.ToAssessment()));
            Assert.Equal(Dump(expected), Dump(HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, Beijing)));
        }
    }

    [Fact]
    public void A_workspaces_summary_is_the_summary_of_the_report_for_every_household_of_the_population_and_generated_ones()
    {
        // Summaries are shared between households whose evaluations take the same course; each must still be exactly the
        // summary of the household's own report: the codes, their provisions and statuses, and what was missing.
        var workspace = new HardshipWorkspace();
        var shared = new HashSet<ReportSummary>(ReferenceEqualityComparer.Instance);
        int households = 0;
        foreach (HardshipApplication a in HardshipPopulation.Generate(3_000))
        {
            HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, Beijing, workspace, trace: households % 2 == 0);
            ReportSummary summary = workspace.Summarize();
            Assert.Equal(Text(ReportSummary.Of(General.Assess(a, HardshipPopulation.ApplicationDate, Beijing).Report)), Text(summary));
            Assert.Equal(General.Assess(a, HardshipPopulation.ApplicationDate, Beijing).PerCapita?.PerHeadMonthly, workspace.PerHeadMonthly);
            Assert.Equal(General.Assess(a, HardshipPopulation.ApplicationDate, Beijing).PerCapita?.RelativePerHeadMonthly, workspace.RelativePerHeadMonthly);
            shared.Add(summary);
            households++;
        }

        Assert.True(shared.Count < households / 20, $"{shared.Count} summaries for {households} households: courses are not shared");
        Gen.Select(HardshipGen.Profiles, HardshipGen.Application).Sample((profile, a) =>
        {
            var own = new HardshipWorkspace();   // samples run on several threads; a workspace serves one
            HardshipEngine.Default.Assess(a, HardshipGen.ApplicationDate, profile, own, trace: false);
            Assert.Equal(Text(ReportSummary.Of(General.Assess(a, HardshipGen.ApplicationDate, profile).Report)), Text(own.Summarize()));
        }, iter: 2_000);
    }

    /// <summary>
    /// Profiles whose caller's layer gives numbers again with sources that cite articles (some the same article, some another), or
    /// a list that names an unknown category (every read of it fails): each regional article read before a rule's first finding
    /// is cited first, and a failed read is a finding of its own.
    /// </summary>
    public static TheoryData<int> CitingProfiles() => [0, 1, 2, 3, 4, 5];

    private static JurisdictionProfile Citing(int variant)
    {
        (string Name, string Unit, string Value)[] numbers = [("standard.subsistenceAllowance.urban", "CNY/person/month", "1150"), .. HardshipGen.Compared];
        string[] articles = ["劳动法 第十五条", "劳动法 第四十八条", "工会法 第六条"];
        var parameters = new List<string>();
        for (int i = 0; i < numbers.Length; i++)
        {
            int pick = ((i * ((variant % 3) + 1)) + variant) % 4;   // 3: not given again
            if (pick == 3)
            {
                continue;
            }

            parameters.Add(HardshipGen.Parameter(numbers[i].Name, numbers[i].Unit, numbers[i].Value, null, articles[pick]));
        }

        if (variant % 3 == 2)
        {
            parameters.Add(HardshipGen.Parameter("hd.income.countedCategories", "list", "\"wages,noSuchIncome\"", null, "劳动法 第十五条"));
        }

        return Beijing.WithLayers(ParameterLayer.Parse("{ \"description\": \"citing\", \"parameters\": { " + string.Join(", ", parameters) + " } }", "citing").Value!);
    }

    [Theory]
    [MemberData(nameof(CitingProfiles))]
    public void A_shared_summary_is_the_households_own_when_regional_values_cite_articles(int variant)
    {
        JurisdictionProfile profile = Citing(variant);
        var engine = new HardshipEngine();   // its own cache of summaries for this profile
        var workspace = new HardshipWorkspace();
        var shared = new HashSet<ReportSummary>(ReferenceEqualityComparer.Instance);
        int cited = 0, failed = 0;
        foreach (HardshipApplication a in HardshipPopulation.Generate(1_500, seed: variant))
        {
            engine.Assess(a, HardshipPopulation.ApplicationDate, profile, workspace, trace: false);
            ReportSummary summary = workspace.Summarize();
            ReportSummary expected = ReportSummary.Of(General.Assess(a, HardshipPopulation.ApplicationDate, profile).Report);
            Assert.Equal(Text(expected), Text(summary));
            cited += expected.Applied.Any(c => c.Citation.ToChinese().Contains("劳动法", StringComparison.Ordinal) || c.Citation.ToChinese().Contains("工会法", StringComparison.Ordinal)) ? 1 : 0;
            failed += expected.MissingParameters.Contains("hd.income.countedCategories") ? 1 : 0;
            shared.Add(summary);
        }

        Assert.True(shared.Count < 1_500 / 5, $"{shared.Count} summaries: courses are not shared");
        Assert.True(cited > 0, "no finding cites a regional article");
        Assert.Equal(variant % 3 == 2, failed > 0);

        // Generated households reach paths the population does not (private schools among them); they share the engine's
        // summaries with the population's.
        HardshipGen.Application.Sample(a =>
        {
            var own = new HardshipWorkspace();   // samples run on several threads; a workspace serves one
            engine.Assess(a, HardshipPopulation.ApplicationDate, profile, own, trace: false);
            Assert.Equal(Text(ReportSummary.Of(General.Assess(a, HardshipPopulation.ApplicationDate, profile).Report)), Text(own.Summarize()));
        }, iter: 3_000);
    }

    [Fact]
    public void A_summary_names_each_code_once_with_its_provision_and_what_was_missing()
    {
        HardshipApplication a = HardshipPopulation.Generate(1).Single();
        RuleReport report = HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, JurisdictionProfile.National).Report;
        ReportSummary summary = ReportSummary.Of(report);
        Assert.Equal(report.Findings.Where(f => f.Status != RuleStatus.NotApplicable).Select(f => f.Code).Distinct(), summary.Applied.Select(c => c.Code));
        Assert.All(summary.Applied, c => Assert.Equal(report.Findings.First(f => f.Code == c.Code && f.Status != RuleStatus.NotApplicable).Citation, c.Citation));
        Assert.Equal(report.NotAssessed.Select(f => f.Code).Distinct(), summary.NotAssessed);
        Assert.Equal(report.NotAssessed.Select(f => f.Argument("parameter")).OfType<string>().Distinct(), summary.MissingParameters);
        string en = summary.Describe(CultureInfo.InvariantCulture);
        Assert.Equal(string.Join("; ", summary.Applied.Select(c => c.Code + " " + c.Citation.ToEnglish())), en);
        Assert.Same(en, summary.Describe(CultureInfo.InvariantCulture));
        Assert.Equal(string.Join("; ", summary.Applied.Select(c => c.Code + " " + c.Citation.ToChinese())), summary.Describe(new CultureInfo("zh-CN")));
    }

    private static string Text(ReportSummary s) =>
        string.Join(" | ", s.Applied.Select(c => $"{c.Code} {c.Status} {c.Citation.ToChinese()}")) + " || " + string.Join(",", s.MissingParameters) + " || " + string.Join(",", s.NotAssessed);

    [Fact]
    public void A_workspace_used_with_a_rule_set_of_its_own_gives_the_general_engines_assessment()
    {
        foreach (HardshipApplication a in HardshipPopulation.Generate(200))
        {
            foreach (JurisdictionProfile profile in new[] { Beijing, JurisdictionProfile.National })
            {
                HardshipAssessment expected = General.Assess(a, HardshipPopulation.ApplicationDate, profile);
                var workspace = new HardshipWorkspace();
                Assert.Equal(expected.Category, General.Assess(a, HardshipPopulation.ApplicationDate, profile, workspace));
                Assert.Equal(expected.Category, workspace.Category);
                Assert.Equal(expected.IsAssessed, workspace.IsAssessed);
                Assert.Equal(expected.PerCapita?.PerHeadMonthly, workspace.PerHeadMonthly);
                Assert.Equal(expected.PerCapita?.RelativePerHeadMonthly, workspace.RelativePerHeadMonthly);
                Assert.Equal(0, workspace.RecordCount);
                Assert.Equal(Text(ReportSummary.Of(expected.Report)), Text(workspace.Summarize()));
                Assert.Equal(Dump(expected.Report), Dump(workspace.BuildReport()));
                Assert.Equal(Dump(expected), Dump(workspace.ToAssessment()));
            }
        }
    }

    [Fact]
    public void A_workspace_with_the_built_in_rules_says_what_it_recorded_and_whether_the_household_was_assessed()
    {
        var workspace = new HardshipWorkspace();
        foreach (HardshipApplication a in HardshipPopulation.Generate(200))
        {
            HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, JurisdictionProfile.National, workspace);
            Assert.False(workspace.IsAssessed);
            Assert.Equal(HardshipCategory.None, workspace.Category);
            Assert.True(workspace.RecordCount > 0);
            HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, Beijing, workspace);
            HardshipAssessment expected = General.Assess(a, HardshipPopulation.ApplicationDate, Beijing);
            Assert.Equal(expected.IsAssessed, workspace.IsAssessed);
            Assert.Equal(expected.Category, workspace.Category);
        }
    }

    [Fact]
    public void The_per_head_income_counts_the_members_imputed_the_minimum_wage()
    {
        // Each member imputed adds the same figure: Beijing's monthly minimum wage on the application date × the 12 months of the income window.
        var each = new HashSet<decimal>();
        foreach (HardshipApplication a in HardshipPopulation.Generate(500))
        {
            if (HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, Beijing).PerCapita is { } p)
            {
                Assert.Equal(p.ImputedMembers == 0, p.ImputedIncome == 0m);
                if (p.ImputedMembers > 0)
                {
                    each.Add(p.ImputedIncome / p.ImputedMembers);
                }
            }
        }

        Assert.Equal([2420m * 12], each);
    }

    [Fact]
    public void A_large_household_gives_the_general_engines_assessment()
    {
        // Twenty members, sixty incomes and expenditures, thirty accidents and homes, traced.
        HardshipApplication first = HardshipPopulation.Generate(1).Single();
        HardshipApplication large = first with
        {
            Members = [.. first.Members.Take(1), .. Enumerable.Range(0, 19).Select(i => new HouseholdMember { Relationship = Relationship.Child, BirthDate = new LocalDate(2000 + (i % 20), 3, 1), Employed = i % 3 == 0 })],
            Incomes = [.. Enumerable.Range(0, 60).Select(i => new IncomeRecord { Category = (IncomeCategory)(i % 12), Amount = Money.FromYuan(100m + i), Received = new LocalDate(2024, 4, 1).PlusDays(i * 5) })],
            Expenditures = [.. Enumerable.Range(0, 60).Select(i => new RigidExpenditure { Category = (ExpenditureCategory)(i % 6), Amount = Money.FromYuan(50m + i), Paid = new LocalDate(2024, 4, 1).PlusDays(i * 5), EducationLevel = i % 6 == 2 ? StudyLevel.Primary : null })],
            Accidents = [.. Enumerable.Range(0, 30).Select(i => new AccidentEvent { Date = new LocalDate(2024, 6, 1).PlusDays(i), Losses = Money.FromYuan(1000m + i) })],
            Assets = first.Assets with { Homes = [.. Enumerable.Range(0, 30).Select(i => new Home { Area = 10 + i })] },
        };
        var workspace = new HardshipWorkspace();
        HardshipEngine.Default.Assess(large, HardshipPopulation.ApplicationDate, Beijing, workspace, trace: true);
        Assert.True(workspace.RecordCount > 100, workspace.RecordCount.ToString(CultureInfo.InvariantCulture));
        HardshipAssessment expected = General.Assess(large, HardshipPopulation.ApplicationDate, Beijing, trace: true);
        Assert.Equal(Dump(expected), Dump(workspace.ToAssessment()));
        Assert.Equal(Dump(expected.Report), Dump(workspace.BuildReport()));
        Assert.Equal(Text(ReportSummary.Of(expected.Report)), Text(workspace.Summarize()));

        // The same workspace then serves a small household as if new.
        HardshipEngine.Default.Assess(first, HardshipPopulation.ApplicationDate, Beijing, workspace, trace: true);
        Assert.Equal(Dump(General.Assess(first, HardshipPopulation.ApplicationDate, Beijing, trace: true)), Dump(workspace.ToAssessment()));
    }

    [Fact]
    public void Courses_are_equal_when_their_entries_are()
    {
        Course c = Course.Comparer;
        int[]? none = null;
        int[] one = [1], twelve = [1, 2], twelveAgain = [1, 2], thirteen = [1, 3], twentyOne = [2, 1];
        Assert.True(c.Equals(none, none));
        Assert.False(c.Equals(none, one));
        Assert.False(c.Equals(one, none));
        Assert.True(c.Equals(twelve, twelveAgain));
        Assert.False(c.Equals(twelve, thirteen));
        Assert.False(c.Equals(twelve, one));
        Assert.Equal(c.GetHashCode(twelve), c.GetHashCode(twelveAgain.AsSpan()));
        Assert.NotEqual(c.GetHashCode(twelve), c.GetHashCode(twentyOne));
        Assert.True(c.Equals(new[] { 1, 2 }.AsSpan(), twelve));
        Assert.False(c.Equals(new[] { 1, 3 }.AsSpan(), twelve));
        Assert.Equal([5, 6], c.Create(new[] { 5, 6 }.AsSpan()));
    }

    [Fact]
    public void A_workspace_that_has_assessed_nothing_refuses_to_report()
    {
        var workspace = new HardshipWorkspace();
        Assert.Throws<InvalidOperationException>(() => workspace.Summarize());
        Assert.Throws<InvalidOperationException>(() => workspace.BuildReport());
        Assert.Throws<InvalidOperationException>(() => workspace.ToAssessment());
        Assert.False(workspace.IsAssessed);
        Assert.Equal(HardshipCategory.None, workspace.Category);
        Assert.Null(workspace.PerHeadMonthly);
    }

    [Fact]
    public void A_workspace_assessment_stays_valid_after_the_workspace_is_reused()
    {
        HardshipApplication[] two = HardshipPopulation.Generate(2).ToArray();
        var workspace = new HardshipWorkspace();
        HardshipEngine.Default.Assess(two[0], HardshipPopulation.ApplicationDate, Beijing, workspace);
        HardshipAssessment first = workspace.ToAssessment();
        HardshipEngine.Default.Assess(two[1], HardshipPopulation.ApplicationDate, Beijing, workspace);
        Assert.Equal(Dump(General.Assess(two[0], HardshipPopulation.ApplicationDate, Beijing)), Dump(first));
    }

    [Fact]
    public void Screening_and_the_full_assessment_agree_on_every_household_of_the_population_and_the_edges()
    {
        HardshipScreener screener = HardshipScreener.Create(Beijing, HardshipPopulation.ApplicationDate);
        var workspace = new HardshipWorkspace();
        IEnumerable<HardshipApplication> households = HardshipPopulation.Generate(20_000).Concat(Edges(HardshipPopulation.Generate(1).Single()));
        foreach (HardshipApplication a in households)
        {
            ScreeningResult s = screener.Screen(a);
            HardshipCategory category = HardshipEngine.Default.Assess(a, HardshipPopulation.ApplicationDate, Beijing, workspace, trace: false);
            Assert.Equal(workspace.IsAssessed, s.IsAssessed);
            Assert.Equal(category, s.Category);
            if (s.IsAssessed)
            {
                // The exact quotients, not only the figures rounded to the fen.
                Assert.Equal(workspace.Facts.PerHeadMonthly, s.PerHeadMonthly);
                Assert.Equal(workspace.Facts.RelativePerHeadMonthly, s.RelativePerHeadMonthly);
            }
        }
    }

    [Fact]
    public void Screening_and_the_full_assessment_agree_on_generated_households_under_any_lists_of_categories()
    {
        Gen.Select(HardshipGen.Profiles, HardshipGen.Application).Sample((profile, a) =>
        {
            ScreeningResult s = HardshipScreener.Create(profile, HardshipGen.ApplicationDate).Screen(a);
            var workspace = new HardshipWorkspace();
            Assert.Equal(HardshipEngine.Default.Assess(a, HardshipGen.ApplicationDate, profile, workspace, trace: false), s.Category);
            Assert.Equal(workspace.IsAssessed, s.IsAssessed);
            if (s.IsAssessed)
            {
                Assert.Equal(workspace.Facts.PerHeadMonthly, s.PerHeadMonthly);
                Assert.Equal(workspace.Facts.RelativePerHeadMonthly, s.RelativePerHeadMonthly);
            }
        }, iter: 1500);
    }

    [Fact]
    public void A_screening_result_made_from_net_incomes_equals_one_made_from_per_head_incomes()
    {
        HardshipScreener screener = HardshipScreener.Create(Beijing, HardshipPopulation.ApplicationDate);
        foreach (HardshipApplication a in HardshipPopulation.Generate(500))
        {
            ScreeningResult s = screener.Screen(a);
            var same = new ScreeningResult(s.Category, s.PerHeadMonthly, s.IsAssessed, s.RelativePerHeadMonthly);
            Assert.Equal(same, s);
            Assert.Equal(same.GetHashCode(), s.GetHashCode());
            Assert.Equal(s.RelativePerHeadMonthly, (s with { PerHeadMonthly = 1m }).RelativePerHeadMonthly);
            Assert.Equal(s.PerHeadMonthly, (s with { RelativePerHeadMonthly = 1m }).PerHeadMonthly);
        }
    }

    [Fact]
    public void Assessing_into_a_workspace_allocates_nothing_per_household()
    {
        HardshipApplication[] population = HardshipPopulation.Generate(300).ToArray();
        var workspace = new HardshipWorkspace();
        var engine = new HardshipEngine(); // its own parameter cache: other tests running at once use other profiles
        foreach (HardshipApplication a in population)
        {
            engine.Assess(a, HardshipPopulation.ApplicationDate, Beijing, workspace);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (HardshipApplication a in population)
        {
            engine.Assess(a, HardshipPopulation.ApplicationDate, Beijing, workspace);
        }

        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
    }

    [Fact]
    public void Households_of_several_regions_in_turn_allocate_nothing_once_each_region_is_read()
    {
        HardshipApplication[] population = HardshipPopulation.Generate(200).ToArray();
        JurisdictionProfile[] regions = [Beijing, JurisdictionProfile.National, JurisdictionProfile.For(Union.Domain.Common.RegionCode.Shanghai)];
        var workspace = new HardshipWorkspace();
        var engine = new HardshipEngine();
        for (int i = 0; i < population.Length; i++)
        {
            engine.Assess(population[i], HardshipPopulation.ApplicationDate, regions[i % regions.Length], workspace);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < population.Length; i++)
        {
            engine.Assess(population[i], HardshipPopulation.ApplicationDate, regions[i % regions.Length], workspace);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Households at the edges: no member, a migrant whose residence or employment start is unknown, all income outside the window.</summary>
    private static IEnumerable<HardshipApplication> Edges(HardshipApplication a)
    {
        yield return a with { Members = [] };
        yield return a with { Applicant = a.Applicant with { MigrantWorker = true, LivesInCity = null } };
        yield return a with { Applicant = a.Applicant with { MigrantWorker = true, LivesInCity = true, EmploymentStart = null } };
        yield return a with { Applicant = a.Applicant with { MigrantWorker = true, LivesInCity = true, EmploymentStart = a.ApplicationDate.PlusYears(-1) } };
        yield return a with { Applicant = a.Applicant with { UnionMember = false } };
        yield return a with { Incomes = [.. a.Incomes.Select(i => i with { Received = a.ApplicationDate })] };
        yield return a with { Incomes = [], Expenditures = [] };
    }

    private static string Dump(HardshipAssessment a)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{a.Category}|{a.IsAssessed}|{a.PerCapita}|{a.Exclusions}|{a.FileStatus}|{a.NextReview}|");
        sb.AppendJoin(",", a.NearMisses).Append('|').AppendJoin(",", a.Assistance).Append('\n');
        return sb.Append(Dump(a.Report)).ToString();
    }

    private static string Dump(RuleReport r)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{r.AsOf}|{r.Region}|{r.Verdict}\n");
        foreach (Finding f in r.Findings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"F {f.Code}|{f.Severity}|{f.Status}|{f.MessageKey}|{f.RenderCitations()}|{f.Path}|");
            sb.AppendJoin(",", f.Arguments.Select(x => x.Key + "=" + x.Value)).Append('|').Append(f.Render(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (RuleOutput o in r.Outputs)
        {
            sb.Append(CultureInfo.InvariantCulture, $"O {o.Name}={RuleContext.Format(o.Value)}:{o.Value?.GetType().Name}|{o.Code}\n");
        }

        foreach (TraceNode n in r.Trace)
        {
            Node(sb, n, 0);
        }

        return sb.ToString();
    }

    private static void Node(StringBuilder sb, TraceNode n, int depth)
    {
        sb.Append(' ', depth).Append(CultureInfo.InvariantCulture, $"N {n.Code}|{n.Citation}|{n.Status}\n");
        foreach (TraceFact f in n.Facts)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  fact {f.Name}={f.Value}\n");
        }

        foreach (ParameterReading p in n.Parameters)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  param {p}\n");
        }

        foreach (TraceComparison c in n.Comparisons)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  cmp {c}\n");
        }

        foreach (TraceFact f in n.Outputs)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  out {f.Name}={f.Value}\n");
        }

        foreach (TraceNode child in n.Children)
        {
            Node(sb, child, depth + 2);
        }
    }
}
