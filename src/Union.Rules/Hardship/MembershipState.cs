using System.Text.Json.Serialization;

namespace Union.Rules.Hardship;

/// <summary>Whether the applicant meets the membership conditions (会员条件), as the screener records it (HD-MEMBER).</summary>
public enum MembershipState : byte
{
    /// <summary>Not known: an input or parameter is missing.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>Eligible.</summary>
    [JsonStringEnumMemberName("eligible")]
    Eligible = 1,

    /// <summary>Not eligible.</summary>
    [JsonStringEnumMemberName("notEligible")]
    NotEligible = 2,
}
