using System.Runtime.CompilerServices;
using NodaTime;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// Assesses hardship households (困难职工认定引擎): one application with its full report and explanation, or many at once.
/// Safe to call from several threads at the same time. With the built-in rules it evaluates them into a compact record and
/// builds the report from it when read, reading the parameters once per (profile, date) and keeping those of the last pair
/// used; a custom rule set runs through the general engine (<see cref="RuleSet{TFacts}.Evaluate"/>).
/// </summary>
public sealed class HardshipEngine
{
    /// <summary>Initializes an engine with a rule set (the built-in rules when <see langword="null"/>).</summary>
    /// <param name="rules">The rules; order matters: each rule reads what the rules before it worked out.</param>
    public HardshipEngine(RuleSet<HardshipFacts>? rules = null) => Rules = rules ?? DefaultRules;

    /// <summary>Gets the built-in rules in evaluation order.</summary>
    public static RuleSet<HardshipFacts> DefaultRules { get; } = new(BuiltIn.All);

    [ThreadStatic]
    private static HardshipLog? t_log;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<CacheKey, HardshipParameterCache> _caches = new();

    private HardshipParameterCache? _cache;

    /// <summary>Gets an engine with the built-in rules.</summary>
    public static HardshipEngine Default { get; } = new();

    /// <summary>Gets the rules.</summary>
    public RuleSet<HardshipFacts> Rules { get; }

    /// <summary>Assesses one household. Never throws for an ineligible household or a missing input: the report says.</summary>
    /// <param name="application">The application.</param>
    /// <param name="asOf">The date of the assessment: parameters (低保, minimum wage) are read for this date.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record the explanation tree.</param>
    /// <returns>The assessment.</returns>
    public HardshipAssessment Assess(HardshipApplication application, LocalDate asOf, JurisdictionProfile profile, bool trace = true)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(profile);
        var facts = new HardshipFacts(application);
        if (IsBuiltIn)
        {
            // The built-in rules record into a reused log; the assessment keeps a copy of the entries and builds its report
            // (the findings formatted, the explanation tree) from them when Report is first read.
            HardshipLog log = t_log ??= new HardshipLog();
            RunBuiltIn(facts, log, CacheFor(profile, asOf), trace);
            return Assessment(facts, facts.NearMissList.ToArray(), facts.AssistanceList, null, log.Copy());
        }

        RuleReport report = LocalRegulationNotice.Apply(Rules.Evaluate(facts, asOf, profile, trace), profile, "hd.", HardshipCitations.AcftuNotice);
        return Assessment(facts, facts.NearMissList.ToArray(), facts.AssistanceList, report, null);
    }

    /// <summary>
    /// Assesses one household into a reusable workspace, for batches (批量认定): with the built-in rules nothing is allocated per
    /// household; the category, the values worked out and the record of the explanation stay in <paramref name="workspace"/>
    /// until its next use, and <see cref="HardshipWorkspace.ToAssessment"/> gives the same assessment as
    /// <see cref="Assess(HardshipApplication, LocalDate, JurisdictionProfile, bool)"/>. A custom rule set runs through the
    /// general engine (and allocates as it does).
    /// </summary>
    /// <param name="application">The application.</param>
    /// <param name="asOf">The date of the assessment: parameters (低保, minimum wage) are read for this date, once per profile and date.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="workspace">The workspace; one per thread.</param>
    /// <param name="trace">Whether to record the explanation (facts read and comparisons made); findings are always recorded.</param>
    /// <returns>The category; <see cref="HardshipCategory.None"/> when none applies or when not assessed (<see cref="HardshipWorkspace.IsAssessed"/>).</returns>
    public HardshipCategory Assess(HardshipApplication application, LocalDate asOf, JurisdictionProfile profile, HardshipWorkspace workspace, bool trace = true)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(workspace);
        if (!IsBuiltIn)
        {
            return workspace.Keep(Assess(application, asOf, profile, trace));
        }

        HardshipFacts facts = workspace.Facts;
        facts.Reset(application);
        RunBuiltIn(facts, workspace.Log, CacheFor(profile, asOf), trace);
        return workspace.Keep(null);
    }

    /// <summary>Builds an assessment from the worked facts, with its report or with the log to build it from.</summary>
    internal static HardshipAssessment Assessment(HardshipFacts facts, IReadOnlyList<NearMiss> nearMisses, IReadOnlyList<AssistanceKind> assistance, RuleReport? report, HardshipLog? log)
    {
        bool assessed = facts.CategoryAssessed;
        PerCapitaIncome? perCapita = facts.PerHeadMonthly is { } perHead
            ? new PerCapitaIncome(
                facts.CountedIncome!.Value,
                facts.ImputedIncome!.Value,
                facts.ImputedMembers ?? 0,
                facts.RigidDeducted!.Value,
                facts.NetIncome!.Value,
                facts.HouseholdSize,
                facts.WindowMonths!.Value,
                HardshipMath.RoundToFen(perHead),
                facts.RelativeRigidDeducted!.Value,
                facts.RelativeNetIncome!.Value,
                HardshipMath.RoundToFen(facts.RelativePerHeadMonthly!.Value))
            : null;
        HardshipCategory category = assessed ? facts.Category : HardshipCategory.None;
        return report is not null
            ? new HardshipAssessment(category, assessed, perCapita, facts.Exclusions, nearMisses, assistance, facts.FileStatus, facts.NextReview, report)
            : new HardshipAssessment(category, assessed, perCapita, facts.Exclusions, nearMisses, assistance, facts.FileStatus, facts.NextReview, log!);
    }

    private bool IsBuiltIn => ReferenceEquals(Rules, DefaultRules);

    /// <summary>
    /// The parameters of a (profile, date), read once per engine: the pair used last is checked first, then every pair read so far
    /// (a province's file mixes cities, and threads assess households of different regions at once), so a household of a region
    /// already seen allocates nothing. The pairs kept are bounded; past the bound they are read again.
    /// </summary>
    private HardshipParameterCache CacheFor(JurisdictionProfile profile, LocalDate asOf)
    {
        HardshipParameterCache? cache = Volatile.Read(ref _cache);
        if (cache is not null && ReferenceEquals(cache.Profile, profile) && cache.AsOf == asOf)
        {
            return cache;
        }

        var key = new CacheKey(profile, asOf);
        if (!_caches.TryGetValue(key, out cache))
        {
            if (_caches.Count >= MaxCachedPairs)
            {
                _caches.Clear();
            }

            cache = _caches.GetOrAdd(key, static k => HardshipParameterCache.For(k.Profile, k.AsOf));
        }

        Volatile.Write(ref _cache, cache);
        return cache;
    }

    private const int MaxCachedPairs = 1024;

    /// <summary>A (profile, date) pair compared by the profile's identity: a profile is immutable, so the same object reads the same.</summary>
    private readonly struct CacheKey(JurisdictionProfile profile, LocalDate asOf) : IEquatable<CacheKey>
    {
        public JurisdictionProfile Profile { get; } = profile;

        public LocalDate AsOf { get; } = asOf;

        public bool Equals(CacheKey other) => ReferenceEquals(Profile, other.Profile) && AsOf == other.AsOf;

        public override bool Equals(object? obj) => obj is CacheKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Profile), AsOf);
    }

    /// <summary>Runs the built-in rules in order, recording into <paramref name="log"/>; the same code the general engine runs.</summary>
    private static void RunBuiltIn(HardshipFacts facts, HardshipLog log, HardshipParameterCache cache, bool trace)
    {
        log.Begin(cache, trace);
        var rec = new LogRecorder(log);
        rec.RuleStart(0);
        ApplicantIsEligibleMemberRule.Run(facts, rec);
        rec.RuleStart(1);
        IncomeCountedOverWindowRule.Run(facts, rec);
        rec.RuleStart(2);
        HouseholdIncomeCountedByCategoryRule.Run(facts, rec);
        rec.RuleStart(3);
        UnemployedAbleMembersImputedMinimumWageRule.Run(facts, rec);
        rec.RuleStart(4);
        RigidExpenditureDeductedRule.Run(facts, rec);
        rec.RuleStart(5);
        PerCapitaMonthlyIncomeRule.Run(facts, rec);
        rec.RuleStart(6);
        NoExclusionAppliesRule.Run(facts, rec);
        rec.RuleStart(7);
        DeepHardshipRule.Run(facts, rec);
        rec.RuleStart(8);
        RelativeHardshipRule.Run(facts, rec);
        rec.RuleStart(9);
        AccidentInducedHardshipRule.Run(facts, rec);
        rec.RuleStart(10);
        NearMissesReportedRule.Run(facts, rec);
        rec.RuleStart(11);
        AssistanceRecommendedRule.Run(facts, rec);
        rec.RuleStart(12);
        AnnualReviewRule.Run(facts, rec);
    }

    /// <summary>Assesses a stream of households one by one, in order (full mode); results are identical to <see cref="Assess(HardshipApplication, LocalDate, JurisdictionProfile, bool)"/>.</summary>
    /// <param name="applications">The applications.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record each explanation tree.</param>
    /// <returns>The assessments, lazily, in input order.</returns>
    public IEnumerable<HardshipAssessment> AssessMany(IEnumerable<HardshipApplication> applications, LocalDate asOf, JurisdictionProfile profile, bool trace = false)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(profile);
        return Iterate(applications, asOf, profile, trace);
    }

    /// <summary>Assesses an asynchronous stream of households, in order (full mode).</summary>
    /// <param name="applications">The applications.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record each explanation tree.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The assessments, in input order.</returns>
    public async IAsyncEnumerable<HardshipAssessment> AssessManyAsync(
        IAsyncEnumerable<HardshipApplication> applications,
        LocalDate asOf,
        JurisdictionProfile profile,
        bool trace = false,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(profile);
        await foreach (HardshipApplication a in applications.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Assess(a, asOf, profile, trace);
        }
    }

    /// <summary>Assesses an array of households on several threads (full mode); result i is the assessment of household i.</summary>
    /// <param name="applications">The applications.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record each explanation tree.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; -1 for the runtime's choice.</param>
    /// <returns>The assessments, in input order.</returns>
    public HardshipAssessment[] AssessParallel(IReadOnlyList<HardshipApplication> applications, LocalDate asOf, JurisdictionProfile profile, bool trace = false, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(applications);
        ArgumentNullException.ThrowIfNull(profile);
        int count = applications.Count;
        var results = new HardshipAssessment[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };

        // The loop variable is typed and the body is a block, so that the loop binds to Parallel.For's int overload even
        // when a statement inside it is changed (a mutation tool's rewrite of an expression body leaves the overload ambiguous).
        Parallel.For(0, count, options, (int i) =>
        {
            results[i] = Assess(applications[i], asOf, profile, trace);
        });
        return results;
    }

    private IEnumerable<HardshipAssessment> Iterate(IEnumerable<HardshipApplication> applications, LocalDate asOf, JurisdictionProfile profile, bool trace)
    {
        foreach (HardshipApplication a in applications)
        {
            yield return Assess(a, asOf, profile, trace);
        }
    }
}

/// <summary>The built-in rules, one instance each, in evaluation order.</summary>
internal static class BuiltIn
{
    internal static readonly ApplicantIsEligibleMemberRule Member = new();
    internal static readonly IncomeCountedOverWindowRule Window = new();
    internal static readonly HouseholdIncomeCountedByCategoryRule Income = new();
    internal static readonly UnemployedAbleMembersImputedMinimumWageRule Imputed = new();
    internal static readonly RigidExpenditureDeductedRule Rigid = new();
    internal static readonly PerCapitaMonthlyIncomeRule PerCapita = new();
    internal static readonly NoExclusionAppliesRule Excluded = new();
    internal static readonly DeepHardshipRule Deep = new();
    internal static readonly RelativeHardshipRule Relative = new();
    internal static readonly AccidentInducedHardshipRule Accident = new();
    internal static readonly NearMissesReportedRule NearMiss = new();
    internal static readonly AssistanceRecommendedRule Assistance = new();
    internal static readonly AnnualReviewRule Review = new();

    /// <summary>The rules in order (the index a <see cref="HardshipLog"/> entry names).</summary>
    internal static readonly IRule<HardshipFacts>[] All = [Member, Window, Income, Imputed, Rigid, PerCapita, Excluded, Deep, Relative, Accident, NearMiss, Assistance, Review];
}
