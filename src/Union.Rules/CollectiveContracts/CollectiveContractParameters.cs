using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>The parameters the collective-contract rules read (集体合同参数); the values and their sources are in the data.</summary>
public static class CollectiveContractParameters
{
    /// <summary>Fewest negotiators a side (集体合同规定 第十九条: 3).</summary>
    public static readonly Parameter<decimal> MinNegotiatorsPerSide = Parameter.Number("cc.negotiators.minPerSide");

    /// <summary>Most negotiators a side where a region sets a limit (北京 一般三至十人; 重庆 三至十五人).</summary>
    public static readonly Parameter<decimal> MaxNegotiatorsPerSide = Parameter.Number("cc.negotiators.maxPerSide", regionalOnly: true);

    /// <summary>Whether exceeding <see cref="MaxNegotiatorsPerSide"/> is a violation (a text without "一般") rather than a warning.</summary>
    public static readonly Parameter<bool> MaxNegotiatorsBinding = Parameter.Flag("cc.negotiators.maxBinding", regionalOnly: true);

    /// <summary>How the sides' numbers compare: <c>equal</c> (对等) or <c>employerAtMostEmployee</c> (the employer side may not outnumber the employee side).</summary>
    public static readonly Parameter<string> NegotiatorSides = Parameter.Choice("cc.negotiators.sides");

    /// <summary>Largest share of outsiders on one side (集体合同规定 第二十条: 三分之一).</summary>
    public static readonly Parameter<Ratio> ExternalNegotiatorsMaxRatio = Parameter.Ratio("cc.negotiators.externalMaxRatio");

    /// <summary>Period to fill a negotiator's vacancy.</summary>
    public static readonly Parameter<LegalPeriod> VacancyPeriod = Parameter.Period("cc.vacancy.period");

    /// <summary>Period to reply in writing to a negotiation request.</summary>
    public static readonly Parameter<LegalPeriod> ReplyPeriod = Parameter.Period("cc.reply.period");

    /// <summary>Attendance needed for the vote on the draft.</summary>
    public static readonly Parameter<Ratio> ApprovalQuorumRatio = Parameter.Ratio("cc.approval.quorumRatio");

    /// <summary>Votes in favour needed, as a share of all delegates or employees.</summary>
    public static readonly Parameter<Ratio> ApprovalPassRatio = Parameter.Ratio("cc.approval.passRatio");

    /// <summary>Period to file the signed contract with the labour administration.</summary>
    public static readonly Parameter<LegalPeriod> FilingPeriod = Parameter.Period("cc.filing.period");

    /// <summary>
    /// Period to file a changed text, from the chiefs' signing of the change (集体合同规定 第四十二条 "签订或变更后"; a region whose
    /// change follows its signing procedure carries its own period).
    /// </summary>
    public static readonly Parameter<LegalPeriod> ChangeFilingPeriod = Parameter.Period("cc.change.filingPeriod");

    /// <summary>
    /// Period to file the ending (解除) of a contract, from the day it ends, where a region requires it (北京 十日, 浙江 五个工作日);
    /// the national provisions require none.
    /// </summary>
    public static readonly Parameter<LegalPeriod> TerminationFilingPeriod = Parameter.Period("cc.termination.filingPeriod", regionalOnly: true);

    /// <summary>The event the filing period runs from: <c>signing</c> or <c>approvalNotice</c>.</summary>
    public static readonly Parameter<string> FilingTrigger = Parameter.Choice("cc.filing.trigger");

    /// <summary>The administration's review period (劳动合同法 第五十四条: 十五日).</summary>
    public static readonly Parameter<LegalPeriod> ReviewPeriod = Parameter.Period("cc.review.period");

    /// <summary>The event the review period runs from: <c>received</c> (劳动合同法 第五十四条) or a local reading.</summary>
    public static readonly Parameter<string> ReviewTrigger = Parameter.Choice("cc.review.trigger");

    /// <summary>Whether the chiefs sign after the vote (<c>afterApproval</c>) or before it (<c>beforeApproval</c>).</summary>
    public static readonly Parameter<string> SigningOrder = Parameter.Choice("cc.signing.order");

    /// <summary>Shortest usual term in years.</summary>
    public static readonly Parameter<decimal> MinTermYears = Parameter.Number("cc.term.minYears");

    /// <summary>Longest usual term in years.</summary>
    public static readonly Parameter<decimal> MaxTermYears = Parameter.Number("cc.term.maxYears");

    /// <summary>The usual local term in years where a region names one (北京: 三年).</summary>
    public static readonly Parameter<decimal> UsualTermYears = Parameter.Number("cc.term.usualYears", regionalOnly: true);

    /// <summary>Whether the term limits bind (a violation outside them) or are usual (一般: a warning).</summary>
    public static readonly Parameter<bool> TermBinding = Parameter.Flag("cc.term.binding");

    /// <summary>The window before expiry in which renewal may be proposed.</summary>
    public static readonly Parameter<LegalPeriod> RenewalWindow = Parameter.Period("cc.renewal.window");

    /// <summary>Period to publish the contract to all employees after it takes effect, where a region sets one.</summary>
    public static readonly Parameter<LegalPeriod> PublicationPeriod = Parameter.Period("cc.publication.period", regionalOnly: true);

    /// <summary>The core subjects a comprehensive contract covers.</summary>
    public static readonly Parameter<IReadOnlyList<string>> CoreSubjects = Parameter.List("cc.content.coreSubjects");

    /// <summary>Whether a negotiator's labour contract is extended only on the negotiator's request (北京 第十八条).</summary>
    public static readonly Parameter<bool> NegotiatorProtectionOnRequest = Parameter.Flag("cc.negotiatorProtection.onRequest");
}
