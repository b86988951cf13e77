using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>The parameters the wage-negotiation rules read (工资集体协商参数); the values and their sources are in the data.</summary>
public static class WageNegotiationParameters
{
    /// <summary>工会经费: union funds as a share of the total payroll of all employees (工会法 第四十三条: 百分之二), costed with each proposal.</summary>
    public static readonly Parameter<Ratio> UnionFundsRate = Parameter.Ratio("union.funds.rate");

    /// <summary>Period to reply in writing to a proposal to negotiate (工资集体协商试行办法 第十七条: 20 日).</summary>
    public static readonly Parameter<LegalPeriod> ReplyPeriod = Parameter.Period("wn.reply.period");

    /// <summary>How long before the talks the information asked for is supplied.</summary>
    public static readonly Parameter<LegalPeriod> DisclosurePeriodBefore = Parameter.Period("wn.disclosure.periodBefore");

    /// <summary>Period to file the signed agreement with the labour administration.</summary>
    public static readonly Parameter<LegalPeriod> FilingPeriod = Parameter.Period("wn.filing.period");

    /// <summary>The administration's review period.</summary>
    public static readonly Parameter<LegalPeriod> ReviewPeriod = Parameter.Period("wn.review.period");

    /// <summary>Period to publish the agreement after it takes effect.</summary>
    public static readonly Parameter<LegalPeriod> PublicationPeriod = Parameter.Period("wn.publication.period");

    /// <summary>How often wage negotiation is normally held, in months (一般每年一次).</summary>
    public static readonly Parameter<decimal> FrequencyMonths = Parameter.Number("wn.frequency.months");

    /// <summary>The window before expiry in which either side may propose the next round ("期满前60日内").</summary>
    public static readonly Parameter<LegalPeriod> ProposalWindow = Parameter.Period("wn.renewal.window");

    /// <summary>Attendance needed for the vote on the draft agreement where a wage text sets it; otherwise <see cref="CollectiveContracts.CollectiveContractParameters.ApprovalQuorumRatio"/> (第二十五条).</summary>
    public static readonly Parameter<Ratio> ApprovalQuorumRatio = Parameter.Ratio("wn.approval.quorumRatio", regionalOnly: true);

    /// <summary>Votes in favour needed for the draft agreement where a wage text sets it; otherwise <see cref="CollectiveContracts.CollectiveContractParameters.ApprovalPassRatio"/>.</summary>
    public static readonly Parameter<Ratio> ApprovalPassRatio = Parameter.Ratio("wn.approval.passRatio", regionalOnly: true);

    /// <summary>Whether the chiefs sign a wage agreement before the vote, where a wage text says so; otherwise <see cref="CollectiveContracts.CollectiveContractParameters.SigningOrder"/>.</summary>
    public static readonly Parameter<string> SigningOrder = Parameter.Choice("wn.signing.order", regionalOnly: true);

    /// <summary>The event the review period runs from: <c>filed</c> (报送, 第二十二条第四款) or <c>received</c> where a regional text counts from receipt.</summary>
    public static readonly Parameter<string> ReviewTrigger = Parameter.Choice("wn.review.trigger");

    /// <summary>Whether silence through the review period is deemed approval (true nationally); false where a text gives effect only with the written review opinion.</summary>
    public static readonly Parameter<bool> ReviewDeemedApproval = Parameter.Flag("wn.review.deemedApproval");

    /// <summary>
    /// Shortest term of a wage agreement in years: nationally 一般1年 (第二十五条 with 集体合同规定 第三十八条); a regional wage text's
    /// own where it sets one (0 where a text sets only a maximum).
    /// </summary>
    public static readonly Parameter<decimal> MinTermYears = Parameter.Number("wn.term.minYears");

    /// <summary>Longest term of a wage agreement in years: nationally 一般3年; a regional wage text's own (内蒙古 1, 贵州 and 陕西 2).</summary>
    public static readonly Parameter<decimal> MaxTermYears = Parameter.Number("wn.term.maxYears");

    /// <summary>Whether a term outside <see cref="MinTermYears"/> and <see cref="MaxTermYears"/> is a violation (a text without "一般") rather than a warning.</summary>
    public static readonly Parameter<bool> TermBinding = Parameter.Flag("wn.term.binding");

    /// <summary>The usual term of a wage agreement in years where a region names one ("一般为一年"): another length is a warning.</summary>
    public static readonly Parameter<decimal> UsualTermYears = Parameter.Number("wn.term.usualYears", regionalOnly: true);
}
