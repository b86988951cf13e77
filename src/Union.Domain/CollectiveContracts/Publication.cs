using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>The publication of the contract to employees (公布), 集体合同规定 第四十八条.</summary>
public sealed record Publication
{
    /// <summary>Gets the day it was published.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets whether it was published to all employees in writing or another suitable form.</summary>
    public bool? ToAllEmployees { get; init; }
}
