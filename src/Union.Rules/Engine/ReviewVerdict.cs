using System.Text.Json.Serialization;

namespace Union.Rules.Engine;

/// <summary>What a review concluded (审查结论). A report never claims more than was checked.</summary>
public enum ReviewVerdict
{
    /// <summary>无违法情形: no violation, and every rule was assessed.</summary>
    [JsonStringEnumMemberName("lawful")]
    Lawful = 0,

    /// <summary>存在违法情形: one or more mandatory rules were breached (whatever else could not be assessed).</summary>
    [JsonStringEnumMemberName("violationsFound")]
    ViolationsFound = 1,

    /// <summary>审查不完整: no violation found, but one or more rules could not be assessed.</summary>
    [JsonStringEnumMemberName("incomplete")]
    Incomplete = 2,
}
