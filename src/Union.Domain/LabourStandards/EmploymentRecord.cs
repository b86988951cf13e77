using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// One employee's employment with the employer (劳动者用工记录): when work started, when a written contract was signed, its
/// term and probation, earlier fixed terms, the facts that decide the statutory retirement age, the wage, and how the
/// employment ended.
/// </summary>
/// <param name="Started">
/// The first day of employment (用工之日), when the employment relationship begins (劳动合同法 第七条, 第十条第三款); for the
/// ten years of 第十四条 the first day of the continuous employment, years before 2008 included (实施条例 第九条) and years at a
/// former employer merged where the employee was moved without a reason of the employee's own (实施条例 第十条).
/// </param>
/// <param name="Id">The employee's identifier in the file.</param>
/// <param name="Name">The employee's name.</param>
/// <param name="ContractSigned">
/// The day the written labour contract was concluded (订立书面劳动合同之日); absent when none was. It may be before
/// <paramref name="Started"/>: a contract concluded before work starts is lawful, the relationship starting with the work
/// (劳动合同法 第十条第三款).
/// </param>
/// <param name="Term">The kind of the current contract's term.</param>
/// <param name="TermMonths">
/// For a fixed-term contract, its length in whole months (劳动合同期限); a term of two months and twenty days is 2 (不满三个月).
/// </param>
/// <param name="ProbationMonths">The probation the current contract agrees, in whole months from <paramref name="Started"/> (试用期); absent or 0 when none.</param>
/// <param name="EarlierProbation">Whether the employer already agreed a probation with this employee before (同一用人单位与同一劳动者只能约定一次试用期).</param>
/// <param name="ConsecutiveFixedTerms">
/// How many fixed-term contracts have been concluded in a row, the current one included (连续订立固定期限劳动合同的次数), counted
/// from the first renewal of a fixed term after 2008-01-01 (劳动合同法 第九十七条第一款).
/// </param>
/// <param name="BirthDate">The date of birth, for the statutory retirement age.</param>
/// <param name="Sex">The sex, for the statutory retirement age.</param>
/// <param name="OriginalRetirementAge">The retirement age before the 2025 reform (60 for men; 50 or 55 for women), for the statutory retirement age.</param>
/// <param name="RetirementDate">The statutory retirement date when the caller knows it; it takes the place of a computed one.</param>
/// <param name="MonthlyWage">
/// The agreed monthly wage (月工资) after probation: the 试用期满月工资 on which unlawful probation is compensated (第八十三条).
/// </param>
/// <param name="Separation">How and when the employment ended, with the wages of the last twelve months.</param>
/// <param name="HasDismissalGround">
/// Whether the employee has a ground of 劳动合同法 第三十九条 or 第四十条第（一）项、第（二）项 (the fault grounds; illness after the
/// medical period; incompetence after training or a change of post), which bars an open-ended contract after two fixed terms
/// (第十四条第二款第（三）项). Absent: assumed not, and the finding says so.
/// </param>
/// <param name="FirstContractsOrRestructuring">
/// Whether the current contract is concluded when the employer first introduces the labour-contract system or a state-owned
/// enterprise restructures and concludes its contracts anew (初次实行劳动合同制度或者国有企业改制重新订立劳动合同, 第十四条第二款第（二）项).
/// </param>
/// <param name="PublicWelfarePost">
/// Whether the employee fills a public-welfare post that a local government provides with a post subsidy and a social-insurance
/// subsidy to place people who have difficulty finding work (公益性岗位); the open-ended contract rules do not apply to it
/// (劳动合同法实施条例 第十二条).
/// </param>
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
    Separation? Separation = null,
    bool? HasDismissalGround = null,
    bool FirstContractsOrRestructuring = false,
    bool PublicWelfarePost = false);

/// <summary>The kind of a labour contract's term (劳动合同期限, 劳动合同法 第十二条).</summary>
public enum ContractTermKind
{
    /// <summary>A fixed term (固定期限).</summary>
    [JsonStringEnumMemberName("fixedTerm")]
    FixedTerm,

    /// <summary>An open-ended term (无固定期限).</summary>
    [JsonStringEnumMemberName("openEnded")]
    OpenEnded,

    /// <summary>Until a task is completed (以完成一定工作任务为期限).</summary>
    [JsonStringEnumMemberName("taskBased")]
    TaskBased,
}

/// <summary>The sex (性别), as the statutory retirement age distinguishes it.</summary>
public enum Sex
{
    /// <summary>Male (男).</summary>
    [JsonStringEnumMemberName("male")]
    Male,

    /// <summary>Female (女).</summary>
    [JsonStringEnumMemberName("female")]
    Female,
}
