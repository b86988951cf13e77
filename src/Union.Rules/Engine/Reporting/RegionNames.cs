using System.Collections.Frozen;
using Union.Domain.Common;

namespace Union.Rules.Engine.Reporting;

/// <summary>
/// Names of regions (行政区划名称, GB/T 2260) for reports: every province-level division, and the cities whose standards or
/// regulations the library ships. A report writes 北京市（110000） or Beijing (110000), never a bare code.
/// </summary>
public static class RegionNames
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> Names = new Dictionary<string, (string, string)>
    {
        ["110000"] = ("北京市", "Beijing"), ["120000"] = ("天津市", "Tianjin"), ["130000"] = ("河北省", "Hebei"),
        ["140000"] = ("山西省", "Shanxi"), ["150000"] = ("内蒙古自治区", "Inner Mongolia"), ["210000"] = ("辽宁省", "Liaoning"),
        ["220000"] = ("吉林省", "Jilin"), ["230000"] = ("黑龙江省", "Heilongjiang"), ["310000"] = ("上海市", "Shanghai"),
        ["320000"] = ("江苏省", "Jiangsu"), ["330000"] = ("浙江省", "Zhejiang"), ["340000"] = ("安徽省", "Anhui"),
        ["350000"] = ("福建省", "Fujian"), ["360000"] = ("江西省", "Jiangxi"), ["370000"] = ("山东省", "Shandong"),
        ["410000"] = ("河南省", "Henan"), ["420000"] = ("湖北省", "Hubei"), ["430000"] = ("湖南省", "Hunan"),
        ["440000"] = ("广东省", "Guangdong"), ["450000"] = ("广西壮族自治区", "Guangxi"), ["460000"] = ("海南省", "Hainan"),
        ["500000"] = ("重庆市", "Chongqing"), ["510000"] = ("四川省", "Sichuan"), ["520000"] = ("贵州省", "Guizhou"),
        ["530000"] = ("云南省", "Yunnan"), ["540000"] = ("西藏自治区", "Tibet"), ["610000"] = ("陕西省", "Shaanxi"),
        ["620000"] = ("甘肃省", "Gansu"), ["630000"] = ("青海省", "Qinghai"), ["640000"] = ("宁夏回族自治区", "Ningxia"),
        ["650000"] = ("新疆维吾尔自治区", "Xinjiang"), ["710000"] = ("台湾省", "Taiwan"), ["810000"] = ("香港特别行政区", "Hong Kong"),
        ["820000"] = ("澳门特别行政区", "Macao"),
        ["130500"] = ("邢台市", "Xingtai"), ["320100"] = ("南京市", "Nanjing"), ["330100"] = ("杭州市", "Hangzhou"),
        ["330200"] = ("宁波市", "Ningbo"), ["370100"] = ("济南市", "Jinan"), ["370200"] = ("青岛市", "Qingdao"),
        ["410400"] = ("平顶山市", "Pingdingshan"), ["440100"] = ("广州市", "Guangzhou"), ["440300"] = ("深圳市", "Shenzhen"),
        ["440700"] = ("江门市", "Jiangmen"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Writes a region for a report: 北京市（110000）, Beijing (110000); 全国 / national for none.</summary>
    /// <param name="region">The region, or <see langword="null"/> for the national profile.</param>
    /// <param name="chinese">Whether the report is in Chinese.</param>
    /// <returns>The region's name with its code; a code whose name is not held is written with its nearest named ancestor.</returns>
    public static string Describe(RegionCode? region, bool chinese)
    {
        if (region is not { } r)
        {
            return chinese ? "全国" : "national";
        }

        string code = r.ToString();
        if (Names.TryGetValue(code, out (string Zh, string En) name))
        {
            return chinese ? $"{name.Zh}（{code}）" : $"{name.En} ({code})";
        }

        foreach (RegionCode ancestor in r.Lineage.Reverse())
        {
            if (ancestor != r && Names.TryGetValue(ancestor.ToString(), out (string Zh, string En) a))
            {
                return chinese ? $"{a.Zh}所辖地区（{code}）" : $"a division of {a.En} ({code})";
            }
        }

        return code;
    }
}
