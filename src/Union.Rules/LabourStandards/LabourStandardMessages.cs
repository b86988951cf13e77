using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>The messages of the shared labour-standard checks (劳动标准消息), in 简体中文 and English.</summary>
internal static class LabourStandardMessages
{
    internal static readonly MessageEntry[] Entries =
    [
        new(
            StaleStandardNote.MessageKey,
            "提示：{parameter} 的现行值 {value} 自 {from} 起施行；自 {since} 起超过 {months} 个月的调整周期（最低工资标准每两年至少调整一次），此后可能有新的标准，请核对是否已有新通知。",
            "Note: {parameter} = {value}, in force since {from}; past its {months}-month adjustment cycle from {since} (the minimum wage is adjusted at least every two years): a newer notice may set a new standard from then, check for one."),
        new(
            MinimumWageComparison.MessageKeys.ContributionsMissing.Key,
            "未评估：{subject} 在 {date} 的工资 {pay} 元在扣除个人缴费前满足月最低工资标准 {minimum} 元，但本地月最低工资标准不含职工个人缴纳的 {kinds}，文件未提供 {field}，无法完成比较。",
            "Not assessed: {subject}: on {date} pay of {pay} yuan passes the monthly minimum wage of {minimum} yuan before contributions, but the local minimum does not include the employee's own {kinds} contributions and {field} is not given, so the comparison could not be finished."),
    ];
}
