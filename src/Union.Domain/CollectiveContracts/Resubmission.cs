namespace Union.Domain.CollectiveContracts;

/// <summary>A text re-signed after an objection and filed again (重新签订并报送), 集体合同规定 第四十六条.</summary>
public sealed record Resubmission
{
    /// <summary>Gets the re-signing.</summary>
    public Signing? Signing { get; init; }

    /// <summary>Gets the re-filing.</summary>
    public Filing? Filing { get; init; }

    /// <summary>Gets the review of the re-filed text.</summary>
    public Review? Review { get; init; }
}
