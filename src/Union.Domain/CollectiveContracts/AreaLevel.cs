using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The administrative level of the area an industry-wide or regional contract covers (区域层级), 劳动合同法 第五十三条.</summary>
public enum AreaLevel
{
    /// <summary>Below county level: a township, street or development zone (县级以下).</summary>
    [JsonStringEnumMemberName("belowCounty")]
    BelowCounty,

    /// <summary>A county or district (县级).</summary>
    [JsonStringEnumMemberName("county")]
    County,

    /// <summary>A prefecture-level city (地级).</summary>
    [JsonStringEnumMemberName("prefecture")]
    Prefecture,

    /// <summary>A province or municipality (省级).</summary>
    [JsonStringEnumMemberName("province")]
    Province,
}
