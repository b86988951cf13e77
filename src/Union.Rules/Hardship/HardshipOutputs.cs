using NodaTime;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// The outputs the hardship rules compute (困难职工认定输出): the income window, the counted and exempt income, the deductions,
/// both per-head incomes, the exclusions and what each bars, each test's result, the file status and the review dates.
/// </summary>
public static class HardshipOutputs
{
    /// <summary>The first day of the income window (HD-WINDOW).</summary>
    public static readonly Output<LocalDate> WindowStart = new("windowStart");

    /// <summary>The last day of the income window (HD-WINDOW).</summary>
    public static readonly Output<LocalDate> WindowEnd = new("windowEnd");

    /// <summary>The household income counted over the window, yuan (HD-INCOME).</summary>
    public static readonly Output<decimal> CountedIncome = new("countedIncome");

    /// <summary>The income the region does not count (exempt categories), yuan (HD-INCOME).</summary>
    public static readonly Output<decimal> ExemptIncome = new("exemptIncome");

    /// <summary>The minimum wage imputed to the unemployed members able to work, over the window, yuan (HD-IMPUTED).</summary>
    public static readonly Output<decimal> ImputedIncome = new("imputedIncome");

    /// <summary>The household's circumstances as the rules read them (HD-RIGID).</summary>
    public static readonly Output<HouseholdCircumstances> Circumstances = new("circumstances");

    /// <summary>The rigid expenditure deducted from income for the deep-hardship test, yuan (HD-RIGID).</summary>
    public static readonly Output<decimal> RigidDeductedDeep = new("rigidDeducted.deep");

    /// <summary>The rigid expenditure deducted from income for the relative-hardship test, yuan (HD-RIGID).</summary>
    public static readonly Output<decimal> RigidDeductedRelative = new("rigidDeducted.relative");

    /// <summary>The household's net income for the deep-hardship test, yuan (HD-PER-CAPITA).</summary>
    public static readonly Output<decimal> NetIncomeDeep = new("netIncome.deep");

    /// <summary>The per-head monthly income for the deep-hardship test, to the fen (HD-PER-CAPITA).</summary>
    public static readonly Output<decimal> PerHeadMonthlyDeep = new("perHeadMonthly.deep");

    /// <summary>The household's net income for the relative-hardship test, yuan (HD-PER-CAPITA).</summary>
    public static readonly Output<decimal> NetIncomeRelative = new("netIncome.relative");

    /// <summary>The per-head monthly income for the relative-hardship test, to the fen (HD-PER-CAPITA).</summary>
    public static readonly Output<decimal> PerHeadMonthlyRelative = new("perHeadMonthly.relative");

    /// <summary>The exclusions the household hits (HD-EXCLUDED).</summary>
    public static readonly Output<HardshipExclusions> Exclusions = new("exclusions");

    /// <summary>The exclusions that bar deep hardship (HD-EXCLUDED).</summary>
    public static readonly Output<HardshipExclusions> BarringDeep = new("barring.deep");

    /// <summary>The exclusions that bar relative hardship (HD-EXCLUDED).</summary>
    public static readonly Output<HardshipExclusions> BarringRelative = new("barring.relative");

    /// <summary>The exclusions that bar accident-induced hardship (HD-EXCLUDED).</summary>
    public static readonly Output<HardshipExclusions> BarringAccidentInduced = new("barring.accidentInduced");

    /// <summary>Whether the per-head income meets the category's income test (HD-DEEP, HD-RELATIVE: each in its own rule).</summary>
    public static readonly Output<bool> IncomeTest = new("incomeTest");

    /// <summary>Whether the household has a circumstance the category requires (HD-DEEP, HD-RELATIVE: each in its own rule).</summary>
    public static readonly Output<bool> Circumstance = new("circumstance");

    /// <summary>Whether the accident's losses exceed the share of annual income the template sets (HD-ACCIDENT).</summary>
    public static readonly Output<bool> LossTest = new("lossTest");

    /// <summary>The file's status after the annual review (HD-REVIEW).</summary>
    public static readonly Output<FileStatus> FileStatus = new("fileStatus");

    /// <summary>The day the annual review was due (HD-REVIEW).</summary>
    public static readonly Output<LocalDate> ReviewDue = new("reviewDue");

    /// <summary>The day of the next review (HD-REVIEW).</summary>
    public static readonly Output<LocalDate> NextReview = new("nextReview");

    private static readonly Output<decimal>[] RigidByCategory = [.. Enum.GetValues<ExpenditureCategory>().Select(c => new Output<decimal>("rigid." + c))];

    /// <summary>The rigid expenditure of one category counted (after any cap), yuan (HD-RIGID).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The handle.</returns>
    public static Output<decimal> Rigid(ExpenditureCategory category) => RigidByCategory[(int)category];
}

/// <summary>Typed output recording for the hardship rules' recorders: a handle and a value of its type, no boxing.</summary>
internal static class HardshipOutputRecording
{
    internal static void Set<TRec>(this TRec recorder, Output<LocalDate> output, LocalDate value)
        where TRec : struct, IHardshipRecorder => recorder.Output((output.Name, value));

    internal static void Set<TRec>(this TRec recorder, Output<decimal> output, decimal value)
        where TRec : struct, IHardshipRecorder => recorder.Output((output.Name, value));

    internal static void Set<TRec>(this TRec recorder, Output<bool> output, bool value)
        where TRec : struct, IHardshipRecorder => recorder.Output((output.Name, value));

    internal static void Set<TRec>(this TRec recorder, Output<HardshipExclusions> output, HardshipExclusions value)
        where TRec : struct, IHardshipRecorder => recorder.Output((output.Name, value));

    internal static void Set<TRec>(this TRec recorder, Output<HouseholdCircumstances> output, HouseholdCircumstances value)
        where TRec : struct, IHardshipRecorder => recorder.Output((output.Name, value));

    internal static void Set<TRec>(this TRec recorder, Output<FileStatus> output, FileStatus value)
        where TRec : struct, IHardshipRecorder => recorder.Output((output.Name, value));
}
