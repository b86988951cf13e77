using System.Text.Json.Serialization;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.WageNegotiation;

/// <summary>The items a wage agreement generally covers (工资协议内容), 工资集体协商试行办法 第七条.</summary>
public enum AgreementItem
{
    /// <summary>（一）工资协议的期限.</summary>
    [JsonStringEnumMemberName("term")]
    Term = 1,

    /// <summary>（二）工资分配制度、工资标准和工资分配形式.</summary>
    [JsonStringEnumMemberName("paySystem")]
    PaySystem = 2,

    /// <summary>（三）职工年度平均工资水平及其调整幅度.</summary>
    [JsonStringEnumMemberName("averageWageAndAdjustment")]
    AverageWageAndAdjustment = 3,

    /// <summary>（四）奖金、津贴、补贴等分配办法.</summary>
    [JsonStringEnumMemberName("bonusesAndAllowances")]
    BonusesAndAllowances = 4,

    /// <summary>（五）工资支付办法.</summary>
    [JsonStringEnumMemberName("paymentMethod")]
    PaymentMethod = 5,

    /// <summary>（六）变更、解除工资协议的程序.</summary>
    [JsonStringEnumMemberName("changeProcedure")]
    ChangeProcedure = 6,

    /// <summary>（七）工资协议的终止条件.</summary>
    [JsonStringEnumMemberName("terminationConditions")]
    TerminationConditions = 7,

    /// <summary>（八）工资协议的违约责任.</summary>
    [JsonStringEnumMemberName("liability")]
    Liability = 8,

    /// <summary>（九）双方认为应当协商约定的其他事项.</summary>
    [JsonStringEnumMemberName("other")]
    Other = 9,
}

/// <summary>
/// The factors the negotiators considered (协商参考因素), 工资集体协商试行办法 第八条; the guideline (item 3) comes from the
/// jurisdiction profile, profit and productivity (item 5) from <see cref="EnterpriseSituation"/>.
/// </summary>
/// <param name="LabourCostLevel">（一）the labour cost level (人工成本水平), e.g. labour cost per employee per year.</param>
/// <param name="RegionalAverageWage">（二）the regional or industry average monthly wage.</param>
/// <param name="MarketGuidePrice">（三）the labour-market guide price of the posts (劳动力市场工资指导价位), monthly.</param>
/// <param name="CpiPercent">（四）the local urban consumer price index change, in percent.</param>
/// <param name="StateAssetsPreservationPercent">（六）the rate of preservation and growth of state assets, in percent (SOEs).</param>
/// <param name="LastYearTotalPayroll">（七）last year's total payroll (上年度工资总额).</param>
/// <param name="LastYearAverageWage">（七）last year's average monthly wage in the enterprise.</param>
/// <param name="Other">（八）other circumstances.</param>
public sealed record NegotiationFactors(
    [property: InputRange(0, 1e12)] Money? LabourCostLevel = null,
    [property: InputRange(0, 1e12)] Money? RegionalAverageWage = null,
    [property: InputRange(0, 1e12)] Money? MarketGuidePrice = null,
    [property: InputRange(-InputLimits.MaxPercent, InputLimits.MaxPercent)] decimal? CpiPercent = null,
    [property: InputRange(-InputLimits.MaxPercent, InputLimits.MaxPercent)] decimal? StateAssetsPreservationPercent = null,
    [property: InputRange(0, 1e12)] Money? LastYearTotalPayroll = null,
    [property: InputRange(0, 1e12)] Money? LastYearAverageWage = null,
    string? Other = null);
