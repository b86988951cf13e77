using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// The end of an employment (劳动合同解除或者终止): the day, the ground, and the wages of the months before, as the economic
/// compensation of 劳动合同法 第四十七条 and the damages of 第八十七条 need them.
/// </summary>
/// <remarks>
/// Whether compensation is owed is the rules' answer from <see cref="Ground"/>, never a field: a ground that owes none, or an
/// unlawful dismissal, is representable so that the rules can say so.
/// </remarks>
/// <param name="Date">The day the contract was dissolved or terminated: the last day of the employment, counted in the service.</param>
/// <param name="Ground">The ground (解除或者终止的情形).</param>
/// <param name="LastTwelveMonthsWages">
/// The wages due (应得工资, 劳动合同法实施条例 第二十七条: time or piece wages, bonuses, allowances and subsidies) of each month
/// before the end, oldest first, at most twelve (劳动合同法 第四十七条第三款: 劳动合同解除或者终止前十二个月的平均工资); fewer when
/// the employee worked fewer months (实施条例 第二十七条: 按照实际工作的月数计算平均工资).
/// </param>
/// <param name="ServiceStart">
/// The first day of the service the compensation counts, when it is not the employment's start: years with an earlier employer
/// merged because the employee was moved for reasons not of their own (实施条例 第十条).
/// </param>
/// <param name="ReinstatementSought">
/// For an unlawful dissolution or termination, whether the employee asks for the contract to go on (劳动合同法 第四十八条:
/// 劳动者要求继续履行劳动合同的，用人单位应当继续履行): then no damages are owed while it can go on.
/// </param>
public sealed record Separation(
    LocalDate Date,
    SeparationGround Ground,
    [property: InputCount(12)] IReadOnlyList<Money>? LastTwelveMonthsWages = null,
    LocalDate? ServiceStart = null,
    bool ReinstatementSought = false);

/// <summary>
/// The ground on which an employment ended (劳动合同解除、终止的情形): the grounds of 劳动合同法 第四十六条 that owe economic
/// compensation, the common grounds that owe none, and a dissolution or termination in breach of the law (第四十八条, 第八十七条)
/// that owes damages of twice the compensation.
/// </summary>
public enum SeparationGround
{
    /// <summary>Another ground, with no economic compensation (其他情形).</summary>
    [JsonStringEnumMemberName("other")]
    Other,

    /// <summary>The employee dissolved the contract for the employer's fault (劳动者依照第三十八条解除): compensation, 第四十六条第（一）项.</summary>
    [JsonStringEnumMemberName("employeeForEmployerFault")]
    EmployeeForEmployerFault,

    /// <summary>Dissolved by agreement on the employer's proposal (用人单位提出、协商一致解除, 第三十六条): compensation, 第四十六条第（二）项.</summary>
    [JsonStringEnumMemberName("agreementProposedByEmployer")]
    AgreementProposedByEmployer,

    /// <summary>Dissolved by agreement on the employee's proposal (劳动者提出、协商一致解除, 第三十六条): no compensation.</summary>
    [JsonStringEnumMemberName("agreementProposedByEmployee")]
    AgreementProposedByEmployee,

    /// <summary>
    /// The employer dissolved with 30 days' notice or a month's pay in lieu (用人单位依照第四十条解除: illness, incapacity, changed
    /// circumstances): compensation, 第四十六条第（三）项.
    /// </summary>
    [JsonStringEnumMemberName("employerWithNotice")]
    EmployerWithNotice,

    /// <summary>An economic layoff (经济性裁员, 第四十一条第一款): compensation, 第四十六条第（四）项.</summary>
    [JsonStringEnumMemberName("economicLayoff")]
    EconomicLayoff,

    /// <summary>A fixed term expired (固定期限劳动合同期满终止, 第四十四条第一项): compensation, 第四十六条第（五）项.</summary>
    [JsonStringEnumMemberName("fixedTermExpired")]
    FixedTermExpired,

    /// <summary>
    /// A fixed term expired after the employee declined a renewal on the same or better terms (用人单位维持或者提高劳动合同约定条件续订，
    /// 劳动者不同意续订): the exception of 第四十六条第（五）项, no compensation.
    /// </summary>
    [JsonStringEnumMemberName("fixedTermExpiredRenewalDeclined")]
    FixedTermExpiredRenewalDeclined,

    /// <summary>The employer was declared bankrupt (用人单位被依法宣告破产, 第四十四条第四项): compensation, 第四十六条第（六）项.</summary>
    [JsonStringEnumMemberName("employerBankrupt")]
    EmployerBankrupt,

    /// <summary>
    /// The employer's licence was revoked, it was ordered closed or dissolved, or it decided to wind up early (吊销营业执照、责令关闭、
    /// 撤销或者决定提前解散, 第四十四条第五项): compensation, 第四十六条第（六）项.
    /// </summary>
    [JsonStringEnumMemberName("employerClosed")]
    EmployerClosed,

    /// <summary>A task-based contract ended on the task's completion (以完成一定工作任务为期限, 实施条例 第二十二条): compensation.</summary>
    [JsonStringEnumMemberName("taskCompleted")]
    TaskCompleted,

    /// <summary>
    /// The employer ended the relation because the employee would not sign a written contract after the first month
    /// (自用工之日起超过一个月不满一年，劳动者不与用人单位订立书面劳动合同, 实施条例 第六条第一款): compensation.
    /// </summary>
    [JsonStringEnumMemberName("refusedToSignAfterFirstMonth")]
    RefusedToSignAfterFirstMonth,

    /// <summary>
    /// The employer ended the relation because the employee would not sign a written contract in the first month, after written
    /// notice (自用工之日起一个月内，经用人单位书面通知后，劳动者不与用人单位订立书面劳动合同, 实施条例 第五条): no compensation.
    /// </summary>
    [JsonStringEnumMemberName("refusedToSignInFirstMonth")]
    RefusedToSignInFirstMonth,

    /// <summary>The employee resigned with notice (劳动者提前三十日书面通知解除, 第三十七条): no compensation.</summary>
    [JsonStringEnumMemberName("employeeResigned")]
    EmployeeResigned,

    /// <summary>The employer dismissed for the employee's fault (用人单位依照第三十九条解除): no compensation.</summary>
    [JsonStringEnumMemberName("dismissalForCause")]
    DismissalForCause,

    /// <summary>
    /// The employee began to draw the basic pension or reached the statutory retirement age (开始依法享受基本养老保险待遇, 第四十四条
    /// 第二项; 达到法定退休年龄, 实施条例 第二十一条): no compensation.
    /// </summary>
    [JsonStringEnumMemberName("retirement")]
    Retirement,

    /// <summary>The employee died or was declared dead or missing (第四十四条第三项): no compensation.</summary>
    [JsonStringEnumMemberName("employeeDeath")]
    EmployeeDeath,

    /// <summary>
    /// The employer dissolved the contract in breach of the law (用人单位违反本法规定解除劳动合同, 第四十八条): damages of twice the
    /// compensation (赔偿金, 第八十七条), in place of it (实施条例 第二十五条).
    /// </summary>
    [JsonStringEnumMemberName("unlawfulDissolution")]
    UnlawfulDissolution,

    /// <summary>The employer terminated the contract in breach of the law (违反本法规定终止劳动合同, 第四十八条): damages, as for an unlawful dissolution.</summary>
    [JsonStringEnumMemberName("unlawfulTermination")]
    UnlawfulTermination,
}
