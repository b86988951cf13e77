using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The kind of a collective contract (集体合同种类), 劳动合同法 第五十一条至第五十三条.</summary>
public enum ContractKind
{
    /// <summary>A comprehensive collective contract (综合性集体合同).</summary>
    [JsonStringEnumMemberName("comprehensive")]
    Comprehensive,

    /// <summary>A special collective contract on one subject (专项集体合同).</summary>
    [JsonStringEnumMemberName("special")]
    Special,

    /// <summary>An industry-wide collective contract (行业性集体合同).</summary>
    [JsonStringEnumMemberName("industryWide")]
    IndustryWide,

    /// <summary>A regional collective contract (区域性集体合同).</summary>
    [JsonStringEnumMemberName("regional")]
    Regional,
}
