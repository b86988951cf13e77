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

    /// <summary>Initializes facts with no application yet (a workspace's, set by <see cref="Reset"/>).</summary>
    internal HardshipFacts() => Application = null!;

    /// <summary>Gets the application.</summary>
    public HardshipApplication Application { get; private set; }

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

    /// <summary>Gets the rigid expenditure deducted in the deep-hardship test (HD-RIGID, <c>hd.rigid.deductedCategories.deep</c>).</summary>
    public decimal? RigidDeducted { get; internal set; }

    /// <summary>
    /// Gets the rigid expenditure deducted in the relative-hardship test (HD-RIGID, <c>hd.rigid.deductedCategories.relative</c>;
    /// the template adds 必要就业成本 to the deep test's deductions).
    /// </summary>
    public decimal? RelativeRigidDeducted { get; internal set; }

    /// <summary>Gets the qualifying circumstances (HD-RIGID works them out with the deductible costs).</summary>
    public HouseholdCircumstances Circumstances { get; internal set; }

    /// <summary>Gets the net income of the deep-hardship test: counted + imputed − <see cref="RigidDeducted"/> (HD-PER-CAPITA).</summary>
    public decimal? NetIncome { get; internal set; }

    /// <summary>Gets the net income of the relative-hardship test: counted + imputed − <see cref="RelativeRigidDeducted"/> (HD-PER-CAPITA).</summary>
    public decimal? RelativeNetIncome { get; internal set; }

    /// <summary>Gets the household size (HD-PER-CAPITA).</summary>
    public int HouseholdSize => Application.Members.Count;

    /// <summary>Gets the exact per-head monthly income of the deep-hardship test (HD-PER-CAPITA).</summary>
    public decimal? PerHeadMonthly { get; internal set; }

    /// <summary>Gets the exact per-head monthly income of the relative-hardship test (HD-PER-CAPITA).</summary>
    public decimal? RelativePerHeadMonthly { get; internal set; }

    /// <summary>Gets the exclusions hit (HD-EXCLUDED).</summary>
    public HardshipExclusions Exclusions { get; internal set; }

    /// <summary>Gets whether the exclusions could be fully assessed (HD-EXCLUDED).</summary>
    public bool ExclusionsAssessed { get; internal set; }

    /// <summary>Gets the exclusions hit that bar 深度困难 (HD-EXCLUDED, <c>hd.exclusion.&lt;kind&gt;.bars</c>).</summary>
    public HardshipExclusions BarringDeep { get; internal set; }

    /// <summary>Gets the exclusions hit that bar 相对困难.</summary>
    public HardshipExclusions BarringRelative { get; internal set; }

    /// <summary>Gets the exclusions hit that bar 意外致困.</summary>
    public HardshipExclusions BarringAccident { get; internal set; }

    /// <summary>Gets whether an exclusion was hit whose barred categories could not be read, so no category can be decided.</summary>
    public bool BarsUnknown { get; internal set; }

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
    public bool CategoryAssessed => EligibleMember is not null && DeepIncomeTest is not null && RelativeIncomeTest is not null && AccidentTest is not null && !BarsUnknown;

    /// <summary>Gets the near misses (HD-NEAR-MISS).</summary>
    public IReadOnlyList<NearMiss> NearMisses => NearMissList;

    /// <summary>Gets the recommended assistance (HD-ASSISTANCE).</summary>
    public IReadOnlyList<AssistanceKind> Assistance => AssistanceList;

    /// <summary>Gets the file status (HD-REVIEW).</summary>
    public FileStatus? FileStatus { get; internal set; }

    /// <summary>Gets the next review date (HD-REVIEW).</summary>
    public LocalDate? NextReview { get; internal set; }

    internal NearMissList NearMissList { get; } = new();

    /// <summary>Clears every value worked out, for a new evaluation of <paramref name="application"/> (a reused workspace).</summary>
    internal void Reset(HardshipApplication application)
    {
        Application = application;
        EligibleMember = null;
        WindowMonths = null;
        WindowStart = null;
        WindowEnd = null;
        CountedIncome = null;
        ImputedIncome = null;
        ImputedMembers = null;
        RigidDeducted = null;
        RelativeRigidDeducted = null;
        Circumstances = default;
        NetIncome = null;
        RelativeNetIncome = null;
        PerHeadMonthly = null;
        RelativePerHeadMonthly = null;
        Exclusions = default;
        ExclusionsAssessed = false;
        BarringDeep = default;
        BarringRelative = default;
        BarringAccident = default;
        BarsUnknown = false;
        DeepLimit = null;
        DeepComparison = default;
        DeepIncomeTest = null;
        RelativeLimit = null;
        RelativeComparison = default;
        RelativeIncomeTest = null;
        AccidentLosses = null;
        AccidentRatio = null;
        AccidentComparison = default;
        AccidentTest = null;
        FileStatus = null;
        NextReview = null;
        NearMissList.Clear();
        AssistanceList.Clear();
    }

    internal List<AssistanceKind> AssistanceList { get; } = [];

    /// <summary>Whether an exclusion hit bars <paramref name="category"/> (the category's own test may still hold).</summary>
    /// <param name="category">The category.</param>
    /// <returns>Whether it is barred.</returns>
    public bool IsBarred(HardshipCategory category) => category switch
    {
        HardshipCategory.Deep => BarringDeep != HardshipExclusions.None,
        HardshipCategory.Relative => BarringRelative != HardshipExclusions.None,
        HardshipCategory.AccidentInduced => BarringAccident != HardshipExclusions.None,
        _ => false,
    };

    /// <summary>Gets the category decided from the tests, the exclusions that bar each category and the membership conditions.</summary>
    public HardshipCategory Category => HardshipMath.Decide(
        EligibleMember == true,
        IsBarred(HardshipCategory.Deep),
        IsBarred(HardshipCategory.Relative),
        IsBarred(HardshipCategory.AccidentInduced),
        DeepIncomeTest == true && HardshipMath.DeepCircumstance(Circumstances),
        RelativeIncomeTest == true && HardshipMath.RelativeCircumstance(Circumstances),
        AccidentTest == true);
}
