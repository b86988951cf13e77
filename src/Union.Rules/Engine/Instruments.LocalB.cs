namespace Union.Rules.Engine;

/// <summary>Local regulations of the second group of regions (天津, 湖南, 辽宁, 深圳, 江西, 陕西, 吉林, 贵州, 广西, 内蒙古).</summary>
public static partial class Instruments
{
    private static readonly LegalInstrument[] LocalB = [];
}
