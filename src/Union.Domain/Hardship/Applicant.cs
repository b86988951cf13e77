using NodaTime;
using Union.Domain.Common;

namespace Union.Domain.Hardship;

/// <summary>
/// The worker who applies (申请人): union membership, employment, and for a migrant worker (农民工) whether they live in the city.
/// Immutable. A missing date is <see langword="null"/>: the rules report it, never guess it.
/// </summary>
public sealed record Applicant
{
    /// <summary>Gets whether the applicant is a union member (工会会员).</summary>
    public bool UnionMember { get; init; }

    /// <summary>Gets the day the applicant joined the union, when known (入会日期).</summary>
    public LocalDate? MemberSince { get; init; }

    /// <summary>Gets the first day of the current (de facto) employment, when known (建立劳动关系日期).</summary>
    public LocalDate? EmploymentStart { get; init; }

    /// <summary>Gets whether the applicant is a migrant worker (农民工).</summary>
    public bool MigrantWorker { get; init; }

    /// <summary>Gets whether the applicant lives long-term in the city (长期在城市居住), when stated; required of migrant workers.</summary>
    public bool? LivesInCity { get; init; }

    /// <summary>Gets the region of the union that keeps the file (所在地区), when stated.</summary>
    public RegionCode? Region { get; init; }
}
