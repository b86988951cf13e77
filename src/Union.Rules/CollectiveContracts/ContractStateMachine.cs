using NodaTime;
using Union.Domain.CollectiveContracts;

namespace Union.Rules.CollectiveContracts;

/// <summary>Determines the lifecycle state on a date from the facts and the computed timeline (状态判定).</summary>
internal static class ContractStateMachine
{
    /// <summary>What a state of <see cref="ContractState.Unknown"/> needs: the missing input, parameter or holiday year.</summary>
    internal static string Needs(ContractTimeline t) =>
        t.GoverningFiling?.Received is null ? t.FilingPath + ".received"
        : t.MissingYear != 0 ? t.MissingYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "cc.review.period";

    internal static ContractState Determine(CollectiveContract c, ContractTimeline t, LocalDate asOf)
    {
        if (c.Termination?.Date is { } ended && ended <= asOf)
        {
            return ContractState.Terminated;
        }

        if (t.EffectiveFrom is { } effective && effective <= asOf)
        {
            return t.Expires is { } expires && expires < asOf ? ContractState.Expired : ContractState.InForce;
        }

        if (t.Objected && (t.GoverningReview?.ObjectionDate is null || t.GoverningReview.ObjectionDate <= asOf))
        {
            return ContractState.Returned;
        }

        if (t.GoverningFiling is { } filing && (filing.Received ?? filing.Sent) is { } lodged && lodged <= asOf && t.ReviewEnds is null)
        {
            return ContractState.Unknown;
        }

        if (t.GoverningFiling?.Received is { } received && received <= asOf)
        {
            return ContractState.UnderReview;
        }

        if (t.GoverningFiling?.Sent is { } sent && sent <= asOf)
        {
            return ContractState.Filed;
        }

        if (c.Signing?.Date is { } signed && signed <= asOf)
        {
            return ContractState.Signed;
        }

        if (c.Approval?.Date is { } approved && approved <= asOf)
        {
            return ContractState.Approved;
        }

        if (c.DraftAgreed is { } draft && draft <= asOf)
        {
            return ContractState.AwaitingApproval;
        }

        if ((c.Request?.Received ?? c.Request?.Sent) is { } asked && asked <= asOf)
        {
            return ContractState.Negotiating;
        }

        return ContractState.Drafting;
    }
}
