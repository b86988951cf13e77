using Union.Domain.Common;

namespace Union.Domain.CollectiveContracts;

/// <summary>The area and industry an industry-wide or regional contract covers (适用范围), 劳动合同法 第五十三条.</summary>
public sealed record ContractScope
{
    /// <summary>Gets the region covered, when known.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>Gets the administrative level of the area covered, when known.</summary>
    public AreaLevel? AreaLevel { get; init; }

    /// <summary>Gets the industry, when known.</summary>
    public Industry? Industry { get; init; }

    /// <summary>Gets the industry's name when <see cref="Industry"/> is <see cref="CollectiveContracts.Industry.Other"/>.</summary>
    public string? IndustryName { get; init; }
}
