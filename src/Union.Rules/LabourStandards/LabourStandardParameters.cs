using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The labour-standard parameters (劳动标准参数) the collective-contract and wage rules read: working hours (工作时间), overtime
/// caps and multiples (延长工作时间、加班工资), the pay conversions and the overtime base (工资折算、加班工资计算基数), probation pay
/// (试用期工资), labour dispatch (劳务派遣) and the regional standards (最低工资标准、最低生活保障标准、平均工资); and the numbers of the
/// labour-file rules (LS-*: 试用期、经济性裁员、无固定期限劳动合同, named <c>ls.*</c>). The values and their sources are in the data:
/// <c>Parameters/national/labour-standards.json</c> and each region's <c>standards.json</c>.
/// </summary>
public static class LabourStandardParameters
{
    /// <summary>标准工作时间: hours a day (国务院关于职工工作时间的规定 第三条: 每日工作8小时), at most.</summary>
    public static readonly Parameter<decimal> DailyHoursMax = Parameter.Number("hours.dailyMax");

    /// <summary>标准工作时间: hours a week (国务院关于职工工作时间的规定 第三条: 每周工作40小时), at most.</summary>
    public static readonly Parameter<decimal> WeeklyHoursMax = Parameter.Number("hours.weeklyMax");

    /// <summary>延长工作时间: overtime hours a day, normally (劳动法 第四十一条: 一般每日不得超过一小时).</summary>
    public static readonly Parameter<decimal> OvertimeDailyMax = Parameter.Number("overtime.dailyMax");

    /// <summary>延长工作时间: overtime hours a day for special reasons (劳动法 第四十一条: 每日不得超过三小时).</summary>
    public static readonly Parameter<decimal> OvertimeDailySpecialMax = Parameter.Number("overtime.dailySpecialMax");

    /// <summary>延长工作时间: overtime hours a month (劳动法 第四十一条: 每月不得超过三十六小时).</summary>
    public static readonly Parameter<decimal> OvertimeMonthlyMax = Parameter.Number("overtime.monthlyMax");

    /// <summary>加班工资: the lowest multiple for extended hours on a working day (劳动法 第四十四条第（一）项: 百分之一百五十).</summary>
    public static readonly Parameter<decimal> WorkdayRate = Parameter.Number("overtime.workdayRate");

    /// <summary>加班工资: the lowest multiple for rest-day work without time off in lieu (劳动法 第四十四条第（二）项: 百分之二百).</summary>
    public static readonly Parameter<decimal> RestDayRate = Parameter.Number("overtime.restDayRate");

    /// <summary>加班工资: the lowest multiple for work on a statutory holiday (劳动法 第四十四条第（三）项: 百分之三百).</summary>
    public static readonly Parameter<decimal> HolidayRate = Parameter.Number("overtime.holidayRate");

    /// <summary>月计薪天数: paid days a month for converting monthly pay to daily and hourly pay (劳社部发〔2008〕3号: 21.75).</summary>
    public static readonly Parameter<decimal> PaidDaysPerMonth = Parameter.Number("wage.paidDaysPerMonth");

    /// <summary>折算小时工资的每日小时数: hours a day for converting daily pay to hourly pay (劳社部发〔2008〕3号: 8).</summary>
    public static readonly Parameter<decimal> HoursPerDay = Parameter.Number("wage.hoursPerDay");

    /// <summary>
    /// 加班工资计算基数不包括的工资构成: the pay-component kinds (<see cref="Domain.WageNegotiation.PayComponentKind"/> JSON names)
    /// left out of the overtime base. Nationally only overtime pay (工资支付暂行规定 第十三条: the base is 劳动合同规定的劳动者本人小时工资标准);
    /// 上海 also the middle-shift, night-shift and high-temperature allowances (上海市企业工资支付办法 第九条第二款).
    /// </summary>
    public static readonly Parameter<IReadOnlyList<string>> OvertimeBaseExcludedComponents = Parameter.List("wage.overtimeBase.excludedComponents");

    /// <summary>
    /// 加班工资计算基数的默认比例: where neither the labour contract nor a collective contract fixes the monthly pay, the share of the
    /// normal month's pay taken as the base (上海市企业工资支付办法 第九条第三款第（三）项: 70%). Set only by regions.
    /// </summary>
    public static readonly Parameter<Ratio> OvertimeBaseDefaultRatio = Parameter.Ratio("wage.overtimeBase.defaultRatio", regionalOnly: true);

    /// <summary>
    /// 加班工资计算基数不得低于最低工资标准: whether the monthly overtime base may not be below the monthly minimum wage
    /// (上海市企业工资支付办法 第九条第四款). Set only by regions.
    /// </summary>
    public static readonly Parameter<bool> OvertimeBaseMinimumWageFloor = Parameter.Flag("wage.overtimeBase.minimumWageFloor", regionalOnly: true);

    /// <summary>试用期工资比例: probation pay, at least this share of the agreed wage or the post's lowest grade (劳动合同法 第二十条: 百分之八十).</summary>
    public static readonly Parameter<Ratio> ProbationPayRatio = Parameter.Ratio("probation.payRatio");

    /// <summary>试用期工资基数: which base the probation ratio applies to, <c>agreedWage</c> (劳动合同约定工资) or <c>lowestGrade</c> (相同岗位最低档工资).</summary>
    public static readonly Parameter<string> ProbationPayBase = Parameter.Choice("probation.payBase");

    /// <summary>被派遣劳动者比例上限: the largest share of dispatched workers in the workforce (劳务派遣暂行规定 第四条: 百分之十).</summary>
    public static readonly Parameter<Ratio> DispatchMaxRatio = Parameter.Ratio("dispatch.maxRatio");

    /// <summary>临时性工作岗位存续时间上限: the longest life of a temporary post a dispatched worker may fill (劳务派遣暂行规定 第三条: 不超过6个月).</summary>
    public static readonly Parameter<LegalPeriod> DispatchTemporaryPostMax = Parameter.Period("dispatch.temporaryPostMaxMonths");

    /// <summary>
    /// 试用期上限: the longest probation by the contract's term, as tiers <c>"termMonths:probationMonths"</c> (劳动合同法 第十九条第一款:
    /// <c>3:1,12:2,36:6</c>): from a tier's term (以上, included) to the next tier's (不满, excluded), at most its probation (不得超过).
    /// Read by LS-PROBATION through <see cref="ProbationTiers"/>.
    /// </summary>
    public static readonly Parameter<IReadOnlyList<string>> ProbationMaxByTerm = Parameter.List("ls.probation.maxByTerm");

    /// <summary>经济性裁员人数: from this many people laid off, 劳动合同法 第四十一条's procedure applies (二十人以上, atLeast).</summary>
    public static readonly Parameter<decimal> LayoffMinPersons = Parameter.Number("ls.layoff.minPersons");

    /// <summary>经济性裁员比例: fewer than <see cref="LayoffMinPersons"/> but this share of the enterprise's employees or more (百分之十以上, atLeast).</summary>
    public static readonly Parameter<Ratio> LayoffMinRatio = Parameter.Ratio("ls.layoff.minRatio");

    /// <summary>提前说明期: how long before a layoff the union or all employees are told (劳动合同法 第四十一条第一款: 提前三十日).</summary>
    public static readonly Parameter<LegalPeriod> LayoffExplanationPeriod = Parameter.Period("ls.layoff.explanationPeriod");

    /// <summary>连续工作年限: years of continuous work after which an open-ended contract is due (劳动合同法 第十四条第二款第（一）项: 满十年, atLeast).</summary>
    public static readonly Parameter<decimal> OpenEndedServiceYears = Parameter.Number("ls.openEnded.serviceYears");

    /// <summary>连续订立固定期限劳动合同次数: after this many consecutive fixed terms a renewal is open-ended (第十四条第二款第（三）项: 二次, atLeast).</summary>
    public static readonly Parameter<decimal> OpenEndedFixedTerms = Parameter.Number("ls.openEnded.fixedTerms");

    /// <summary>距法定退休年龄年数: at first contracts or a state enterprise's restructuring, fewer years than this to retirement (第十四条第二款第（二）项: 不足十年, lessThan).</summary>
    public static readonly Parameter<decimal> OpenEndedYearsToRetirement = Parameter.Number("ls.openEnded.yearsToRetirement");

    /// <summary>
    /// 月最低工资标准: the local monthly minimum wage for full-time work (最低工资规定 第五条), yuan. No national value exists, yet the
    /// handle is not regional-only: without a local standard the comparison cannot be made, and the rule says so.
    /// </summary>
    public static readonly Parameter<decimal> MinimumWageMonthly = Parameter.Number("standard.minimumWage.monthly");

    /// <summary>小时最低工资标准: the local hourly minimum wage for part-time work (最低工资规定 第五条), yuan; local only, as the monthly one.</summary>
    public static readonly Parameter<decimal> MinimumWageHourly = Parameter.Number("standard.minimumWage.hourly");

    /// <summary>
    /// 月最低工资标准不包含的个人缴费: the kinds of the employee's own contributions (<see cref="EmployeeContributionKind"/> JSON names:
    /// <c>pension</c>, <c>medical</c>, <c>unemployment</c>, <c>housingFund</c>) that the region's monthly minimum does not include, so
    /// that they are removed from pay before the comparison; an empty list where the minimum includes them all (广东, 重庆).
    /// Each region's notice decides (北京、上海: all four; 江苏: the housing fund only); where the notice held does not say, the
    /// region has no value and a comparison that needs one is not assessed.
    /// </summary>
    public static readonly Parameter<IReadOnlyList<string>> MinimumWageExcludedContributions = Parameter.List("standard.minimumWage.excludedContributions");

    /// <summary>城市居民最低生活保障标准 (低保): yuan a person a month; local only.</summary>
    public static readonly Parameter<decimal> SubsistenceAllowanceUrban = Parameter.Number("standard.subsistenceAllowance.urban");

    /// <summary>全口径城镇单位就业人员月平均工资: the average monthly wage of urban employees, full caliber; local only.</summary>
    public static readonly Parameter<decimal> AverageMonthlyWageFullCaliber = Parameter.Number("standard.averageMonthlyWage.fullCaliber");

    /// <summary>
    /// 集体合同劳动报酬标准与最低工资标准的比较: <c>atLeast</c> (不得低于, 劳动合同法 第五十五条) or <c>moreThan</c> (应当高于,
    /// 浙江省集体合同条例 第五条第三款: a standard equal to the minimum fails).
    /// </summary>
    public static readonly Parameter<string> CollectiveContractWageFloorComparison = Parameter.Choice("cc.wageFloor.comparison");

    /// <summary>
    /// 工资协议工资标准与最低工资标准的比较: <c>atLeast</c> (不得低于) or <c>moreThan</c> (应当高于: 浙江省集体合同条例 第五条第三款,
    /// 杭州市企业工资集体协商条例 第十一条).
    /// </summary>
    public static readonly Parameter<string> WageAgreementWageFloorComparison = Parameter.Choice("wn.wageFloor.comparison");

    /// <summary>Gets every handle above, for checks against the data.</summary>
    public static IReadOnlyList<Parameter> All { get; } =
    [
        DailyHoursMax, WeeklyHoursMax, OvertimeDailyMax, OvertimeDailySpecialMax, OvertimeMonthlyMax, WorkdayRate, RestDayRate,
        HolidayRate, PaidDaysPerMonth, HoursPerDay, OvertimeBaseExcludedComponents, OvertimeBaseDefaultRatio,
        OvertimeBaseMinimumWageFloor, ProbationPayRatio, ProbationPayBase, DispatchMaxRatio, DispatchTemporaryPostMax,
        MinimumWageMonthly, MinimumWageHourly, MinimumWageExcludedContributions, SubsistenceAllowanceUrban,
        AverageMonthlyWageFullCaliber, CollectiveContractWageFloorComparison, WageAgreementWageFloorComparison, ProbationMaxByTerm,
        LayoffMinPersons, LayoffMinRatio, LayoffExplanationPeriod, OpenEndedServiceYears, OpenEndedFixedTerms, OpenEndedYearsToRetirement,
    ];
}
