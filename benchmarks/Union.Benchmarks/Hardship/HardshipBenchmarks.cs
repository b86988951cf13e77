using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NRules;
using NRules.Fluent;
using RulesEngine.Models;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Hardship;
using Re = RulesEngine.RulesEngine;

namespace Union.Benchmarks.Hardship;

/// <summary>
/// Hardship category tests over one seeded population (100,000 households by default; <c>UNION_BENCH_HOUSEHOLDS</c> sets
/// another size), side by side: Union screening, Union full assessment (the built-in evaluator into a reused workspace with and
/// without the explanation, the <c>Assess</c> call that returns an assessment of its own, the report built to text, and the
/// general rule engine), microsoft RulesEngine 6.0.1 and NRules 1.0.4 running the same category tests, and a hand-written
/// loop as the limit. Before timing, the setup checks that every engine reaches the same category for every household. One
/// operation is one household; the households are taken in turn, so a run cycles through the population.
/// </summary>
[MemoryDiagnoser]
public class HardshipBenchmarks
{
    private static readonly LocalDate AsOf = HardshipPopulation.ApplicationDate;
    private static readonly JurisdictionProfile Profile = JurisdictionProfile.For(RegionCode.Beijing);

    private HardshipApplication[] _applications = [];
    private HouseholdSnapshot[] _snapshots = [];
    private ScreeningResult[] _results = [];
    private FlatHousehold[] _flat = [];
    private HardshipScreener _screener = null!;
    private HardshipWorkspace _workspace = null!;
    private HardshipEngine _general = null!;
    private Re _rulesEngine = null!;
    private ISessionFactory _nrules = null!;
    private ISession _session = null!;
    private int _next;

    /// <summary>Gets the number of households (the operations per invocation).</summary>
    public static int Households { get; } = int.TryParse(Environment.GetEnvironmentVariable("UNION_BENCH_HOUSEHOLDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 100_000;

    /// <summary>Builds the population, the other engines, and checks that all engines agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _applications = HardshipPopulation.Generate(Households).ToArray();
        _screener = HardshipScreener.Create(Profile, AsOf);
        _workspace = new HardshipWorkspace();
        _general = new HardshipEngine(new RuleSet<HardshipFacts>(HardshipEngine.DefaultRules.Rules));
        if (_screener.MissingParameters.Count > 0 || _screener.DeepComparison != Comparison.LessThan || _screener.RelativeComparison != Comparison.LessThan)
        {
            throw new InvalidOperationException("The benchmark profile must have every parameter and the template comparisons.");
        }

        Thresholds.Months = _screener.WindowMonths;
        Thresholds.DeepLimit = _screener.DeepLimit;
        Thresholds.RelativeLimit = _screener.RelativeLimit;
        Thresholds.AccidentRatio = _screener.AccidentRatio;
        _snapshots = _applications.Select(_screener.Snapshot).ToArray();
        _results = new ScreeningResult[_snapshots.Length];
        _flat = _snapshots.Select((s, i) => Flatten(s, i, _screener)).ToArray();
        _rulesEngine = new Re([Workflow()], new ReSettings());
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NRulesDeepRule).Assembly).Where(r => r.Name.StartsWith("Union.Benchmarks.Hardship.NRules", StringComparison.Ordinal)));
        _nrules = repository.Compile();
        Verify();
        _session = _nrules.CreateSession();
        _next = 0;
    }

    /// <summary>Union screening: category and per-head income from the compact form; no allocation.</summary>
    [Benchmark(Baseline = true)]
    public HardshipCategory UnionScreening() => _screener.Screen(in _snapshots[Next()]).Category;

    /// <summary>
    /// Union full assessment of the 13 HD rules with the explanation recorded: every finding (message key and typed arguments),
    /// output, parameter read, fact read and comparison made, as compact entries in a reused workspace. Formatting the
    /// findings to text and building the explanation tree is not in this figure (see <see cref="UnionFullReportBuilt"/>).
    /// </summary>
    /// <returns>The category.</returns>
    [Benchmark]
    public HardshipCategory UnionFullWithExplanation() => HardshipEngine.Default.Assess(_applications[Next()], AsOf, Profile, _workspace, trace: true);

    /// <summary>Union full assessment into the workspace without the explanation (findings, outputs and readings only).</summary>
    /// <returns>The category.</returns>
    [Benchmark]
    public HardshipCategory UnionFullWithoutExplanation() => HardshipEngine.Default.Assess(_applications[Next()], AsOf, Profile, _workspace, trace: false);

    /// <summary>
    /// <c>HardshipEngine.Assess(application, asOf, profile)</c>: an assessment of its own with a copy of the recorded explanation;
    /// its report is built when first read (not read here).
    /// </summary>
    /// <returns>The category.</returns>
    [Benchmark]
    public HardshipCategory UnionFullAssessCall() => HardshipEngine.Default.Assess(_applications[Next()], AsOf, Profile, trace: true).Category;

    /// <summary>
    /// Union full assessment without the explanation, then its summary (the codes with their provisions, what was missing): what
    /// <c>union hardship batch --full</c> writes per household. The summary is shared by every household whose evaluation took the
    /// same course, so the report is built only for the first of them.
    /// </summary>
    /// <returns>The number of codes that applied.</returns>
    [Benchmark]
    public int UnionFullSummarized()
    {
        HardshipEngine.Default.Assess(_applications[Next()], AsOf, Profile, _workspace, trace: false);
        return _workspace.Summarize().Applied.Count;
    }

    /// <summary>Union full assessment with the report built: findings formatted and the explanation tree made (what rendering needs).</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int UnionFullReportBuilt()
    {
        HardshipEngine.Default.Assess(_applications[Next()], AsOf, Profile, _workspace, trace: true);
        return _workspace.BuildReport().Findings.Count;
    }

    /// <summary>The same 13 rules through the general rule engine (RuleSet.Evaluate, a RuleContext per rule), with the explanation tree.</summary>
    /// <returns>The category.</returns>
    [Benchmark]
    public HardshipCategory UnionGeneralEngine() => _general.Assess(_applications[Next()], AsOf, Profile, trace: true).Category;

    /// <summary>microsoft/RulesEngine 6.0.1: the three category tests as lambda-expression rules.</summary>
    [Benchmark]
    public HardshipCategory RulesEngine() => RulesEngineCategory(_flat[Next()]);

    /// <summary>NRules 1.0.4: the three category tests as rules; the household inserted, the rules fired, the household retracted.</summary>
    [Benchmark]
    public HardshipCategory NRules()
    {
        FlatHousehold h = _flat[Next()];
        _session.Insert(h);
        _session.Fire();
        _session.Retract(h);
        return FromFlags(Outcome.Flags[h.Index]);
    }

    /// <summary>A hand-written C# loop body over the flattened households: the limit.</summary>
    [Benchmark]
    public HardshipCategory HandWritten() => Hand(_flat[Next()]);

    private int Next()
    {
        int i = _next + 1;
        _next = i == _flat.Length ? 0 : i;
        return _next;
    }

    private static HardshipCategory Hand(FlatHousehold h)
    {
        if (!h.Eligible)
        {
            return HardshipCategory.None;
        }

        if (!h.DeepExcluded && h.DeepCircumstance && h.Net / (h.Size * Thresholds.Months) < Thresholds.DeepLimit)
        {
            return HardshipCategory.Deep;
        }

        if (!h.RelativeExcluded && h.RelativeCircumstance && h.RelativeNet / (h.Size * Thresholds.Months) < Thresholds.RelativeLimit)
        {
            return HardshipCategory.Relative;
        }

        return !h.AccidentExcluded && h.Losses > 0m && (h.AnnualIncome <= 0m || h.Losses / h.AnnualIncome > Thresholds.AccidentRatio) ? HardshipCategory.AccidentInduced : HardshipCategory.None;
    }

    private static FlatHousehold Flatten(in HouseholdSnapshot s, int index, HardshipScreener screener)
    {
        decimal imputed = s.ImputableMembers * screener.ImputedPerMember;
        decimal deepRigid = Rigid(s, screener, HardshipCategory.Deep);
        decimal relativeRigid = Rigid(s, screener, HardshipCategory.Relative);
        HouseholdCircumstances c = s.Circumstances;
        if (s.Medical > 0m || s.Disability > 0m || s.Education > 0m)
        {
            c |= HouseholdCircumstances.IllnessSchoolingOrDisabilityCosts;
        }

        const HouseholdCircumstances both = HouseholdCircumstances.OnSubsistenceAllowance | HouseholdCircumstances.IllnessSchoolingOrDisabilityCosts;
        return new FlatHousehold
        {
            Index = index,
            Net = s.CountedIncome + imputed - deepRigid,
            RelativeNet = s.CountedIncome + imputed - relativeRigid,
            AnnualIncome = s.CountedIncome + imputed,
            Size = s.HouseholdSize,
            Losses = s.AccidentLosses,
            Eligible = s.Membership == MembershipState.Eligible,
            DeepExcluded = (s.Exclusions & screener.ExclusionsBarring(HardshipCategory.Deep)) != 0,
            RelativeExcluded = (s.Exclusions & screener.ExclusionsBarring(HardshipCategory.Relative)) != 0,
            AccidentExcluded = (s.Exclusions & screener.ExclusionsBarring(HardshipCategory.AccidentInduced)) != 0,
            DeepCircumstance = (c & both) == both || (c & (HouseholdCircumstances.LaidOffInClosure | HouseholdCircumstances.SeriousIllnessOrDisability)) != 0,
            RelativeCircumstance = (c & (HouseholdCircumstances.SeriousIllnessOrDisability | HouseholdCircumstances.ChildInSchool | HouseholdCircumstances.IllnessSchoolingOrDisabilityCosts)) != 0,
        };
    }

    private static decimal Rigid(in HouseholdSnapshot s, HardshipScreener screener, HardshipCategory test) =>
        (screener.Deducts(test, ExpenditureCategory.Medical) ? s.Medical : 0m) + (screener.Deducts(test, ExpenditureCategory.Disability) ? s.Disability : 0m)
        + (screener.Deducts(test, ExpenditureCategory.Education) ? s.Education : 0m) + (screener.Deducts(test, ExpenditureCategory.Housing) ? s.Housing : 0m)
        + (screener.Deducts(test, ExpenditureCategory.LongTermCare) ? s.LongTermCare : 0m) + (screener.Deducts(test, ExpenditureCategory.JobCosts) ? s.JobCosts : 0m);

    private static Workflow Workflow()
    {
        string perHead = string.Create(CultureInfo.InvariantCulture, $"input1.Net / (input1.Size * {Thresholds.Months})");
        string relativePerHead = string.Create(CultureInfo.InvariantCulture, $"input1.RelativeNet / (input1.Size * {Thresholds.Months})");
        return new Workflow
        {
            WorkflowName = "hardship",
            Rules =
            [
                new Rule { RuleName = "deep", RuleExpressionType = RuleExpressionType.LambdaExpression, Expression = string.Create(CultureInfo.InvariantCulture, $"input1.Eligible && !input1.DeepExcluded && input1.DeepCircumstance && {perHead} < {Thresholds.DeepLimit}") },
                new Rule { RuleName = "relative", RuleExpressionType = RuleExpressionType.LambdaExpression, Expression = string.Create(CultureInfo.InvariantCulture, $"input1.Eligible && !input1.RelativeExcluded && input1.RelativeCircumstance && {relativePerHead} < {Thresholds.RelativeLimit}") },
                new Rule { RuleName = "accident", RuleExpressionType = RuleExpressionType.LambdaExpression, Expression = string.Create(CultureInfo.InvariantCulture, $"input1.Eligible && !input1.AccidentExcluded && input1.Losses > 0 && (input1.AnnualIncome <= 0 || input1.Losses / input1.AnnualIncome > {Thresholds.AccidentRatio})") },
            ],
        };
    }

    private HardshipCategory RulesEngineCategory(FlatHousehold h)
    {
        List<RuleResultTree> results = _rulesEngine.ExecuteAllRulesAsync("hardship", h).AsTask().GetAwaiter().GetResult();
        bool deep = false, relative = false, accident = false;
        foreach (RuleResultTree r in results)
        {
            if (r.IsSuccess)
            {
                switch (r.Rule.RuleName)
                {
                    case "deep": deep = true; break;
                    case "relative": relative = true; break;
                    default: accident = true; break;
                }
            }
        }

        return deep ? HardshipCategory.Deep : relative ? HardshipCategory.Relative : accident ? HardshipCategory.AccidentInduced : HardshipCategory.None;
    }

    private void NRulesRun()
    {
        Outcome.Flags = new byte[_flat.Length];
        ISession session = _nrules.CreateSession();
        session.InsertAll(_flat);
        session.Fire();
    }

    private static HardshipCategory FromFlags(byte f) =>
        (f & 1) != 0 ? HardshipCategory.Deep : (f & 2) != 0 ? HardshipCategory.Relative : (f & 4) != 0 ? HardshipCategory.AccidentInduced : HardshipCategory.None;

    private void Verify()
    {
        _screener.Screen(_snapshots, _results);
        NRulesRun();
        int checkedFull = 0;
        for (int i = 0; i < _applications.Length; i++)
        {
            HardshipCategory expected = _results[i].Category;
            if (!_results[i].IsAssessed)
            {
                throw new InvalidOperationException($"Household {i} was not assessed.");
            }

            Check(i, "hand-written", expected, Hand(_flat[i]));
            Check(i, "Union full (workspace)", expected, HardshipEngine.Default.Assess(_applications[i], AsOf, Profile, _workspace, trace: false));
            Check(i, "NRules", expected, FromFlags(Outcome.Flags[i]));
            if (i % 10 == 0)
            {
                Check(i, "RulesEngine", expected, RulesEngineCategory(_flat[i]));
                Check(i, "Union full", expected, HardshipEngine.Default.Assess(_applications[i], AsOf, Profile, trace: false).Category);
                Check(i, "Union general engine", expected, _general.Assess(_applications[i], AsOf, Profile, trace: false).Category);
                checkedFull++;
            }
        }

        Console.WriteLine($"// Verified: {_applications.Length} households, identical categories (screening, Union full into the workspace, NRules, hand-written: all; RulesEngine, Union Assess and the general engine: {checkedFull}, every tenth).");
        Console.WriteLine($"// Categories: {string.Join(", ", _results.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}");
    }

    private static void Check(int i, string engine, HardshipCategory expected, HardshipCategory actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"Household {i}: {engine} gives {actual}, Union screening gives {expected}.");
        }
    }
}
