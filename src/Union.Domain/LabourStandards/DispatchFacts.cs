using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// The employer's use of dispatched labour (劳务派遣用工) on one day: its own employees under labour contracts and the
/// dispatched workers on each post.
/// </summary>
/// <param name="OwnEmployees">Employees with whom the employer itself has concluded labour contracts (订立劳动合同人数).</param>
/// <param name="Posts">The posts dispatched workers fill, each with its kind and the number of dispatched workers.</param>
public sealed record DispatchFacts(
    [property: InputRange(0, InputLimits.MaxHeadcount)] int OwnEmployees,
    [property: InputCount(10_000)] IReadOnlyList<DispatchPost> Posts);

/// <summary>A post filled by dispatched workers (劳务派遣岗位).</summary>
/// <param name="Kind">The kind of post.</param>
/// <param name="Workers">The number of dispatched workers on the post.</param>
/// <param name="Name">The post's name.</param>
/// <param name="Months">For a temporary post, how long it exists, in months (存续时间).</param>
public sealed record DispatchPost(
    DispatchPostKind Kind,
    [property: InputRange(0, InputLimits.MaxHeadcount)] int Workers,
    string? Name = null,
    [property: InputRange(0, 1_200)] int? Months = null);

/// <summary>The kind of post a dispatched worker fills (劳动合同法 第六十六条).</summary>
public enum DispatchPostKind
{
    /// <summary>A temporary post (临时性工作岗位).</summary>
    Temporary,

    /// <summary>An auxiliary post serving the main business posts (辅助性工作岗位).</summary>
    Auxiliary,

    /// <summary>A substitute post, for an employee away for study, leave or other reasons (替代性工作岗位).</summary>
    Substitute,

    /// <summary>A main business post: none of the three kinds (主营业务岗位).</summary>
    Main,
}
