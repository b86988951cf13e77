using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The subject of a special collective contract (专项集体合同的事项), 劳动合同法 第五十二条.</summary>
public enum SpecialSubject
{
    /// <summary>Occupational safety and health (劳动安全卫生).</summary>
    [JsonStringEnumMemberName("occupationalSafety")]
    OccupationalSafety,

    /// <summary>Protection of women workers' rights (女职工权益保护).</summary>
    [JsonStringEnumMemberName("womenWorkers")]
    WomenWorkers,

    /// <summary>The wage adjustment mechanism (工资调整机制).</summary>
    [JsonStringEnumMemberName("wageAdjustment")]
    WageAdjustment,

    /// <summary>Another subject ("等"), named in <see cref="CollectiveContract.SpecialSubjectName"/>.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
