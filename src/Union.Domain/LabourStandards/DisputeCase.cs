using NodaTime;
using Union.Domain.Common;

namespace Union.Domain.LabourStandards;

/// <summary>A labour dispute (劳动争议) and the dates of its procedure.</summary>
/// <param name="KnewOfInfringement">The day the party knew or should have known of the infringement (知道或者应当知道其权利被侵害之日).</param>
/// <param name="ClaimAmount">The amount claimed.</param>
public sealed record DisputeCase(
    LocalDate? KnewOfInfringement = null,
    Money? ClaimAmount = null);
