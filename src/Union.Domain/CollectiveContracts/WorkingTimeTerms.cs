using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>The working-time clauses (工作时间条款), 集体合同规定 第十条. Hours are decimal hours; never negative.</summary>
public sealed record WorkingTimeTerms
{
    /// <summary>Gets the hour system.</summary>
    public HourSystem? System { get; init; }

    /// <summary>Gets the ordinary hours a day.</summary>
    [InputRange(0, InputLimits.HoursPerDay)]
    public decimal? DailyHours { get; init; }

    /// <summary>Gets the ordinary hours a week.</summary>
    [InputRange(0, InputLimits.HoursPerWeek)]
    public decimal? WeeklyHours { get; init; }

    /// <summary>Gets the most overtime a day, normally.</summary>
    [InputRange(0, InputLimits.HoursPerDay)]
    public decimal? OvertimeDailyHours { get; init; }

    /// <summary>Gets the most overtime a day for special reasons (因特殊原因).</summary>
    [InputRange(0, InputLimits.HoursPerDay)]
    public decimal? OvertimeDailySpecialHours { get; init; }

    /// <summary>Gets the most overtime a month.</summary>
    [InputRange(0, InputLimits.HoursPerMonth)]
    public decimal? OvertimeMonthlyHours { get; init; }
}
