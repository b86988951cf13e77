using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// One employee's employment with the employer (劳动者用工记录): when work started, when a written contract was signed, its
/// term and probation, earlier fixed terms, the facts that decide the statutory retirement age, the wage, and how the
/// employment ended.
/// </summary>
/// <param name="Started">The first day of employment (用工之日).</param>
/// <param name="Id">The employee's identifier in the file.</param>
/// <param name="Name">The employee's name.</param>
/// <param name="ContractSigned">The day the written labour contract was concluded (订立书面劳动合同之日); absent when none was.</param>
/// <param name="Term">The kind of the current contract's term.</param>
/// <param name="TermMonths">For a fixed-term contract, its length in months.</param>
/// <param name="ProbationMonths">The probation the current contract agrees, in months (试用期); absent or 0 when none.</param>
/// <param name="EarlierProbation">Whether the employer already agreed a probation with this employee before (同一用人单位与同一劳动者只能约定一次试用期).</param>
/// <param name="ConsecutiveFixedTerms">How many fixed-term contracts have been concluded in a row, the current one included (连续订立固定期限劳动合同的次数).</param>
/// <param name="BirthDate">The date of birth, for the statutory retirement age.</param>
/// <param name="Sex">The sex, for the statutory retirement age.</param>
/// <param name="OriginalRetirementAge">The retirement age before the 2025 reform (60 for men; 50 or 55 for women), for the statutory retirement age.</param>
/// <param name="RetirementDate">The statutory retirement date when the caller knows it; it takes the place of a computed one.</param>
/// <param name="MonthlyWage">The agreed monthly wage (月工资).</param>
/// <param name="Separation">How and when the employment ended, with the wages of the last twelve months.</param>
public sealed record EmploymentRecord(
    LocalDate Started,
    string? Id = null,
    string? Name = null,
    LocalDate? ContractSigned = null,
    ContractTermKind? Term = null,
    [property: InputRange(0, 1_200)] int? TermMonths = null,
    [property: InputRange(0, 1_200)] int? ProbationMonths = null,
    bool EarlierProbation = false,
    [property: InputRange(0, 100)] int? ConsecutiveFixedTerms = null,
    LocalDate? BirthDate = null,
    Sex? Sex = null,
    [property: InputRange(40, 70)] int? OriginalRetirementAge = null,
    LocalDate? RetirementDate = null,
    Money? MonthlyWage = null,
    Separation? Separation = null);

/// <summary>The kind of a labour contract's term (劳动合同期限, 劳动合同法 第十二条).</summary>
public enum ContractTermKind
{
    /// <summary>A fixed term (固定期限).</summary>
    FixedTerm,

    /// <summary>An open-ended term (无固定期限).</summary>
    OpenEnded,

    /// <summary>Until a task is completed (以完成一定工作任务为期限).</summary>
    TaskBased,
}

/// <summary>The sex (性别), as the statutory retirement age distinguishes it.</summary>
public enum Sex
{
    /// <summary>Male (男).</summary>
    Male,

    /// <summary>Female (女).</summary>
    Female,
}
