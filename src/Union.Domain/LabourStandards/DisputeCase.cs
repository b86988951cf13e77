using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// A labour dispute (劳动争议) and the dates of its procedure under 劳动争议调解仲裁法: when the party knew of the infringement,
/// the mediation, the arbitration, the award, and the claim that decides whether the award is final (第四十七条).
/// </summary>
/// <remarks>
/// Every date is optional: the rules count the deadlines that follow from the dates given and say which they could not count.
/// A late application is representable: it is time-barred, which the rules report.
/// </remarks>
/// <param name="KnewOfInfringement">The day the party knew or should have known of the infringement (知道或者应当知道其权利被侵害之日, 第二十七条第一款).</param>
/// <param name="ClaimAmount">The amount claimed (追索的金额), for the final award (第四十七条第（一）项).</param>
/// <param name="Id">The case's identifier in the file.</param>
/// <param name="ClaimKind">What is claimed, for the final award (第四十七条) and the limitation of pay claims (第二十七条第四款).</param>
/// <param name="RelationEnded">
/// The day the labour relation ended (劳动关系终止之日), for a pay claim (第二十七条第四款); absent while the relation lasts.
/// </param>
/// <param name="Interruptions">
/// The days the limitation was interrupted (仲裁时效中断, 第二十七条第二款): a party claimed the right from the other, asked a
/// department for relief, or the other party agreed to perform; from each, the year runs afresh.
/// </param>
/// <param name="MediationApplied">The day the mediation organisation received the application for mediation (调解组织收到调解申请之日, 第十四条第三款).</param>
/// <param name="MediationEnded">The day the mediation ended, with or without an agreement.</param>
/// <param name="MediationAgreed">Whether the mediation reached an agreement (达成调解协议).</param>
/// <param name="ArbitrationApplied">The day the arbitration commission received the application (收到仲裁申请之日, 第二十九条): the day the claim is made, for the limitation.</param>
/// <param name="ArbitrationAccepted">The day the commission accepted the application (受理仲裁申请之日, 第四十三条).</param>
/// <param name="ExtensionApproved">Whether the commission's chair approved an extension of the time for the award (经劳动争议仲裁委员会主任批准延期, 第四十三条第一款).</param>
/// <param name="AwardMade">The day the award was made (裁决作出之日).</param>
/// <param name="AwardServed">The day the party received the award (收到仲裁裁决书之日, 第四十八条至第五十条).</param>
public sealed record DisputeCase(
    LocalDate? KnewOfInfringement = null,
    Money? ClaimAmount = null,
    string? Id = null,
    DisputeClaimKind? ClaimKind = null,
    LocalDate? RelationEnded = null,
    [property: InputCount(100)] IReadOnlyList<LocalDate>? Interruptions = null,
    LocalDate? MediationApplied = null,
    LocalDate? MediationEnded = null,
    bool? MediationAgreed = null,
    LocalDate? ArbitrationApplied = null,
    LocalDate? ArbitrationAccepted = null,
    bool ExtensionApproved = false,
    LocalDate? AwardMade = null,
    LocalDate? AwardServed = null);

/// <summary>What a labour dispute claims (仲裁请求的种类), as 劳动争议调解仲裁法 第二十七条 and 第四十七条 distinguish claims.</summary>
public enum DisputeClaimKind
{
    /// <summary>Pay (追索劳动报酬): final up to twelve months' minimum wage (第四十七条第（一）项); limitation of 第二十七条第四款.</summary>
    [JsonStringEnumMemberName("pay")]
    Pay,

    /// <summary>Medical costs of a work injury (工伤医疗费): final up to twelve months' minimum wage.</summary>
    [JsonStringEnumMemberName("workInjuryMedicalCosts")]
    WorkInjuryMedicalCosts,

    /// <summary>Economic compensation (经济补偿): final up to twelve months' minimum wage.</summary>
    [JsonStringEnumMemberName("economicCompensation")]
    EconomicCompensation,

    /// <summary>Damages (赔偿金): final up to twelve months' minimum wage.</summary>
    [JsonStringEnumMemberName("damages")]
    Damages,

    /// <summary>
    /// The national labour standards of working time, rest and leave, and social insurance (因执行国家的劳动标准在工作时间、休息休假、
    /// 社会保险等方面发生的争议): final whatever the amount (第四十七条第（二）项).
    /// </summary>
    [JsonStringEnumMemberName("labourStandards")]
    LabourStandards,

    /// <summary>Anything else (confirming the relation, dissolution, other claims): never final.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
