using System.Text.Json.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// The overtime terms of a wage agreement (加班加点): the working-time system, the rates as multiples of the hourly base, and
/// the planned overtime hours per person.
/// </summary>
/// <param name="System">The working-time system.</param>
/// <param name="Cycle">The averaging cycle of comprehensive working time (综合计算周期).</param>
/// <param name="WorkdayRate">Workday overtime rate, a multiple (1.5 = 150 %).</param>
/// <param name="RestDayRate">Rest-day rate without time off in lieu, a multiple.</param>
/// <param name="HolidayRate">Statutory-holiday rate, a multiple.</param>
/// <param name="PlannedDailyHours">Planned overtime hours on a working day (standard system).</param>
/// <param name="PlannedMonthlyHours">Planned overtime hours a month per person (standard system).</param>
/// <param name="SpecialReason">Whether the daily overtime rests on a special reason (因特殊原因, 劳动法 第四十一条) allowing up to 3 hours.</param>
/// <param name="CycleOvertimeHours">Comprehensive system: hours planned beyond the standard hours of one cycle.</param>
/// <param name="WorkdayHoursPerYear">Planned workday overtime hours per person per year, for costing.</param>
/// <param name="RestDayHoursPerYear">Planned rest-day hours per person per year, for costing.</param>
/// <param name="HolidayHoursPerYear">Planned statutory-holiday hours per person per year, for costing.</param>
public sealed record OvertimeTerms(
    WorkingTimeSystem System = WorkingTimeSystem.Standard,
    ComprehensiveCycle? Cycle = null,
    [property: InputRange(0, InputLimits.MaxMultiple)] decimal? WorkdayRate = null,
    [property: InputRange(0, InputLimits.MaxMultiple)] decimal? RestDayRate = null,
    [property: InputRange(0, InputLimits.MaxMultiple)] decimal? HolidayRate = null,
    [property: InputRange(0, InputLimits.HoursPerDay)] decimal? PlannedDailyHours = null,
    [property: InputRange(0, InputLimits.HoursPerMonth)] decimal? PlannedMonthlyHours = null,
    bool SpecialReason = false,
    [property: InputRange(0, InputLimits.HoursPerYear)] decimal? CycleOvertimeHours = null,
    [property: InputRange(0, InputLimits.HoursPerYear)] decimal? WorkdayHoursPerYear = null,
    [property: InputRange(0, InputLimits.HoursPerYear)] decimal? RestDayHoursPerYear = null,
    [property: InputRange(0, InputLimits.HoursPerYear)] decimal? HolidayHoursPerYear = null);

/// <summary>The working-time system (工时制度).</summary>
public enum WorkingTimeSystem
{
    /// <summary>标准工时制: 8 hours a day, 40 a week.</summary>
    [JsonStringEnumMemberName("standard")]
    Standard = 0,

    /// <summary>综合计算工时工作制: hours averaged over a cycle (approved by the labour administration).</summary>
    [JsonStringEnumMemberName("comprehensive")]
    Comprehensive = 1,

    /// <summary>不定时工作制: flexible hours (approved); the overtime premiums of 工资支付暂行规定 第十三条 do not apply.</summary>
    [JsonStringEnumMemberName("flexible")]
    Flexible = 2,
}

/// <summary>The averaging cycle of comprehensive working time (综合计算周期, 劳部发〔1994〕503号 第五条).</summary>
public enum ComprehensiveCycle
{
    /// <summary>周.</summary>
    [JsonStringEnumMemberName("week")]
    Week = 0,

    /// <summary>月.</summary>
    [JsonStringEnumMemberName("month")]
    Month = 1,

    /// <summary>季.</summary>
    [JsonStringEnumMemberName("quarter")]
    Quarter = 2,

    /// <summary>年.</summary>
    [JsonStringEnumMemberName("year")]
    Year = 3,
}
