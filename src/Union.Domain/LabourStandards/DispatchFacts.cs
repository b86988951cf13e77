using System.Text.Json.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// The employer's use of dispatched labour (劳务派遣用工) on one day: its own employees under labour contracts and the
/// dispatched workers on each post.
/// </summary>
/// <remarks>
/// The employer is the one that may conclude labour contracts itself (劳务派遣暂行规定 第四条第三款): a branch with its own
/// business licence counts its own workforce. Workers used in the form of dispatch under the name of outsourcing count as
/// dispatched (第二十七条); employees sent abroad or to a household are not dispatched (第二十六条).
/// </remarks>
/// <param name="OwnEmployees">Employees with whom the employer itself has concluded labour contracts (订立劳动合同人数, 第四条第二款).</param>
/// <param name="Posts">The posts dispatched workers fill, each with its kind and the number of dispatched workers.</param>
/// <param name="Exemption">
/// Whether the employer is one that the post and ratio limits do not bind (劳务派遣暂行规定 第二十五条).
/// </param>
public sealed record DispatchFacts(
    [property: InputRange(0, InputLimits.MaxHeadcount)] int OwnEmployees,
    [property: InputCount(10_000)] IReadOnlyList<DispatchPost> Posts,
    DispatchExemption Exemption = DispatchExemption.None);

/// <summary>A post filled by dispatched workers (劳务派遣岗位).</summary>
/// <param name="Kind">The kind of post.</param>
/// <param name="Workers">The number of dispatched workers on the post.</param>
/// <param name="Name">The post's name.</param>
/// <param name="Months">For a temporary post, how long it exists, in whole months (存续时间); a post of six months and some days is more than 6 and is given as 7.</param>
public sealed record DispatchPost(
    DispatchPostKind Kind,
    [property: InputRange(0, InputLimits.MaxHeadcount)] int Workers,
    string? Name = null,
    [property: InputRange(0, 1_200)] int? Months = null);

/// <summary>The kind of post a dispatched worker fills (劳动合同法 第六十六条).</summary>
public enum DispatchPostKind
{
    /// <summary>A temporary post (临时性工作岗位).</summary>
    [JsonStringEnumMemberName("temporary")]
    Temporary,

    /// <summary>An auxiliary post serving the main business posts (辅助性工作岗位).</summary>
    [JsonStringEnumMemberName("auxiliary")]
    Auxiliary,

    /// <summary>A substitute post, for an employee away for study, leave or other reasons (替代性工作岗位).</summary>
    [JsonStringEnumMemberName("substitute")]
    Substitute,

    /// <summary>A main business post: none of the three kinds (主营业务岗位).</summary>
    [JsonStringEnumMemberName("main")]
    Main,
}

/// <summary>An employer that the limits on posts and on the dispatched share do not bind (劳务派遣暂行规定 第二十五条).</summary>
public enum DispatchExemption
{
    /// <summary>No exemption: the limits bind.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>A resident representative office of a foreign enterprise or of a foreign financial institution (外国企业常驻代表机构、外国金融机构驻华代表机构等).</summary>
    [JsonStringEnumMemberName("foreignRepresentativeOffice")]
    ForeignRepresentativeOffice,

    /// <summary>A seafarers' employer using international ocean-going seafarers in the form of dispatch (船员用人单位以劳务派遣形式使用国际远洋海员).</summary>
    [JsonStringEnumMemberName("internationalSeafarers")]
    InternationalSeafarers,
}
