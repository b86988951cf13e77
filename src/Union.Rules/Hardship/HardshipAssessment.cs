using NodaTime;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// The outcome of assessing one household (困难职工认定结果): the category, the per-head income with its computation, the
/// exclusions hit, the near misses, the recommended assistance, the file status and next review, and the full report.
/// </summary>
/// <param name="Category">The category; <see cref="HardshipCategory.None"/> when none applies or when not assessed.</param>
/// <param name="IsAssessed">Whether every input and parameter the category needs was there; when not, the report says what is missing.</param>
/// <param name="PerCapita">The per-head income and its computation, when computed.</param>
/// <param name="Exclusions">The exclusions hit.</param>
/// <param name="NearMisses">The thresholds missed, with the gaps.</param>
/// <param name="Assistance">The recommended assistance kinds.</param>
/// <param name="FileStatus">What happens to the file, when assessed.</param>
/// <param name="NextReview">The next review date, when the file is kept, opened or watched.</param>
/// <param name="Report">The findings and the explanation tree.</param>
public sealed record HardshipAssessment(
    HardshipCategory Category,
    bool IsAssessed,
    PerCapitaIncome? PerCapita,
    HardshipExclusions Exclusions,
    IReadOnlyList<NearMiss> NearMisses,
    IReadOnlyList<AssistanceKind> Assistance,
    FileStatus? FileStatus,
    LocalDate? NextReview,
    RuleReport Report);
