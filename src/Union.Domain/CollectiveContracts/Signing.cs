using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>The chiefs' signatures (首席代表签字), 集体合同规定 第三十七条.</summary>
public sealed record Signing
{
    /// <summary>Gets the day both chiefs had signed; the filing period runs from it (start day excluded).</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets whether the employee side's chief signed.</summary>
    public bool? EmployeeChief { get; init; }

    /// <summary>Gets whether the employer side's chief signed.</summary>
    public bool? EmployerChief { get; init; }
}
