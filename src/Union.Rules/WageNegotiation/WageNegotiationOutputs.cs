using Union.Domain.Common;
using NodaTime;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>The outputs the wage-negotiation rules compute (工资集体协商审查输出): statutory dates, the agreement's effect, the cost.</summary>
public static class WageNegotiationOutputs
{
    /// <summary>The last day to reply in writing to the proposal (WN-REPLY).</summary>
    public static readonly Output<LocalDate> ReplyDue = new("replyDue");

    /// <summary>The last day to file the signed agreement (WN-FILING).</summary>
    public static readonly Output<LocalDate> FilingDue = new("filingDue");

    /// <summary>The last day of the administration's review (WN-EFFECT).</summary>
    public static readonly Output<LocalDate> ReviewEnds = new("reviewEnds");

    /// <summary>How the agreement took or takes effect (WN-EFFECT).</summary>
    public static readonly Output<EffectState> Effect = new("effect");

    /// <summary>The day the agreement takes effect (WN-EFFECT).</summary>
    public static readonly Output<LocalDate> EffectiveFrom = new("effectiveFrom");

    /// <summary>The last day to publish the agreement (WN-PUBLICATION).</summary>
    public static readonly Output<LocalDate> PublicationDue = new("publicationDue");

    /// <summary>The day by which the next round is normally held (WN-FREQUENCY).</summary>
    public static readonly Output<LocalDate> NextRoundBy = new("nextRoundBy");

    /// <summary>The first day either side may propose the next round (WN-FREQUENCY).</summary>
    public static readonly Output<LocalDate> RenewalWindowFrom = new("renewalWindowFrom");

    /// <summary>The last day of that window: the term's last day (WN-FREQUENCY).</summary>
    public static readonly Output<LocalDate> RenewalWindowTo = new("renewalWindowTo");

    /// <summary>The agreement's last day, the day its term ends (WN-TERM).</summary>
    public static readonly Output<LocalDate> AgreementEnds = new("agreementEnds");

    /// <summary>The proposal's total cost over its term, union funds included (WN-COST).</summary>
    public static readonly Output<Money> CostTotal = new("total");

    /// <summary>The proposal's cost above the current pay over its term (WN-COST).</summary>
    public static readonly Output<Money> CostIncrease = new("increase");

    /// <summary>The union funds on the proposal's payroll over its term (WN-COST, 工会法 第四十三条).</summary>
    public static readonly Output<Money> CostUnionFunds = new("unionFunds");

    /// <summary>Which line of the wage guideline applies to the enterprise (WN-GUIDELINE): <c>base</c> (基准线), <c>lowerToBase</c>
    /// (profit falling: between the lower and the base line), <c>lower</c> (loss-making: 下线), or <c>unknown</c> without the enterprise's figures.</summary>
    public static readonly Output<string> GuidelineLine = new("applicableLine");

    /// <summary>Where the proposed increase sits against the guideline's lines (WN-GUIDELINE): <c>aboveUpper</c>, <c>atUpper</c>,
    /// <c>baseToUpper</c>, <c>atBase</c>, <c>lowerToBase</c>, <c>belowBase</c> (no lower line), <c>atLower</c> or <c>belowLower</c>.</summary>
    public static readonly Output<string> GuidelinePosition = new("position");

    /// <summary>The upper line (上线) less the proposed increase, in percentage points to the hundredth (WN-GUIDELINE).</summary>
    public static readonly Output<decimal> GapToUpper = new("gapToUpper");

    /// <summary>The base line (基准线) less the proposed increase, in percentage points to the hundredth (WN-GUIDELINE).</summary>
    public static readonly Output<decimal> GapToBase = new("gapToBase");

    /// <summary>The lower line (下线) less the proposed increase, in percentage points to the hundredth, when the guideline has one (WN-GUIDELINE).</summary>
    public static readonly Output<decimal> GapToLower = new("gapToLower");

    /// <summary>How far up the band from the lower to the upper line the increase sits, in per cent to the hundredth (WN-GUIDELINE).</summary>
    public static readonly Output<decimal> PositionInBandPercent = new("positionInBandPercent");
}
