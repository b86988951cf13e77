using System.Text.Json.Serialization;

namespace Union.Domain.Hardship;

/// <summary>
/// The level at which a member studies (就读阶段). <see cref="Primary"/> and <see cref="JuniorSecondary"/> are compulsory
/// education (义务教育), whose costs are not a deductible rigid expenditure in the template (邢台: "不包含义务教育").
/// </summary>
public enum StudyLevel
{
    /// <summary>Not studying (未在读).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Pre-school (学前教育).</summary>
    [JsonStringEnumMemberName("preschool")]
    Preschool = 1,

    /// <summary>Primary school, compulsory (小学，义务教育).</summary>
    [JsonStringEnumMemberName("primary")]
    Primary = 2,

    /// <summary>Junior secondary school, compulsory (初中，义务教育).</summary>
    [JsonStringEnumMemberName("juniorSecondary")]
    JuniorSecondary = 3,

    /// <summary>Senior secondary or secondary vocational school (高中、中职).</summary>
    [JsonStringEnumMemberName("seniorSecondary")]
    SeniorSecondary = 4,

    /// <summary>Higher vocational college (高职、大专).</summary>
    [JsonStringEnumMemberName("vocational")]
    Vocational = 5,

    /// <summary>Undergraduate (本科).</summary>
    [JsonStringEnumMemberName("undergraduate")]
    Undergraduate = 6,

    /// <summary>Postgraduate (研究生).</summary>
    [JsonStringEnumMemberName("postgraduate")]
    Postgraduate = 7,
}

/// <summary>Helpers for <see cref="StudyLevel"/> (就读阶段).</summary>
public static class StudyLevelExtensions
{
    /// <summary>Whether the level is compulsory education (义务教育: primary and junior secondary).</summary>
    /// <param name="level">The level.</param>
    /// <returns>Whether it is compulsory.</returns>
    public static bool IsCompulsory(this StudyLevel level) => level is StudyLevel.Primary or StudyLevel.JuniorSecondary;

    /// <summary>Whether the level is higher education (高等教育: vocational college, undergraduate, postgraduate).</summary>
    /// <param name="level">The level.</param>
    /// <returns>Whether it is higher education.</returns>
    public static bool IsHigher(this StudyLevel level) => level is StudyLevel.Vocational or StudyLevel.Undergraduate or StudyLevel.Postgraduate;
}
