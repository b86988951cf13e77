using System.Text.Json.Serialization;

namespace Union.Rules.Engine;

/// <summary>
/// How serious a finding is (严重程度). Follows the wording of the provision: 不得 / 应当 / 须 give
/// <see cref="Violation"/>; 一般 / 不宜 and advisory guidelines give <see cref="Warning"/>; computed dates,
/// amounts and categories give <see cref="Info"/>.
/// </summary>
public enum Severity
{
    /// <summary>Information: a computed value, or "not assessed" for a missing input (提示).</summary>
    [JsonStringEnumMemberName("info")]
    Info = 0,

    /// <summary>A departure from a norm the law words as usual or advisory (一般、不宜) (警告).</summary>
    [JsonStringEnumMemberName("warning")]
    Warning = 1,

    /// <summary>A breach of a mandatory rule (不得、应当、须) (违法).</summary>
    [JsonStringEnumMemberName("violation")]
    Violation = 2,
}
