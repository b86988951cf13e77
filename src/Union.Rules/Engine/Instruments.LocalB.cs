namespace Union.Rules.Engine;

/// <summary>Local regulations of the second group of regions (天津, 湖南, 辽宁, 深圳, 江西, 陕西, 吉林, 贵州, 广西, 内蒙古).</summary>
public static partial class Instruments
{
    /// <summary>天津市企业工资集体协商条例 (120000): adopted 2010-07-22 by the 天津市人大常委会, in force 2010-09-01 (第三十三条); no later amendment.</summary>
    public static readonly LegalInstrument TianjinWageNegotiationRegulations = new("tianjin-wage-negotiation-regulations", "天津市企业工资集体协商条例", "Tianjin Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>湖南省企业工资集体协商条例 (430000): adopted 2011-11-27 by the 湖南省人大常委会, in force 2012-05-01 (第五十一条); no later amendment.</summary>
    public static readonly LegalInstrument HunanWageNegotiationRegulations = new("hunan-wage-negotiation-regulations", "湖南省企业工资集体协商条例", "Hunan Province Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>辽宁省企业工资集体协商条例 (210000): adopted 2015-07-30 by the 辽宁省人大常委会, in force 2016-01-01 (第五十四条); no later amendment.</summary>
    public static readonly LegalInstrument LiaoningWageNegotiationRegulations = new("liaoning-wage-negotiation-regulations", "辽宁省企业工资集体协商条例", "Liaoning Province Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>深圳经济特区和谐劳动关系促进条例 (440300): adopted 2008-09-23 by the 深圳市人大常委会 (in force 2008-11-01, 第七十二条); amended 2019-04-24 (决定 modifying 27 regulations), the amended version published and in force 2019-04-26.</summary>
    public static readonly LegalInstrument ShenzhenHarmoniousLabourRelationsRegulations = new("shenzhen-harmonious-labour-relations-regulations", "深圳经济特区和谐劳动关系促进条例", "Shenzhen Special Economic Zone Regulations on Promoting Harmonious Labour Relations");

    /// <summary>江西省企业工资集体协商条例 (360000): adopted 2013-09-26 by the 江西省人大常委会, in force 2013-11-01 (第四十三条); no later amendment.</summary>
    public static readonly LegalInstrument JiangxiWageNegotiationRegulations = new("jiangxi-wage-negotiation-regulations", "江西省企业工资集体协商条例", "Jiangxi Province Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>陕西省企业工资集体协商条例 (610000): adopted 2018-11-30 by the 陕西省人大常委会, in force 2019-03-01 (第五十四条); no later amendment.</summary>
    public static readonly LegalInstrument ShaanxiWageNegotiationRegulations = new("shaanxi-wage-negotiation-regulations", "陕西省企业工资集体协商条例", "Shaanxi Province Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>吉林省企业工资集体协商条例 (220000): adopted 2017-12-01 by the 吉林省人大常委会, in force 2018-03-01 (第五十五条); no later amendment.</summary>
    public static readonly LegalInstrument JilinWageNegotiationRegulations = new("jilin-wage-negotiation-regulations", "吉林省企业工资集体协商条例", "Jilin Province Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>贵州省企业工资集体协商条例 (520000): adopted 2014-09-29 by the 贵州省人大常委会, in force 2015-01-01 (第四十五条); no later amendment.</summary>
    public static readonly LegalInstrument GuizhouWageNegotiationRegulations = new("guizhou-wage-negotiation-regulations", "贵州省企业工资集体协商条例", "Guizhou Province Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>广西壮族自治区企业工资集体协商条例 (450000): adopted 2015-05-27 by the 广西壮族自治区人大常委会 (in force 2015-07-01, 第五十八条); amended 2024-11-28 (决定 modifying 15 regulations), the amended version in force 2024-11-28.</summary>
    public static readonly LegalInstrument GuangxiWageNegotiationRegulations = new("guangxi-wage-negotiation-regulations", "广西壮族自治区企业工资集体协商条例", "Guangxi Zhuang Autonomous Region Regulations on Collective Wage Negotiation in Enterprises");

    /// <summary>内蒙古自治区企业工资集体协商条例 (150000): adopted 2012-07-21 by the 内蒙古自治区人大常委会 (in force 2012-10-01, 第四十三条); amended 2025-09-30 (决定 modifying 4 regulations), the amended version in force 2025-12-01.</summary>
    public static readonly LegalInstrument InnerMongoliaWageNegotiationRegulations = new("inner-mongolia-wage-negotiation-regulations", "内蒙古自治区企业工资集体协商条例", "Inner Mongolia Autonomous Region Regulations on Collective Wage Negotiation in Enterprises");

    private static readonly LegalInstrument[] LocalB = [TianjinWageNegotiationRegulations, HunanWageNegotiationRegulations, LiaoningWageNegotiationRegulations, ShenzhenHarmoniousLabourRelationsRegulations, JiangxiWageNegotiationRegulations, ShaanxiWageNegotiationRegulations, JilinWageNegotiationRegulations, GuizhouWageNegotiationRegulations, GuangxiWageNegotiationRegulations, InnerMongoliaWageNegotiationRegulations];
}
