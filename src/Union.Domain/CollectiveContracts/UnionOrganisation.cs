namespace Union.Domain.CollectiveContracts;

/// <summary>The employer's grassroots union (基层工会).</summary>
public sealed record UnionOrganisation
{
    /// <summary>Gets whether a union exists (已建立工会).</summary>
    public bool? Exists { get; init; }

    /// <summary>Gets the person id of the union chair (工会主席); <see langword="null"/> when vacant or unknown.</summary>
    public string? Chair { get; init; }
}
