using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>A negotiator seat that fell vacant (协商代表空缺), 集体合同规定 第三十一条.</summary>
public sealed record Vacancy
{
    /// <summary>Gets the side of the seat.</summary>
    public Side? Side { get; init; }

    /// <summary>Gets the day the seat fell vacant; the period runs from it (start day excluded).</summary>
    public LocalDate? Arose { get; init; }

    /// <summary>Gets the day it was filled, when it was.</summary>
    public LocalDate? Filled { get; init; }
}
