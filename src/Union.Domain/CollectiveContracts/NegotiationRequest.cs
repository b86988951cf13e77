using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>A written request to negotiate (集体协商要求), 集体合同规定 第三十二条.</summary>
public sealed record NegotiationRequest
{
    /// <summary>Gets the side that asked.</summary>
    public Side? By { get; init; }

    /// <summary>Gets the day the request was sent.</summary>
    public LocalDate? Sent { get; init; }

    /// <summary>Gets the day the other side received it; the reply period runs from it (start day excluded).</summary>
    public LocalDate? Received { get; init; }

    /// <summary>Gets the day the other side replied, when it did.</summary>
    public LocalDate? Replied { get; init; }

    /// <summary>Gets whether the reply was in writing (书面形式).</summary>
    public bool? ReplyInWriting { get; init; }
}
