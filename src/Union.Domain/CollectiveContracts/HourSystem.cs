using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The working-hour system (工时制度).</summary>
public enum HourSystem
{
    /// <summary>Standard hours (标准工时制).</summary>
    [JsonStringEnumMemberName("standard")]
    Standard,

    /// <summary>Comprehensive hours, averaged over a cycle (综合计算工时工作制), 劳部发〔1994〕503号.</summary>
    [JsonStringEnumMemberName("comprehensive")]
    Comprehensive,

    /// <summary>Flexible hours (不定时工作制), 劳部发〔1994〕503号.</summary>
    [JsonStringEnumMemberName("flexible")]
    Flexible,
}
