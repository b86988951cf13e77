using Union.Rules.Engine;

namespace Union.Rules.Resources;

/// <summary>Messages of the engine itself: missing inputs, parameters and calendar data; severities and statuses.</summary>
internal static class EngineMessages
{
    internal static readonly MessageKey CalendarMissing = new("engine.calendarMissing", "year");
    internal static readonly MessageKey DateOutOfRange = new("engine.dateOutOfRange", "date");
    internal static readonly MessageKey InputMissing = new("engine.inputMissing", "field");
    internal static readonly MessageKey ParameterInvalid = new("engine.parameterInvalid", "parameter", "value", "kind");
    internal static readonly MessageKey ParameterMissing = new("engine.parameterMissing", "region", "date", "parameter");
    internal static readonly MessageKey PrerequisiteMissing = new("engine.prerequisiteMissing", "rule");

    internal static readonly MessageEntry[] Entries =
    [
        new("engine.inputMissing", "未评估：缺少输入 {field}。", "Not assessed: the input {field} is missing."),
        new("engine.parameterMissing", "未评估：地区 {region} 在 {date} 没有有效的参数 {parameter}，请在参数层中提供。", "Not assessed: no value of parameter {parameter} is in force for region {region} on {date}; supply it in a parameter layer."),
        new("engine.parameterInvalid", "未评估：参数 {parameter} 的值 {value} 不是所需的{kind}类型。", "Not assessed: the value {value} of parameter {parameter} is not a {kind}."),
        new("engine.noLocalRegulation.cc", "未载入地区 {region} 关于集体合同的地方性法规，适用全国规定。", "No local regulation of region {region} on collective contracts is loaded; national rules applied."),
        new("engine.noLocalRegulation.wn", "未载入地区 {region} 关于工资集体协商的地方性法规，适用全国规定。", "No local regulation of region {region} on wage negotiation is loaded; national rules applied."),
        new("engine.noLocalRegulation.hd", "未载入地区 {region} 的困难职工认定地方规定，适用全国模板参数。", "No local rules of region {region} on workers in hardship are loaded; the national template applied."),
        new("engine.prerequisiteMissing", "未评估：本规则依赖的规则 {rule} 未能得出结果。", "Not assessed: the rule it depends on, {rule}, reached no result."),
        new("engine.calendarMissing", "未评估：缺少 {year} 年的节假日安排数据，无法计算期间。", "Not assessed: there is no holiday arrangement for {year}, so the period cannot be counted."),
        new("engine.dateOutOfRange", "未评估：自 {date} 起计算的期间超出可计算的日期范围。", "Not assessed: the period counted from {date} runs beyond the dates that can be counted."),
        new("report.verdict.lawful", "结论：未发现违法情形，全部规则均已评估。", "Result: no violation found; every rule was assessed."),
        new("report.verdict.violationsFound", "结论：存在违法情形。", "Result: violations found."),
        new("report.verdict.incomplete", "结论：审查不完整。未发现违法情形，但有 {count} 条规则未能评估（{codes}），见上文。", "Result: incomplete. No violation was found, but not every rule could be assessed ({count}: {codes}); see above."),
        new("severity.Info", "提示", "Info"),
        new("severity.Warning", "警告", "Warning"),
        new("severity.Violation", "违法", "Violation"),
        new("status.Passed", "符合", "Passed"),
        new("status.Failed", "不符合", "Failed"),
        new("status.NotAssessed", "未评估", "Not assessed"),
        new("status.NotApplicable", "不适用", "Not applicable"),
        new("status.Computed", "计算结果", "Computed"),
    ];
}
