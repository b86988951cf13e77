namespace Union.Rules.Engine;

/// <summary>Local regulations of the first group of regions (上海, 北京, 重庆, 浙江, 杭州, 宁波, 山东, 河南).</summary>
/// <remarks>
/// 北京市集体合同条例, 上海市集体合同条例, 上海市职工代表大会条例 and 重庆市集体合同条例 were registered with the built-in
/// rules' instruments before the regional layers and are not repeated here.
/// </remarks>
public static partial class Instruments
{
    /// <summary>
    /// 上海市企业工资支付办法: issued by 上海市人力资源和社会保障局 on 2016-06-27 (沪人社综发〔2016〕29号), replacing the 2003
    /// 办法; in force 2016-08-01. Item 九 fixes the base of overtime and leave pay.
    /// </summary>
    public static readonly LegalInstrument ShanghaiWagePaymentMeasures = new("shanghai-wage-payment-measures", "上海市企业工资支付办法", "Shanghai Measures on Enterprise Wage Payment", "沪人社综发〔2016〕29号");

    private static readonly LegalInstrument[] LocalA = [ShanghaiWagePaymentMeasures];
}
