using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.WorkersCongress;

/// <summary>
/// The record of an enterprise's workers' congress (职工代表大会) or all-employee meeting (职工大会): the employer, how many
/// people it employs, the form held, the delegates by category, and the sessions with attendance and the votes on each
/// resolution. Every part but the form is optional, since real records are incomplete; an unlawful congress is
/// representable, and the rules report it.
/// </summary>
/// <remarks>
/// <para>Structure is checked by <see cref="WorkersCongressValidator"/> (more present than the body has, more votes than
/// people present); legality never is: too few delegates, too many managers, a missed quorum or a resolution declared
/// adopted without the votes are valid input for the rules.</para>
/// <para>The delegates may be kept as a roster of individuals (each entry one delegate) or as a composition table (each
/// entry a number of delegates of one category, <see cref="DelegateEntry.Count"/>); the congress has as many delegates as
/// the entries' counts add up to.</para>
/// </remarks>
/// <param name="Form">The form held: a workers' congress of elected delegates, or a meeting of all employees.</param>
public sealed record WorkersCongressRecord(CongressForm Form)
{
    /// <summary>Gets the employer: its name and region (the region selects the jurisdiction profile).</summary>
    public CongressEmployer? Employer { get; init; }

    /// <summary>Gets the number of employees (职工人数) on which the form and the number of delegates depend.</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Employees { get; init; }

    /// <summary>Gets how many of the employees are women (女职工人数), for a region that ties the women's share of delegates to it.</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? WomenEmployees { get; init; }

    /// <summary>Gets how many of the employees are disabled (残疾人职工人数), for a region that ties their share of delegates to it.</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? DisabledEmployees { get; init; }

    /// <summary>Gets the delegates (职工代表), one entry per delegate or per group of delegates of one category.</summary>
    [InputCount(100_000)]
    public IReadOnlyList<DelegateEntry> Delegates
    {
        get => _delegates ?? [];
        init => _delegates = value;
    }

    private IReadOnlyList<DelegateEntry>? _delegates;

    /// <summary>Gets the sessions held (会议), in any order.</summary>
    [InputCount(10_000)]
    public IReadOnlyList<CongressSession> Sessions
    {
        get => _sessions ?? [];
        init => _sessions = value;
    }

    private IReadOnlyList<CongressSession>? _sessions;

    /// <summary>Gets how many delegates the roster holds: the sum of the entries' counts (0 when there is no roster).</summary>
    /// <returns>The number of delegates.</returns>
    public long DelegateCount() => Delegates.Sum(d => (long)(d?.Size() ?? 0));

    /// <summary>
    /// Gets the whole body a session's shares are counted against (全体职工代表, or all employees at an all-employee meeting):
    /// the session's own <see cref="CongressSession.BodySize"/>, otherwise the roster's total for a congress and the number of
    /// employees for an all-employee meeting.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <returns>The body's size, or <see langword="null"/> when the record does not give it.</returns>
    public long? BodySizeOf(CongressSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.BodySize is { } given)
        {
            return given;
        }

        if (Form == CongressForm.AllEmployeeMeeting)
        {
            return Employees is { } e && e > 0 ? e : null;
        }

        long roster = DelegateCount();
        return roster > 0 ? roster : null;
    }
}

/// <summary>The employer whose congress it is (用人单位).</summary>
public sealed record CongressEmployer
{
    /// <summary>Gets the employer's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the region of the employer's seat (GB/T 2260); it selects the jurisdiction profile.</summary>
    public Common.RegionCode? Region { get; init; }

    /// <summary>
    /// Gets whether the employer is a large group spanning regions or industries (跨地区、跨行业的大型集团型企业), for which
    /// 上海市职工代表大会条例 第十六条 lets the managers' share of delegates be raised appropriately.
    /// </summary>
    public bool? LargeGroup { get; init; }

    /// <summary>
    /// Gets whether the employer employs disabled people as such (集中安置残疾人企业), for which 浙江省企业民主管理条例
    /// 第十一条第四款 ties the share of disabled delegates to the workforce. Not given: taken as not such an employer.
    /// </summary>
    public bool? DisabledPlacement { get; init; }
}

/// <summary>The form of the body (组织形式).</summary>
public enum CongressForm
{
    /// <summary>职工代表大会: a congress of delegates elected by the employees.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("congress")]
    Congress = 0,

    /// <summary>职工大会: a meeting of all employees, where the employees take the delegates' place.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("allEmployeeMeeting")]
    AllEmployeeMeeting = 1,
}

/// <summary>
/// A delegate's category (职工代表类别), as the texts divide delegates: workers and front-line employees, technical staff,
/// managers, and middle and senior managers (中层以上管理人员, whose share is capped).
/// </summary>
public enum DelegateCategory
{
    /// <summary>一线职工（工人）: front-line employees and workers.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("frontLine")]
    FrontLine = 0,

    /// <summary>专业技术人员: technical and professional staff.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("technical")]
    Technical = 1,

    /// <summary>一般管理人员: managers and administrative staff below the middle level.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("management")]
    Management = 2,

    /// <summary>中层管理人员: middle-level managers (heads of departments, workshops and branches).</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("middleManagement")]
    MiddleManagement = 3,

    /// <summary>高层管理人员和企业领导人员: senior managers and the enterprise's leaders.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("seniorManagement")]
    SeniorManagement = 4,

    /// <summary>其他人员: anyone else.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("otherStaff")]
    OtherStaff = 5,
}

/// <summary>One delegate, or a number of delegates of one category (职工代表名单或构成).</summary>
/// <param name="Category">The category.</param>
public sealed record DelegateEntry(DelegateCategory Category)
{
    /// <summary>Gets the delegate's name, or for a group its constituency (选区) or label.</summary>
    public string? Name { get; init; }

    /// <summary>Gets how many delegates the entry stands for; not given, one (a roster of individuals).</summary>
    [InputRange(1, InputLimits.MaxHeadcount)]
    public int? Count { get; init; }

    /// <summary>Gets how many delegates the entry stands for: <see cref="Count"/>, or 1 when it is not given.</summary>
    /// <returns>The number of delegates.</returns>
    public int Size() => Count ?? 1;

    /// <summary>Gets how many of them are women (for one delegate: 1 or 0).</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Women { get; init; }

    /// <summary>Gets how many of them are disabled (for one delegate: 1 or 0).</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Disabled { get; init; }

    /// <summary>Gets the delegate's election in the constituency (选区选举), for an entry of one delegate.</summary>
    public DelegateElection? Election { get; init; }

    /// <summary>Gets whether the entry's delegates are middle or senior managers (中层以上管理人员).</summary>
    /// <returns>Whether they are.</returns>
    public bool IsManagement() => Category is DelegateCategory.MiddleManagement or DelegateCategory.SeniorManagement;
}

/// <summary>A delegate's election in the constituency (选区选举职工代表), 上海市职工代表大会条例 第十五条第三款.</summary>
public sealed record DelegateElection
{
    /// <summary>Gets all the employees of the constituency (选区全体职工).</summary>
    [InputRange(1, InputLimits.MaxHeadcount)]
    public int? Electorate { get; init; }

    /// <summary>Gets how many of them took part in the election.</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Voted { get; init; }

    /// <summary>Gets how many voted for the delegate (赞成票).</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? InFavour { get; init; }

    /// <summary>Gets the day of the election.</summary>
    public LocalDate? Date { get; init; }
}

/// <summary>A session of the congress or meeting (会议): its day, the body, those present and the resolutions voted on.</summary>
/// <param name="Date">The day the session opened.</param>
public sealed record CongressSession(LocalDate Date)
{
    /// <summary>
    /// Gets all the delegates of the congress on the day (全体职工代表), or all employees for an all-employee meeting; when
    /// not given, the roster's total (a congress) or the employees (a meeting).
    /// </summary>
    [InputRange(1, InputLimits.MaxHeadcount)]
    public int? BodySize { get; init; }

    /// <summary>Gets how many delegates (or employees) were present (出席).</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Present { get; init; }

    /// <summary>Gets the resolutions put to the vote (表决事项).</summary>
    [InputCount(1_000)]
    public IReadOnlyList<CongressResolution> Resolutions
    {
        get => _resolutions ?? [];
        init => _resolutions = value;
    }

    private IReadOnlyList<CongressResolution>? _resolutions;
}

/// <summary>A matter put to the vote (表决事项) and how the delegates voted.</summary>
public sealed record CongressResolution
{
    /// <summary>Gets the matter's title, e.g. 集体合同草案.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the votes in favour (赞成).</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? InFavour { get; init; }

    /// <summary>Gets the votes against (反对).</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Against { get; init; }

    /// <summary>Gets the abstentions (弃权).</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Abstained { get; init; }

    /// <summary>
    /// Gets whether the congress declared the matter adopted (宣布通过): <see langword="false"/> when it recorded the matter as
    /// not adopted; not given, the record is taken as declaring it adopted.
    /// </summary>
    public bool? Adopted { get; init; }

    /// <summary>Gets whether the vote was by secret ballot (无记名投票).</summary>
    public bool? SecretBallot { get; init; }

    /// <summary>Gets whether the matter is an important one (重要事项), which 企业民主管理规定 第二十条 puts to a secret ballot.</summary>
    public bool? Important { get; init; }
}
