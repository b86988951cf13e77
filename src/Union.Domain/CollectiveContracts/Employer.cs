using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>The employer party (用人单位).</summary>
public sealed record Employer
{
    /// <summary>Gets the employer's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the unified social credit code (统一社会信用代码), 18 characters.</summary>
    public string? CreditCode { get; init; }

    /// <summary>Gets the region of the employer's seat; it selects the jurisdiction profile.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>Gets the number of employees; never negative.</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Headcount { get; init; }

    /// <summary>Gets the person id of the legal representative (法定代表人).</summary>
    public string? LegalRepresentative { get; init; }
}
