using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>
/// An application for recognition as a hardship worker's household (困难职工认定申请), or the file re-examined at the annual
/// review: the applicant, the household, its income and rigid expenditure over the window, its assets and conduct for the
/// exclusions, accident events, and the existing file. Immutable; an ineligible household is representable.
/// </summary>
public sealed record HardshipApplication
{
    private readonly IReadOnlyList<HouseholdMember>? _members;
    private readonly IReadOnlyList<IncomeRecord>? _incomes;
    private readonly IReadOnlyList<RigidExpenditure>? _expenditures;
    private readonly HouseholdAssets? _assets;
    private readonly HouseholdConduct? _conduct;
    private readonly IReadOnlyList<AccidentEvent>? _accidents;

    /// <summary>Gets the application date (申请日期); income is counted over the months before it.</summary>
    public required LocalDate ApplicationDate { get; init; }

    /// <summary>Gets the applicant.</summary>
    public required Applicant Applicant { get; init; }

    /// <summary>Gets the members of the household living together, the applicant included (家庭共同生活成员).</summary>
    [InputCount(100, Minimum = 1)]
    public IReadOnlyList<HouseholdMember> Members { get => _members ?? []; init => _members = value; }

    /// <summary>Gets whether the household receives the 低保 (享受城市最低生活保障).</summary>
    public bool OnSubsistenceAllowance { get; init; }

    /// <summary>Gets the income records (收入记录).</summary>
    [InputCount(10_000)]
    public IReadOnlyList<IncomeRecord> Incomes { get => _incomes ?? []; init => _incomes = value; }

    /// <summary>Gets the rigid expenditures (刚性支出).</summary>
    [InputCount(10_000)]
    public IReadOnlyList<RigidExpenditure> Expenditures { get => _expenditures ?? []; init => _expenditures = value; }

    /// <summary>Gets the assets and schooling choices for the exclusions, when declared.</summary>
    public HouseholdAssets Assets { get => _assets ?? Empty.Assets; init => _assets = value; }

    /// <summary>Gets how the household dealt with the investigation.</summary>
    public HouseholdConduct Conduct { get => _conduct ?? Empty.Conduct; init => _conduct = value; }

    /// <summary>Gets the accident events (致困事件).</summary>
    [InputCount(1_000)]
    public IReadOnlyList<AccidentEvent> Accidents { get => _accidents ?? []; init => _accidents = value; }

    /// <summary>Gets the existing file, for an annual review; <see langword="null"/> for a first application.</summary>
    public ExistingFile? ExistingFile { get; init; }
}

/// <summary>Shared empty values (the source-generated reader assigns null to init-only members absent from the JSON).</summary>
internal static class Empty
{
    internal static readonly HouseholdAssets Assets = new();
    internal static readonly HouseholdConduct Conduct = new();
}
