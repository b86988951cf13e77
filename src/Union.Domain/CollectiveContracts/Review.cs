using NodaTime;

namespace Union.Domain.CollectiveContracts;

/// <summary>The administration's review (审查), 集体合同规定 第四十五条至第四十七条.</summary>
public sealed record Review
{
    /// <summary>Gets whether the administration objected with a review opinion (审查意见书); <see langword="false"/> when it raised none.</summary>
    public bool? Objection { get; init; }

    /// <summary>Gets the day the objection was served, when there was one.</summary>
    public LocalDate? ObjectionDate { get; init; }
}
