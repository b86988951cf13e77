using System.Text.Json.Serialization;
using NodaTime;

namespace Union.Domain.WageNegotiation;

/// <summary>The dates of the wage-negotiation procedure (工资集体协商程序), 工资集体协商试行办法 第十七条 to 第二十三条.</summary>
/// <param name="ProposalSent">The written proposal (协商意向书) was sent.</param>
/// <param name="ProposalReceived">The other side received it; the reply period runs from here.</param>
/// <param name="Reply">The written reply was given.</param>
/// <param name="TalksStart">The talks began.</param>
/// <param name="InformationSupplied">The information the other side asked for was supplied.</param>
/// <param name="Approval">The draft's deliberation by the workers' congress or all-employee meeting.</param>
/// <param name="Signing">Both chiefs signed (工资协议成立).</param>
/// <param name="Filed">The agreement was sent (报送) to the labour administration.</param>
/// <param name="FilingReceived">The labour administration received it (收到), where a regional text counts the review from receipt.</param>
/// <param name="Review">The administration's review opinion, when one was received.</param>
/// <param name="Published">The agreement in force was published to the side's people.</param>
public sealed record WageProcess(
    LocalDate? ProposalSent = null,
    LocalDate? ProposalReceived = null,
    LocalDate? Reply = null,
    LocalDate? TalksStart = null,
    LocalDate? InformationSupplied = null,
    DraftApproval? Approval = null,
    LocalDate? Signing = null,
    LocalDate? Filed = null,
    ReviewOpinion? Review = null,
    LocalDate? Published = null,
    LocalDate? FilingReceived = null);

/// <summary>The deliberation of the draft (草案审议), 工资集体协商试行办法 第十九条.</summary>
/// <param name="Body">The body that deliberated.</param>
/// <param name="Date">The day of the deliberation.</param>
/// <param name="BodySize">All delegates (or all employees at an all-employee meeting), present or not.</param>
/// <param name="Present">Those present at the vote.</param>
/// <param name="InFavour">Those who voted for the draft.</param>
public sealed record DraftApproval(DeliberationBody Body, LocalDate Date, int? BodySize = null, int? Present = null, int? InFavour = null);

/// <summary>The body that deliberates a draft (审议机构).</summary>
public enum DeliberationBody
{
    /// <summary>职工代表大会: the workers' congress.</summary>
    [JsonStringEnumMemberName("workersCongress")]
    WorkersCongress = 0,

    /// <summary>职工大会: the all-employee meeting.</summary>
    [JsonStringEnumMemberName("allEmployeeMeeting")]
    AllEmployeeMeeting = 1,
}

/// <summary>The administration's review opinion (工资协议审查意见书), 工资集体协商试行办法 第二十二条.</summary>
/// <param name="Received">The day the parties received it.</param>
/// <param name="Objection">Whether it asks for changes (修改意见): the agreement is then revised and filed again.</param>
public sealed record ReviewOpinion(LocalDate Received, bool Objection);
