using System.Text.Json.Serialization;

namespace Union.Rules.Engine;

/// <summary>What a rule concluded (规则结论).</summary>
public enum RuleStatus
{
    /// <summary>The condition the rule checks holds (符合).</summary>
    [JsonStringEnumMemberName("passed")]
    Passed = 0,

    /// <summary>The condition does not hold: the finding carries the rule's severity (不符合).</summary>
    [JsonStringEnumMemberName("failed")]
    Failed = 1,

    /// <summary>An input or parameter the rule needs is missing: nothing was guessed (未评估).</summary>
    [JsonStringEnumMemberName("notAssessed")]
    NotAssessed = 2,

    /// <summary>The rule does not apply to these facts (不适用).</summary>
    [JsonStringEnumMemberName("notApplicable")]
    NotApplicable = 3,

    /// <summary>The rule computed a value: a date, an amount, a state or a category (计算结果).</summary>
    [JsonStringEnumMemberName("computed")]
    Computed = 4,
}
