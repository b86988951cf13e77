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

    /// <summary>Gets the first day the standard applies; the contract's effective date when absent.</summary>
    public LocalDate? From { get; init; }
}
