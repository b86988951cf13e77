using System.Text.Json.Serialization;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// A pay grade or position (工资等级 / 岗位) with its headcount and its current monthly pay per person: base pay plus typed
/// components, so that the exclusions of 最低工资规定 第十二条 can be applied.
/// </summary>
/// <param name="Name">The grade's name, e.g. 操作工三级.</param>
/// <param name="Headcount">The number of full-time employees in the grade; 0 or more.</param>
/// <param name="BasePay">The monthly base pay (基本工资 / 岗位工资) per person before the adjustment.</param>
/// <param name="Components">The other monthly pay components per person.</param>
/// <param name="Post">The post (岗位) the grade belongs to, for the probation floor's "lowest grade of the same post".</param>
/// <param name="EmployeeContributions">The employee's own monthly social insurance and housing fund contributions in total (个人缴纳的社会保险费和住房公积金), withheld from pay; removed before the minimum-wage comparison where the region's minimum excludes all of them.</param>
/// <param name="ProbationPay">The monthly pay during probation (试用期工资), when the agreement sets one.</param>
/// <param name="OvertimeHourlyBase">The hourly base for overtime pay the agreement sets (加班工资计算基数), when it sets one.</param>
/// <param name="EmployeeContributionsByKind">The same contributions by kind (养老、医疗、失业保险费，住房公积金), needed where the region's minimum excludes only some kinds (江苏: the housing fund only).</param>
public sealed record PayGrade(
    string Name,
    [property: InputRange(0, InputLimits.MaxHeadcount)] int Headcount,
    [property: InputRange(0, 1e12)] Money BasePay,
    [property: InputCount(100)] IReadOnlyList<PayComponent>? Components = null,
    string? Post = null,
    [property: InputRange(0, 1e12)] Money? EmployeeContributions = null,
    [property: InputRange(0, 1e12)] Money? ProbationPay = null,
    [property: InputRange(0, 1e12)] Money? OvertimeHourlyBase = null,
    ContributionsByKind? EmployeeContributionsByKind = null);

/// <summary>A monthly pay component per person (工资构成项目).</summary>
/// <param name="Kind">What the component is; decides whether it counts toward the minimum wage.</param>
/// <param name="Amount">The monthly amount per person.</param>
/// <param name="Name">The enterprise's own name for it.</param>
public sealed record PayComponent(PayComponentKind Kind, [property: InputRange(0, 1e12)] Money Amount, string? Name = null);

/// <summary>
/// The kinds of pay component (工资构成类别). Overtime pay, the special-condition allowances and statutory welfare are removed
/// before the comparison with the minimum wage (最低工资规定 第十二条); the others count.
/// </summary>
public enum PayComponentKind
{
    /// <summary>延长工作时间工资: overtime pay (excluded from the minimum-wage comparison).</summary>
    [JsonStringEnumMemberName("overtimePay")]
    OvertimePay = 0,

    /// <summary>中班津贴: middle-shift allowance (excluded).</summary>
    [JsonStringEnumMemberName("middleShiftAllowance")]
    MiddleShiftAllowance = 1,

    /// <summary>夜班津贴: night-shift allowance (excluded).</summary>
    [JsonStringEnumMemberName("nightShiftAllowance")]
    NightShiftAllowance = 2,

    /// <summary>高温津贴: high-temperature allowance (excluded).</summary>
    [JsonStringEnumMemberName("highTemperatureAllowance")]
    HighTemperatureAllowance = 3,

    /// <summary>低温津贴: low-temperature allowance (excluded).</summary>
    [JsonStringEnumMemberName("lowTemperatureAllowance")]
    LowTemperatureAllowance = 4,

    /// <summary>井下津贴: underground allowance (excluded).</summary>
    [JsonStringEnumMemberName("undergroundAllowance")]
    UndergroundAllowance = 5,

    /// <summary>有毒有害津贴: toxic and hazardous work allowance (excluded).</summary>
    [JsonStringEnumMemberName("toxicHazardAllowance")]
    ToxicHazardAllowance = 6,

    /// <summary>其他特殊工作环境、条件下的津贴 (the 等 of 第十二条第二项): another special-condition allowance (excluded).</summary>
    [JsonStringEnumMemberName("otherSpecialConditionAllowance")]
    OtherSpecialConditionAllowance = 7,

    /// <summary>法律、法规和国家规定的劳动者福利待遇: statutory welfare (excluded; not part of 工资总额 either).</summary>
    [JsonStringEnumMemberName("statutoryWelfare")]
    StatutoryWelfare = 8,

    /// <summary>奖金: bonus (counts).</summary>
    [JsonStringEnumMemberName("bonus")]
    Bonus = 9,

    /// <summary>其他津贴、补贴: another allowance (counts).</summary>
    [JsonStringEnumMemberName("otherAllowance")]
    OtherAllowance = 10,
}

/// <summary>Classifies pay components (工资构成分类).</summary>
public static class PayComponentKinds
{
    /// <summary>Whether the kind is removed before the comparison with the minimum wage (最低工资规定 第十二条).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is excluded.</returns>
    public static bool IsExcludedFromMinimumWage(this PayComponentKind kind) => kind is not (PayComponentKind.Bonus or PayComponentKind.OtherAllowance);

    /// <summary>Whether the kind is a special working-condition allowance (第十二条第二项).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsSpecialConditionAllowance(this PayComponentKind kind) =>
        kind is >= PayComponentKind.MiddleShiftAllowance and <= PayComponentKind.OtherSpecialConditionAllowance;

    /// <summary>Whether the kind is part of 工资总额 (the payroll on which union funds are paid): all but statutory welfare
    /// (关于工资总额组成的规定 第十一条 leaves out 劳动保险和职工福利方面的各项费用).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is payroll.</returns>
    public static bool IsPayroll(this PayComponentKind kind) => kind != PayComponentKind.StatutoryWelfare;
}
