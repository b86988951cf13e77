using System.Runtime.CompilerServices;
using NodaTime;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// Assesses hardship households (困难职工认定引擎): one application with its full report and explanation, or many at once.
/// Immutable and safe to call from several threads at the same time.
/// </summary>
public sealed class HardshipEngine
{
    /// <summary>Initializes an engine with a rule set (the built-in rules when <see langword="null"/>).</summary>
    /// <param name="rules">The rules; order matters: each rule reads what the rules before it worked out.</param>
    public HardshipEngine(RuleSet<HardshipFacts>? rules = null) => Rules = rules ?? DefaultRules;

    /// <summary>Gets the built-in rules in evaluation order.</summary>
    public static RuleSet<HardshipFacts> DefaultRules { get; } = new(
    [
        new ApplicantIsEligibleMemberRule(),
        new IncomeCountedOverWindowRule(),
        new HouseholdIncomeCountedByCategoryRule(),
        new UnemployedAbleMembersImputedMinimumWageRule(),
        new RigidExpenditureDeductedRule(),
        new PerCapitaMonthlyIncomeRule(),
        new NoExclusionAppliesRule(),
        new DeepHardshipRule(),
        new RelativeHardshipRule(),
        new AccidentInducedHardshipRule(),
        new NearMissesReportedRule(),
        new AssistanceRecommendedRule(),
        new AnnualReviewRule(),
    ]);

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
        RuleReport report = LocalRegulationNotice.Apply(Rules.Evaluate(facts, asOf, profile, trace), profile, "hd.", HardshipCitations.AcftuNotice);
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
                decimal.Round(perHead, 2, MidpointRounding.AwayFromZero),
                facts.RelativeRigidDeducted!.Value,
                facts.RelativeNetIncome!.Value,
                decimal.Round(facts.RelativePerHeadMonthly!.Value, 2, MidpointRounding.AwayFromZero))
            : null;
        return new HardshipAssessment(
            assessed ? facts.Category : HardshipCategory.None,
            assessed,
            perCapita,
            facts.Exclusions,
            facts.NearMisses,
            facts.Assistance,
            facts.FileStatus,
            facts.NextReview,
            report);
    }

    /// <summary>Assesses a stream of households one by one, in order (full mode); results are identical to <see cref="Assess"/>.</summary>
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
        var results = new HardshipAssessment[applications.Count];
        Parallel.For(0, applications.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => results[i] = Assess(applications[i], asOf, profile, trace));
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
