using NodaTime;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>The outputs the collective-contract rules compute (集体合同审查输出): statutory dates and the lifecycle state.</summary>
public static class CollectiveContractOutputs
{
    /// <summary>The last day to reply in writing to a negotiation request (CC-REPLY).</summary>
    public static readonly Output<LocalDate> ReplyDue = new("replyDue");

    /// <summary>The last day to file the signed contract (CC-FILING).</summary>
    public static readonly Output<LocalDate> FilingDue = new("filingDue");

    /// <summary>The last day to file a re-signed text (CC-FILING).</summary>
    public static readonly Output<LocalDate> RefilingDue = new("refilingDue");

    /// <summary>The last day of the administration's review period (CC-EFFECT).</summary>
    public static readonly Output<LocalDate> ReviewEnds = new("reviewEnds");

    /// <summary>The day the contract takes effect (CC-EFFECT).</summary>
    public static readonly Output<LocalDate> EffectiveFrom = new("effectiveFrom");

    /// <summary>The last day of the term (CC-TERM).</summary>
    public static readonly Output<LocalDate> Expires = new("expires");

    /// <summary>The first day renewal may be proposed (CC-RENEWAL).</summary>
    public static readonly Output<LocalDate> RenewalWindowOpens = new("renewalWindowOpens");

    /// <summary>The last day renewal may be proposed (CC-RENEWAL).</summary>
    public static readonly Output<LocalDate> RenewalWindowCloses = new("renewalWindowCloses");

    /// <summary>The last day to publish the contract to all employees, where a region sets one (CC-PUBLICATION).</summary>
    public static readonly Output<LocalDate> PublicationDue = new("publicationDue");

    /// <summary>The lifecycle state on the review date (CC-STATUS).</summary>
    public static readonly Output<ContractState> State = new("state");

    /// <summary>The last day to file an amendment (CC-FILING).</summary>
    /// <param name="amendment">The index in <c>amendments</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> AmendmentFilingDue(int amendment) => new($"amendments[{amendment}].filingDue");

    /// <summary>The last day to file the ending, where a region requires it (CC-FILING).</summary>
    public static readonly Output<LocalDate> TerminationFilingDue = new("termination.filingDue");

    /// <summary>The day a negotiator's labour contract is extended to, to the end of the mandate (CC-NEGOTIATOR-PROTECTION).</summary>
    /// <param name="negotiator">The index in <c>negotiators</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> NegotiatorContractExtendedTo(int negotiator) => new($"negotiators[{negotiator}].labourContractExtendedTo");
}
