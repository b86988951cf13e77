using NodaTime;
using Union.Domain.Hardship;

namespace Union.Rules.Hardship;

/// <summary>
/// What the hardship rules read and the values they work out in order (困难认定工作底稿): the application, then the window,
/// the counted income, the imputed income, the deducted rigid expenditure, the per-head income, the exclusions and the tests.
/// Each rule fills its values for the rules after it; a value is <see langword="null"/> when its rule did not run or could
/// not assess it. One instance serves one evaluation and is not shared between threads.
/// </summary>
public sealed class HardshipFacts
{
    /// <summary>Initializes the facts for an application.</summary>
    /// <param name="application">The application.</param>
    public HardshipFacts(HardshipApplication application) => Application = application ?? throw new ArgumentNullException(nameof(application));

    /// <summary>Gets the application.</summary>
    public HardshipApplication Application { get; }

    /// <summary>Gets whether the applicant meets the membership conditions (HD-MEMBER).</summary>
    public bool? EligibleMember { get; internal set; }

    /// <summary>Gets the number of months in the income window (HD-WINDOW).</summary>
    public int? WindowMonths { get; internal set; }

    /// <summary>Gets the first day of the income window (HD-WINDOW).</summary>
    public LocalDate? WindowStart { get; internal set; }

    /// <summary>Gets the last day of the income window, the day before the application (HD-WINDOW).</summary>
    public LocalDate? WindowEnd { get; internal set; }

    /// <summary>Gets the household income counted over the window (HD-INCOME).</summary>
    public decimal? CountedIncome { get; internal set; }

    /// <summary>Gets the income imputed to members who could work (HD-IMPUTED).</summary>
    public decimal? ImputedIncome { get; internal set; }

    /// <summary>Gets the number of members imputed the minimum wage (HD-IMPUTED).</summary>
    public int? ImputedMembers { get; internal set; }

    /// <summary>Gets the rigid expenditure deducted (HD-RIGID).</summary>
    public decimal? RigidDeducted { get; internal set; }

    /// <summary>Gets the qualifying circumstances (HD-RIGID works them out with the deductible costs).</summary>
    public HouseholdCircumstances Circumstances { get; internal set; }

    /// <summary>Gets the net income: counted + imputed − rigid (HD-PER-CAPITA).</summary>
    public decimal? NetIncome { get; internal set; }

    /// <summary>Gets the household size (HD-PER-CAPITA).</summary>
    public int HouseholdSize => Application.Members.Count;

    /// <summary>Gets the exact per-head monthly income (HD-PER-CAPITA).</summary>
    public decimal? PerHeadMonthly { get; internal set; }

    /// <summary>Gets the exclusions hit (HD-EXCLUDED).</summary>
    public HardshipExclusions Exclusions { get; internal set; }

    /// <summary>Gets whether the exclusions could be fully assessed (HD-EXCLUDED).</summary>
    public bool ExclusionsAssessed { get; internal set; }

    /// <summary>Gets the deep-hardship limit per head (HD-DEEP).</summary>
    public decimal? DeepLimit { get; internal set; }

    /// <summary>Gets how the deep-hardship limit is compared (HD-DEEP).</summary>
    public Domain.Common.Comparison DeepComparison { get; internal set; }

    /// <summary>Gets whether the deep-hardship income test holds (HD-DEEP).</summary>
    public bool? DeepIncomeTest { get; internal set; }

    /// <summary>Gets the relative-hardship limit per head (HD-RELATIVE).</summary>
    public decimal? RelativeLimit { get; internal set; }

    /// <summary>Gets how the relative-hardship limit is compared (HD-RELATIVE).</summary>
    public Domain.Common.Comparison RelativeComparison { get; internal set; }

    /// <summary>Gets whether the relative-hardship income test holds (HD-RELATIVE).</summary>
    public bool? RelativeIncomeTest { get; internal set; }

    /// <summary>Gets the year's accident losses after compensation, insurance and aid (HD-ACCIDENT).</summary>
    public decimal? AccidentLosses { get; internal set; }

    /// <summary>Gets the accident loss ratio threshold (HD-ACCIDENT).</summary>
    public decimal? AccidentRatio { get; internal set; }

    /// <summary>Gets how the accident ratio is compared (HD-ACCIDENT).</summary>
    public Domain.Common.Comparison AccidentComparison { get; internal set; }

    /// <summary>Gets whether the accident test holds (HD-ACCIDENT).</summary>
    public bool? AccidentTest { get; internal set; }

    /// <summary>Gets the annual household income (counted + imputed) used by the accident test.</summary>
    public decimal? AnnualIncome => CountedIncome is { } c && ImputedIncome is { } i ? c + i : null;

    /// <summary>Gets whether every test the category needs was assessed.</summary>
    public bool CategoryAssessed => EligibleMember is not null && DeepIncomeTest is not null && RelativeIncomeTest is not null && AccidentTest is not null;

    /// <summary>Gets the near misses (HD-NEAR-MISS).</summary>
    public IReadOnlyList<NearMiss> NearMisses => NearMissList;

    /// <summary>Gets the recommended assistance (HD-ASSISTANCE).</summary>
    public IReadOnlyList<AssistanceKind> Assistance => AssistanceList;

    /// <summary>Gets the file status (HD-REVIEW).</summary>
    public FileStatus? FileStatus { get; internal set; }

    /// <summary>Gets the next review date (HD-REVIEW).</summary>
    public LocalDate? NextReview { get; internal set; }

    internal List<NearMiss> NearMissList { get; } = [];

    internal List<AssistanceKind> AssistanceList { get; } = [];

    /// <summary>Gets the category decided from the tests, the exclusions and the membership conditions.</summary>
    public HardshipCategory Category => HardshipMath.Decide(
        EligibleMember == true,
        Exclusions != HardshipExclusions.None,
        DeepIncomeTest == true && HardshipMath.DeepCircumstance(Circumstances),
        RelativeIncomeTest == true && HardshipMath.RelativeCircumstance(Circumstances),
        AccidentTest == true);
}
