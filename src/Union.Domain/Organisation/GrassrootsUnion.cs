using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Organisation;

/// <summary>
/// The union organisation of one employer (基层工会组织): the employer and its headcount, the members, how the members are
/// organised (工会法 第十一条), the committee and its term (第十六条), each committee member's relationship to the enterprise's
/// principal leaders (第十条第二款) and labour contract (第十九条), the union funds of a period (第四十三条) and the members'
/// dues bases.
/// </summary>
/// <remarks>
/// <para>Structure is checked by <see cref="GrassrootsUnionValidator"/> (a term that is not 1 to 100 years, an officer who
/// leaves office before taking it, a funds period shorter than a month); legality never is: a four-year term, a committee that
/// a 30-member union lacks or the general manager's spouse on the committee are representable, so that the rules can report
/// them.</para>
/// <para>Amounts are exact yuan. Dates are calendar days; a term includes its first day.</para>
/// </remarks>
/// <param name="Region">The region whose profile applies (GB/T 2260), e.g. <c>310000</c>.</param>
/// <param name="Employer">The employer's name (用人单位名称).</param>
/// <param name="Employees">The employer's employees (职工人数), counted for 工会法 第十四条; 0 or more.</param>
/// <param name="Members">The union members at the employer (会员人数), counted for 第十一条; 0 or more.</param>
/// <param name="Form">How the members are organised: an own committee, a joint committee, one organiser, or nothing yet.</param>
/// <param name="EmployerKind">What kind of employer it is (企业、事业单位、社会组织、机关); an enterprise when omitted.</param>
/// <param name="UnionName">The union's name, e.g. 某某公司工会委员会.</param>
/// <param name="Term">The committee's current term (任期): its first day and its length in years.</param>
/// <param name="Committee">The committee's members (工会委员会组成人员): chair, vice-chairs and members.</param>
/// <param name="Funds">The union funds of one period (工会经费): the payroll by component and the items left out of it.</param>
/// <param name="Dues">The members' dues bases for one month (会费).</param>
public sealed record GrassrootsUnion(
    RegionCode Region,
    string Employer,
    [property: InputRange(0, InputLimits.MaxHeadcount)] int Employees,
    [property: InputRange(0, InputLimits.MaxHeadcount)] int Members,
    UnionForm Form,
    EmployerKind EmployerKind = EmployerKind.Enterprise,
    string? UnionName = null,
    UnionTerm? Term = null,
    [property: InputCount(1_000)] IReadOnlyList<CommitteeMember>? Committee = null,
    UnionFundsPeriod? Funds = null,
    MemberDues? Dues = null)
{
    /// <summary>Gets the committee's chair (工会主席), or <see langword="null"/> when the committee names none.</summary>
    [JsonIgnore]
    public CommitteeMember? Chair => Committee?.FirstOrDefault(m => m.Role == CommitteeRole.Chair);
}

/// <summary>How the members of an employer are organised (基层工会组织形式), 工会法 第十一条第一款.</summary>
public enum UnionForm
{
    /// <summary>The employer's own grassroots committee (单独建立基层工会委员会); the only form 25 or more members may take.</summary>
    [JsonStringEnumMemberName("committee")]
    Committee = 0,

    /// <summary>A grassroots committee set up jointly with the members of other employers (联合建立基层工会委员会).</summary>
    [JsonStringEnumMemberName("jointCommittee")]
    JointCommittee = 1,

    /// <summary>One organiser elected to organise the members' activities (选举组织员一人), no committee.</summary>
    [JsonStringEnumMemberName("organiser")]
    Organiser = 2,

    /// <summary>No union organisation yet (尚未建立).</summary>
    [JsonStringEnumMemberName("none")]
    None = 3,
}

/// <summary>
/// The kind of employer (用人单位类别). 工会法 第十条第二款 speaks of 企业 only; 第十四条 of 企业、事业单位、社会组织, not 机关.
/// </summary>
public enum EmployerKind
{
    /// <summary>An enterprise (企业).</summary>
    [JsonStringEnumMemberName("enterprise")]
    Enterprise = 0,

    /// <summary>A public institution (事业单位).</summary>
    [JsonStringEnumMemberName("institution")]
    Institution = 1,

    /// <summary>A social organisation (社会组织).</summary>
    [JsonStringEnumMemberName("socialOrganisation")]
    SocialOrganisation = 2,

    /// <summary>A state organ (机关); 工会法 第五十七条 leaves its unions to measures of their own.</summary>
    [JsonStringEnumMemberName("stateOrgan")]
    StateOrgan = 3,
}

/// <summary>The term of a grassroots committee (基层工会委员会任期), 工会法 第十六条.</summary>
/// <param name="Start">The first day of the term (the day the committee was elected or took office); the term includes it.</param>
/// <param name="Years">The term's length in whole years, as the union set it (1 to 100; the law allows 3 or 5).</param>
public sealed record UnionTerm(LocalDate Start, [property: InputRange(1, InputLimits.MaxTermYears)] int Years)
{
    /// <summary>
    /// Gets the term's last day (任期届满日): a term covers days and includes its first day, so a 3-year term from 2024-03-15 ends
    /// on 2027-03-14; one from 29 February ends on 28 February (no corresponding day). Computed, never written to JSON.
    /// </summary>
    [JsonIgnore]
    public LocalDate LastDay
    {
        get
        {
            LocalDate after = Start.PlusYears(Years);
            return after.Day != Start.Day ? after : after.PlusDays(-1);
        }
    }
}
