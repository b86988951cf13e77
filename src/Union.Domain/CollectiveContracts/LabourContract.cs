using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>
/// An individual labour contract (劳动合同), or one line of a pay table, compared with the collective contract
/// (劳动合同法 第五十五条; 集体合同规定 第六条) and with the region's minimum wage.
/// </summary>
public sealed record LabourContract
{
    /// <summary>Gets an id for the contract or pay line.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the grade or post, matched against the collective contract's wage standards.</summary>
    public string? Grade { get; init; }

    /// <summary>Gets the agreed monthly wage for full-time work, counted as 最低工资规定 第十二条 counts it.</summary>
    [InputRange(0, 1e12)]
    public Money? MonthlyWage { get; init; }

    /// <summary>Gets the agreed hourly wage for part-time work.</summary>
    [InputRange(0, 1e12)]
    public Money? HourlyWage { get; init; }

    /// <summary>Gets the employee's own social insurance and housing fund contributions a month in total, where the region's minimum wage excludes all of them.</summary>
    [InputRange(0, 1e12)]
    public Money? EmployeeContributions { get; init; }

    /// <summary>Gets the same contributions by kind, where the region's minimum excludes only some kinds (江苏: the housing fund).</summary>
    public ContributionsByKind? EmployeeContributionsByKind { get; init; }

    /// <summary>Gets the day the pay applies from; the evaluation date when absent.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Gets the working-time terms.</summary>
    public WorkingTimeTerms? WorkingTime { get; init; }

    /// <summary>Gets the overtime pay rates.</summary>
    public OvertimePayRates? OvertimePay { get; init; }
}
