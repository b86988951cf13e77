using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The parameters of written contracts, economic compensation and labour-dispute deadlines (书面劳动合同、经济补偿、劳动争议期限参数):
/// the numbers of 劳动合同法 第十条, 第十四条第三款, 第四十七条, 第八十二条, 第八十七条, 劳动合同法实施条例 第六条, 第七条 and
/// 劳动争议调解仲裁法 第十四条 to 第五十条. Values and sources are in <c>Parameters/national/labour-separation.json</c> and
/// <c>labour-disputes.json</c>.
/// </summary>
public static class SeparationParameters
{
    /// <summary>书面劳动合同订立期限: the written contract is concluded within this time of the first day of employment (劳动合同法 第十条第二款: 一个月内).</summary>
    public static readonly Parameter<LegalPeriod> WrittenContractPeriod = Parameter.Period("ls.writtenContract.period");

    /// <summary>视为订立无固定期限劳动合同: with no written contract this long after the first day of employment, an open-ended contract is deemed concluded (第十四条第三款: 满一年).</summary>
    public static readonly Parameter<LegalPeriod> DeemedOpenEndedAfter = Parameter.Period("ls.writtenContract.deemedOpenEndedAfter");

    /// <summary>二倍工资: the multiple of the monthly wage paid for each month without a written contract (第八十二条第一款: 二倍).</summary>
    public static readonly Parameter<decimal> DoubleWageMultiple = Parameter.Number("ls.writtenContract.doubleWageMultiple");

    /// <summary>
    /// 不足一个月部分的折算: <c>paidDays</c> (Monday to Friday of the part ÷ <see cref="LabourStandardParameters.PaidDaysPerMonth"/>)
    /// or <c>calendarDays</c> (days of the part ÷ days of the month it begins); the text does not fix it.
    /// </summary>
    public static readonly Parameter<string> PartialMonth = Parameter.Choice("ls.writtenContract.partialMonth");

    /// <summary>经济补偿：不满一年的部分达到此月数的按一年计算 (第四十七条第一款: 六个月以上), with its comparison.</summary>
    public static readonly Parameter<LegalPeriod> RemainderThreshold = Parameter.Period("ls.compensation.remainderThreshold");

    /// <summary>经济补偿：不满六个月的部分支付的月工资数 (第四十七条第一款: 半个月).</summary>
    public static readonly Parameter<Ratio> ShortRemainderMonths = Parameter.Ratio("ls.compensation.shortRemainderMonths");

    /// <summary>月工资的平均月数 (第四十七条第三款: 解除或者终止前十二个月).</summary>
    public static readonly Parameter<decimal> AveragingMonths = Parameter.Number("ls.compensation.averagingMonths");

    /// <summary>封顶倍数: a monthly wage above this multiple of the local average is paid at that multiple (第四十七条第二款: 高于…三倍), with its comparison.</summary>
    public static readonly Parameter<decimal> CapMultiple = Parameter.Number("ls.compensation.capMultiple");

    /// <summary>封顶年限: with the cap, the most years paid (第四十七条第二款: 最高不超过十二年).</summary>
    public static readonly Parameter<decimal> CapYears = Parameter.Number("ls.compensation.capYears");

    /// <summary>赔偿金倍数: damages for an unlawful dissolution or termination, as a multiple of the compensation (第八十七条: 二倍).</summary>
    public static readonly Parameter<decimal> DamagesMultiple = Parameter.Number("ls.compensation.damagesMultiple");

    /// <summary>
    /// 本地区上年度职工月平均工资: the local average monthly wage of employees for the previous year as the 直辖市 or 设区的市
    /// government publishes it for the cap (第四十七条第二款), yuan. No value is shipped: the series differs from the statistical
    /// <see cref="LabourStandardParameters.AverageMonthlyWageFullCaliber"/> in some cities (北京's cap uses 法人单位从业人员平均工资),
    /// so a caller supplies it in a layer; without it the cap cannot be decided, and the calculation says so.
    /// </summary>
    public static readonly Parameter<decimal> AverageMonthlyWage = Parameter.Number("ls.compensation.averageMonthlyWage");

    /// <summary>调解期限: with no agreement this long after the mediation organisation received the application, arbitration may be sought (劳动争议调解仲裁法 第十四条第三款: 十五日).</summary>
    public static readonly Parameter<LegalPeriod> MediationPeriod = Parameter.Period("dispute.mediation.period");

    /// <summary>仲裁时效期间 (第二十七条第一款: 一年).</summary>
    public static readonly Parameter<LegalPeriod> LimitationPeriod = Parameter.Period("dispute.limitation.period");

    /// <summary>受理决定期限: the commission decides on acceptance within this time of receiving the application (第二十九条: 五日).</summary>
    public static readonly Parameter<LegalPeriod> AcceptancePeriod = Parameter.Period("dispute.acceptance.period");

    /// <summary>仲裁结案期限: from acceptance (第四十三条第一款: 四十五日).</summary>
    public static readonly Parameter<LegalPeriod> AwardPeriod = Parameter.Period("dispute.award.period");

    /// <summary>延期上限: the longest extension of the award period (第四十三条第一款: 不得超过十五日).</summary>
    public static readonly Parameter<LegalPeriod> AwardExtensionMax = Parameter.Period("dispute.award.extensionMax");

    /// <summary>终局裁决的金额上限: months of the local monthly minimum wage (第四十七条第（一）项: 不超过…十二个月金额), with its comparison.</summary>
    public static readonly Parameter<decimal> FinalAwardMinimumWageMonths = Parameter.Number("dispute.finalAward.minimumWageMonths");

    /// <summary>劳动者对终局裁决起诉期限 (第四十八条: 十五日).</summary>
    public static readonly Parameter<LegalPeriod> FinalAwardSuitPeriod = Parameter.Period("dispute.finalAward.suitPeriod");

    /// <summary>用人单位申请撤销终局裁决期限 (第四十九条第一款: 三十日).</summary>
    public static readonly Parameter<LegalPeriod> FinalAwardSetAsidePeriod = Parameter.Period("dispute.finalAward.setAsidePeriod");

    /// <summary>对非终局裁决起诉期限 (第五十条: 十五日).</summary>
    public static readonly Parameter<LegalPeriod> SuitPeriod = Parameter.Period("dispute.suit.period");

    /// <summary>Gets every handle above, for checks against the data.</summary>
    public static IReadOnlyList<Parameter> All { get; } =
    [
        WrittenContractPeriod, DeemedOpenEndedAfter, DoubleWageMultiple, PartialMonth, RemainderThreshold, ShortRemainderMonths,
        AveragingMonths, CapMultiple, CapYears, DamagesMultiple, AverageMonthlyWage, MediationPeriod, LimitationPeriod,
        AcceptancePeriod, AwardPeriod, AwardExtensionMax, FinalAwardMinimumWageMonths, FinalAwardSuitPeriod, FinalAwardSetAsidePeriod,
        SuitPeriod,
    ];
}
