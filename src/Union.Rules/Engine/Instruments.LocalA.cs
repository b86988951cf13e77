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

    /// <summary>
    /// 浙江省集体合同条例: revised by the Standing Committee of the 11th Zhejiang People's Congress on 2010-11-25 and
    /// promulgated by its 公告第58号; the revision is in force from 2011-01-01.
    /// </summary>
    public static readonly LegalInstrument ZhejiangCollectiveContractRegulations = new("zhejiang-collective-contract-regulations", "浙江省集体合同条例", "Zhejiang Regulations on Collective Contracts", "浙江省第十一届人民代表大会常务委员会公告第58号");

    /// <summary>
    /// 浙江省企业民主管理条例: adopted by the Standing Committee of the 11th Zhejiang People's Congress on 2010-03-30 and
    /// promulgated by its 公告第49号; in force from 2010-10-01.
    /// </summary>
    public static readonly LegalInstrument ZhejiangDemocraticManagementRegulations = new("zhejiang-democratic-management-regulations", "浙江省企业民主管理条例", "Zhejiang Regulations on the Democratic Management of Enterprises", "浙江省第十一届人民代表大会常务委员会公告第49号");

    /// <summary>
    /// 杭州市企业工资集体协商条例: adopted by the Standing Committee of the 12th Hangzhou People's Congress on 2013-12-31,
    /// approved by the Zhejiang Standing Committee on 2014-03-27, promulgated 2014-04-11 (第25号); in force from 2014-05-01.
    /// </summary>
    public static readonly LegalInstrument HangzhouWageNegotiationRegulations = new("hangzhou-wage-negotiation-regulations", "杭州市企业工资集体协商条例", "Hangzhou Regulations on Collective Wage Negotiation in Enterprises", "杭州市人民代表大会常务委员会第25号");

    /// <summary>
    /// 宁波市企业工资集体协商条例: adopted by the Standing Committee of the 14th Ningbo People's Congress on 2013-10-29,
    /// approved by the Zhejiang Standing Committee on 2014-03-27, promulgated 2014-04-10 (第8号); in force from 2014-05-01.
    /// </summary>
    public static readonly LegalInstrument NingboWageNegotiationRegulations = new("ningbo-wage-negotiation-regulations", "宁波市企业工资集体协商条例", "Ningbo Regulations on Collective Wage Negotiation in Enterprises", "宁波市第十四届人民代表大会常务委员会第8号");

    /// <summary>
    /// 山东省企业工资集体协商条例: adopted by the Standing Committee of the 12th Shandong People's Congress on 2016-11-26;
    /// in force from 2017-01-01.
    /// </summary>
    public static readonly LegalInstrument ShandongWageNegotiationRegulations = new("shandong-wage-negotiation-regulations", "山东省企业工资集体协商条例", "Shandong Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>
    /// 河南省企业集体合同条例: adopted by the Standing Committee of the 9th Henan People's Congress on 1999-09-24; in force
    /// from 1999-12-01.
    /// </summary>
    public static readonly LegalInstrument HenanCollectiveContractRegulations = new("henan-collective-contract-regulations", "河南省企业集体合同条例", "Henan Regulations on Collective Contracts in Enterprises");

    /// <summary>
    /// 河南省企业工资集体协商条例: adopted by the Standing Committee of the 12th Henan People's Congress on 2013-11-29; in force
    /// from 2014-01-01.
    /// </summary>
    public static readonly LegalInstrument HenanWageNegotiationRegulations = new("henan-wage-negotiation-regulations", "河南省企业工资集体协商条例", "Henan Regulations on Collective Wage Negotiation in Enterprises");

    private static readonly LegalInstrument[] LocalA =
    [
        ShanghaiWagePaymentMeasures,
        ZhejiangCollectiveContractRegulations,
        ZhejiangDemocraticManagementRegulations,
        HangzhouWageNegotiationRegulations,
        NingboWageNegotiationRegulations,
        ShandongWageNegotiationRegulations,
        HenanCollectiveContractRegulations,
        HenanWageNegotiationRegulations,
    ];
}
