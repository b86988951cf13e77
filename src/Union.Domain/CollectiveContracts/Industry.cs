using System.Text.Json.Serialization;

namespace Union.Domain.CollectiveContracts;

/// <summary>The industry of an industry-wide or regional contract (行业), 劳动合同法 第五十三条.</summary>
public enum Industry
{
    /// <summary>Construction (建筑业).</summary>
    [JsonStringEnumMemberName("construction")]
    Construction,

    /// <summary>Mining (采矿业).</summary>
    [JsonStringEnumMemberName("mining")]
    Mining,

    /// <summary>Catering (餐饮服务业).</summary>
    [JsonStringEnumMemberName("catering")]
    Catering,

    /// <summary>Another industry ("等"), named in <see cref="ContractScope.IndustryName"/>.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
