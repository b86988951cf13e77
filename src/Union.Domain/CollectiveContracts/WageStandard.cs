using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>A wage standard of one grade (工资标准), 集体合同规定 第九条.</summary>
public sealed record WageStandard
{
    /// <summary>Gets the grade or post (岗位 / 档次).</summary>
    public string? Grade { get; init; }

    /// <summary>Gets the monthly wage for full-time work, counted as 最低工资规定 第十二条 counts it (no overtime pay, special allowances or welfare).</summary>
    [InputRange(0, 1e12)]
    public Money? Monthly { get; init; }

    /// <summary>Gets the hourly wage for part-time work.</summary>
    [InputRange(0, 1e12)]
    public Money? Hourly { get; init; }

    /// <summary>
    /// Gets the employee's own social insurance and housing fund contributions a month in total (个人缴纳的社会保险费和住房公积金),
    /// where the region's monthly minimum wage excludes all of them.
    /// </summary>
    public Money? EmployeeContributions { get; init; }

    /// <summary>Gets the same contributions by kind, where the region's minimum excludes only some kinds (江苏: the housing fund).</summary>
    public ContributionsByKind? EmployeeContributionsByKind { get; init; }

    /// <summary>Gets the first day the standard applies; the contract's effective date when absent.</summary>
    public LocalDate? From { get; init; }
}
