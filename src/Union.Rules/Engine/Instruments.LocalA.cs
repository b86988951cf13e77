namespace Union.Rules.Engine;

/// <summary>Local regulations of the first group of regions (上海, 北京, 重庆, 浙江, 杭州, 宁波, 山东, 河南).</summary>
public static partial class Instruments
{
    private static readonly LegalInstrument[] LocalA = [];
}
