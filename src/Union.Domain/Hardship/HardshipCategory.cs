using System.Text.Json.Serialization;

namespace Union.Domain.Hardship;

/// <summary>
/// The category of a hardship household (困难类别): 深度困难, 相对困难, 意外致困, or none. Ordered by severity: a higher value is
/// a more severe category, so a household's category "does not get lost" when its rank does not decrease.
/// </summary>
public enum HardshipCategory
{
    /// <summary>No category (不符合困难职工认定条件).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Accident-induced hardship (意外致困).</summary>
    [JsonStringEnumMemberName("accidentInduced")]
    AccidentInduced = 1,

    /// <summary>Relative hardship (相对困难).</summary>
    [JsonStringEnumMemberName("relative")]
    Relative = 2,

    /// <summary>Deep hardship (深度困难).</summary>
    [JsonStringEnumMemberName("deep")]
    Deep = 3,
}
