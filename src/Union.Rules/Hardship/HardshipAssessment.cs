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
    RuleReport Report)
{
    // With the built-in rules the report is built from the compact record of the evaluation when first read (findings
    // formatted, explanation tree made); until then _report is null and _log holds the record.
    private RuleReport? _report = Report;
    private readonly HardshipLog? _log;

    /// <summary>Initializes an assessment whose report is built from <paramref name="log"/> when first read.</summary>
    internal HardshipAssessment(
        HardshipCategory category,
        bool isAssessed,
        PerCapitaIncome? perCapita,
        HardshipExclusions exclusions,
        IReadOnlyList<NearMiss> nearMisses,
        IReadOnlyList<AssistanceKind> assistance,
        FileStatus? fileStatus,
        LocalDate? nextReview,
        HardshipLog log)
        : this(category, isAssessed, perCapita, exclusions, nearMisses, assistance, fileStatus, nextReview, (RuleReport)null!)
    {
        _log = log;
    }

    /// <summary>Gets the findings and the explanation tree (built on first read when the built-in rules assessed the household).</summary>
    public RuleReport Report
    {
        get => _report ?? Build();
        init => _report = value;
    }

    private RuleReport Build()
    {
        RuleReport built = _log!.Materialize(BuiltIn.All);
        return Interlocked.CompareExchange(ref _report, built, null) ?? built;
    }
}
