using NodaTime;

namespace Union.Domain.Hardship;

/// <summary>
/// An application for recognition as a hardship worker's household (困难职工认定申请), or the file re-examined at the annual
/// review: the applicant, the household, its income and rigid expenditure over the window, its assets and conduct for the
/// exclusions, accident events, and the existing file. Immutable; an ineligible household is representable.
/// </summary>
public sealed record HardshipApplication
{
    /// <summary>Gets the application date (申请日期); income is counted over the months before it.</summary>
    public required LocalDate ApplicationDate { get; init; }

    /// <summary>Gets the applicant.</summary>
    public required Applicant Applicant { get; init; }

    /// <summary>Gets the members of the household living together, the applicant included (家庭共同生活成员).</summary>
    public IReadOnlyList<HouseholdMember> Members { get; init; } = [];

    /// <summary>Gets whether the household receives the 低保 (享受城市最低生活保障).</summary>
    public bool OnSubsistenceAllowance { get; init; }

    /// <summary>Gets the income records (收入记录).</summary>
    public IReadOnlyList<IncomeRecord> Incomes { get; init; } = [];

    /// <summary>Gets the rigid expenditures (刚性支出).</summary>
    public IReadOnlyList<RigidExpenditure> Expenditures { get; init; } = [];

    /// <summary>Gets the assets and schooling choices for the exclusions, when declared.</summary>
    public HouseholdAssets Assets { get; init; } = new();

    /// <summary>Gets how the household dealt with the investigation.</summary>
    public HouseholdConduct Conduct { get; init; } = new();

    /// <summary>Gets the accident events (致困事件).</summary>
    public IReadOnlyList<AccidentEvent> Accidents { get; init; } = [];

    /// <summary>Gets the existing file, for an annual review; <see langword="null"/> for a first application.</summary>
    public ExistingFile? ExistingFile { get; init; }
}
