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

    /// <summary>The proposal's total cost over its term, union funds included (WN-COST).</summary>
    public static readonly Output<Money> CostTotal = new("total");

    /// <summary>The proposal's cost above the current pay over its term (WN-COST).</summary>
    public static readonly Output<Money> CostIncrease = new("increase");

    /// <summary>The union funds on the proposal's payroll over its term (WN-COST, 工会法 第四十三条).</summary>
    public static readonly Output<Money> CostUnionFunds = new("unionFunds");
}
