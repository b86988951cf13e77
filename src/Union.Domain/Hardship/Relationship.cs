using System.Text.Json.Serialization;

namespace Union.Domain.Hardship;

/// <summary>A household member's relationship to the applicant (与申请人关系).</summary>
public enum Relationship
{
    /// <summary>The applicant (本人).</summary>
    [JsonStringEnumMemberName("self")]
    Self = 0,

    /// <summary>Spouse (配偶).</summary>
    [JsonStringEnumMemberName("spouse")]
    Spouse = 1,

    /// <summary>Child (子女).</summary>
    [JsonStringEnumMemberName("child")]
    Child = 2,

    /// <summary>Parent or parent-in-law (父母).</summary>
    [JsonStringEnumMemberName("parent")]
    Parent = 3,

    /// <summary>Another member of the household living together (其他共同生活的家庭成员).</summary>
    [JsonStringEnumMemberName("other")]
    Other = 4,
}
