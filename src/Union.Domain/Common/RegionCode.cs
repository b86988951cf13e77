using System.Text.Json.Serialization;
using System.Globalization;

namespace Union.Domain.Common;

/// <summary>
/// A GB/T 2260 administrative division code (行政区划代码): six digits, e.g. <c>110000</c> 北京市,
/// <c>310000</c> 上海市, <c>440100</c> 广州市, <c>440305</c> 南山区.
/// </summary>
/// <remarks>
/// <para>The first two digits name the province-level division and must be one of the 34 in GB/T 2260
/// (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82). A code ending in <c>0000</c> is a province,
/// one ending in <c>00</c> a prefecture-level city; any other a county-level division.
/// The code's structure is checked; whether a particular city or county exists is not.</para>
/// <para>The default value is not a valid code; <see cref="IsDefault"/> tells it apart.</para>
/// </remarks>
public readonly struct RegionCode : IEquatable<RegionCode>, IComparable<RegionCode>
{
    private static readonly Dictionary<int, (string Zh, string En)> Provinces = new()
    {
        [11] = ("北京市", "Beijing"), [12] = ("天津市", "Tianjin"), [13] = ("河北省", "Hebei"), [14] = ("山西省", "Shanxi"),
        [15] = ("内蒙古自治区", "Inner Mongolia"), [21] = ("辽宁省", "Liaoning"), [22] = ("吉林省", "Jilin"),
        [23] = ("黑龙江省", "Heilongjiang"), [31] = ("上海市", "Shanghai"), [32] = ("江苏省", "Jiangsu"),
        [33] = ("浙江省", "Zhejiang"), [34] = ("安徽省", "Anhui"), [35] = ("福建省", "Fujian"), [36] = ("江西省", "Jiangxi"),
        [37] = ("山东省", "Shandong"), [41] = ("河南省", "Henan"), [42] = ("湖北省", "Hubei"), [43] = ("湖南省", "Hunan"),
        [44] = ("广东省", "Guangdong"), [45] = ("广西壮族自治区", "Guangxi"), [46] = ("海南省", "Hainan"),
        [50] = ("重庆市", "Chongqing"), [51] = ("四川省", "Sichuan"), [52] = ("贵州省", "Guizhou"), [53] = ("云南省", "Yunnan"),
        [54] = ("西藏自治区", "Tibet"), [61] = ("陕西省", "Shaanxi"), [62] = ("甘肃省", "Gansu"), [63] = ("青海省", "Qinghai"),
        [64] = ("宁夏回族自治区", "Ningxia"), [65] = ("新疆维吾尔自治区", "Xinjiang"), [71] = ("台湾省", "Taiwan"),
        [81] = ("香港特别行政区", "Hong Kong"), [82] = ("澳门特别行政区", "Macao"),
    };

    private readonly int _value;

    private RegionCode(int value) => _value = value;

    /// <summary>北京市 (110000).</summary>
    public static RegionCode Beijing => new(110000);

    /// <summary>上海市 (310000).</summary>
    public static RegionCode Shanghai => new(310000);

    /// <summary>Gets the code as a number, e.g. 310000.</summary>
    public int Value => _value;

    /// <summary>Gets whether this is the default (invalid) value.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Gets the administrative level the code names.</summary>
    public RegionLevel Level => _value % 10000 == 0 ? RegionLevel.Province : _value % 100 == 0 ? RegionLevel.Prefecture : RegionLevel.County;

    /// <summary>Gets the province-level division that contains this one (itself for a province).</summary>
    public RegionCode Province => new(_value / 10000 * 10000);

    /// <summary>Gets the enclosing division: county → prefecture, prefecture → province; <see langword="null"/> for a province.</summary>
    public RegionCode? Parent => Level switch
    {
        RegionLevel.County => new RegionCode(_value / 100 * 100),
        RegionLevel.Prefecture => Province,
        _ => null,
    };

    /// <summary>Gets this division and the ones that contain it, broadest first (province, prefecture, county).</summary>
    public IReadOnlyList<RegionCode> Lineage
    {
        get
        {
            var list = new List<RegionCode>(3);
            for (RegionCode? c = this; c is { } code; c = code.Parent)
            {
                list.Insert(0, code);
            }

            return list;
        }
    }

    /// <summary>Gets the Chinese name of the province-level division, e.g. 上海市.</summary>
    public string ProvinceName => Provinces.TryGetValue(_value / 10000, out var n) ? n.Zh : string.Empty;

    /// <summary>Gets the English name of the province-level division, e.g. Shanghai.</summary>
    public string ProvinceNameEn => Provinces.TryGetValue(_value / 10000, out var n) ? n.En : string.Empty;

    /// <summary>Gets whether this division is <paramref name="other"/> or lies inside it.</summary>
    /// <param name="other">The possibly enclosing division.</param>
    /// <returns>Whether this is within <paramref name="other"/>.</returns>
    public bool IsWithin(RegionCode other) => Lineage.Contains(other);

    /// <summary>Checks a six-digit code and explains what is wrong with it, if anything.</summary>
    /// <param name="text">The text, e.g. "310000".</param>
    /// <param name="code">The code, when valid.</param>
    /// <param name="error">Why the text is not a code, when invalid.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse(string? text, out RegionCode code, out string? error)
    {
        code = default;
        if (text is null || text.Length != 6 || !text.All(char.IsAsciiDigit))
        {
            error = $"'{text}' is not a region code: a GB/T 2260 code has exactly six digits, e.g. 310000 for 上海市.";
            return false;
        }

        int value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (!Provinces.ContainsKey(value / 10000))
        {
            error = $"'{text}' is not a region code: its first two digits {text[..2]} name no province-level division of GB/T 2260.";
            return false;
        }

        if (value % 10000 != 0 && (value / 100) % 100 == 0)
        {
            error = $"'{text}' is not a region code: a county-level code needs a prefecture part (digits 3-4) other than 00.";
            return false;
        }

        code = new RegionCode(value);
        error = null;
        return true;
    }

    /// <summary>Checks a six-digit code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when valid.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse(string? text, out RegionCode code) => TryParse(text, out code, out _);

    /// <summary>Parses a six-digit code.</summary>
    /// <param name="text">The text, e.g. "310000".</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a valid code; the message says why.</exception>
    public static RegionCode Parse(string text) =>
        TryParse(text, out RegionCode code, out string? error) ? code : throw new FormatException(error);

    /// <summary>Creates a code from its numeric value, e.g. 310000.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a valid code.</exception>
    public static RegionCode FromValue(int value) =>
        TryParse(value.ToString("D6", CultureInfo.InvariantCulture), out RegionCode code, out string? error)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(value), value, error);

    /// <inheritdoc />
    public bool Equals(RegionCode other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <inheritdoc />
    public int CompareTo(RegionCode other) => _value.CompareTo(other._value);

    /// <summary>The six digits, e.g. <c>310000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    /// <param name="a">One code.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RegionCode a, RegionCode b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    /// <param name="a">One code.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RegionCode a, RegionCode b) => !a.Equals(b);

    /// <summary>Ordering by numeric value.</summary>
    /// <param name="a">One code.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether a &lt; b.</returns>
    public static bool operator <(RegionCode a, RegionCode b) => a._value < b._value;

    /// <summary>Ordering by numeric value.</summary>
    /// <param name="a">One code.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether a &gt; b.</returns>
    public static bool operator >(RegionCode a, RegionCode b) => a._value > b._value;

    /// <summary>Ordering by numeric value.</summary>
    /// <param name="a">One code.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether a ≤ b.</returns>
    public static bool operator <=(RegionCode a, RegionCode b) => a._value <= b._value;

    /// <summary>Ordering by numeric value.</summary>
    /// <param name="a">One code.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether a ≥ b.</returns>
    public static bool operator >=(RegionCode a, RegionCode b) => a._value >= b._value;
}

/// <summary>The level of an administrative division (行政区划级别).</summary>
public enum RegionLevel
{
    /// <summary>Province-level: 省、自治区、直辖市、特别行政区.</summary>
    [JsonStringEnumMemberName("province")]
    Province = 0,

    /// <summary>Prefecture-level: 地级市、地区、自治州、盟 (and the districts group of a municipality).</summary>
    [JsonStringEnumMemberName("prefecture")]
    Prefecture = 1,

    /// <summary>County-level: 县、县级市、市辖区、旗.</summary>
    [JsonStringEnumMemberName("county")]
    County = 2,
}
