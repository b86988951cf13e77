using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Hardship;

/// <summary>
/// A reusable workspace for assessing many households one after another (批量认定工作区), passed to
/// <see cref="HardshipEngine.Assess(HardshipApplication, NodaTime.LocalDate, JurisdictionProfile, HardshipWorkspace, bool)"/>:
/// it holds the values worked out for the last household and the compact record of its evaluation (every finding with its
/// message key and typed arguments, every parameter read, and with tracing every fact read and comparison made), so that
/// assessing a household with the built-in rules allocates nothing. What it holds is valid until its next use; nothing is
/// formatted until <see cref="BuildReport"/> or <see cref="ToAssessment"/>. Not thread-safe: use one per thread.
/// </summary>
public sealed class HardshipWorkspace
{
    private HardshipAssessment? _general;
    private bool _used;

    /// <summary>Initializes an empty workspace.</summary>
    public HardshipWorkspace() => Facts = new HardshipFacts();

    /// <summary>Gets the values worked out for the last household (window, incomes, per-head incomes, tests, exclusions).</summary>
    public HardshipFacts Facts { get; }

    /// <summary>Gets the category of the last household; <see cref="HardshipCategory.None"/> when none applies or when not assessed.</summary>
    public HardshipCategory Category => _general?.Category ?? (Facts.CategoryAssessed ? Facts.Category : HardshipCategory.None);

    /// <summary>Gets whether the last household could be assessed (every input and parameter the category needs was there).</summary>
    public bool IsAssessed => _general?.IsAssessed ?? Facts.CategoryAssessed;

    /// <summary>Gets the number of entries recorded for the last household (findings, outputs, readings and, with tracing, facts and comparisons).</summary>
    public int RecordCount => _general is null ? Log.Count : 0;

    /// <summary>Gets the last household's per-head monthly income for the deep test, rounded to the fen as reports give it; <see langword="null"/> when not worked out.</summary>
    public decimal? PerHeadMonthly => _general is not null ? _general.PerCapita?.PerHeadMonthly : Facts.PerHeadMonthly is { } p ? HardshipMath.RoundToFen(p) : null;

    /// <summary>Gets the last household's per-head monthly income for the relative test (its own deductions), rounded to the fen; <see langword="null"/> when not worked out.</summary>
    public decimal? RelativePerHeadMonthly => _general is not null ? _general.PerCapita?.RelativePerHeadMonthly : Facts.PerHeadMonthly is not null && Facts.RelativePerHeadMonthly is { } p ? HardshipMath.RoundToFen(p) : null;

    internal HardshipLog Log { get; } = new();

    /// <summary>
    /// Summarises the last household's report (<see cref="ReportSummary.Of"/>): the codes that applied with their provisions, and
    /// what was missing. With the built-in rules the report is built only for the first household whose evaluation takes a
    /// given course; later ones with the same course share its summary, which holds no household's figures.
    /// </summary>
    /// <returns>The summary.</returns>
    public ReportSummary Summarize()
    {
        EnsureUsed();
        return _general is not null ? ReportSummary.Of(_general.Report) : Log.Summarize(BuiltIn.All);
    }

    /// <summary>
    /// Builds the report of the last household: the findings formatted and the explanation tree, as
    /// <see cref="HardshipAssessment.Report"/> gives them.
    /// </summary>
    /// <returns>The report.</returns>
    public RuleReport BuildReport()
    {
        EnsureUsed();
        return _general?.Report ?? Log.Materialize(BuiltIn.All);
    }

    /// <summary>
    /// Gives the last household's assessment as an object of its own (independent of the workspace's next use), equal to what
    /// <see cref="HardshipEngine.Assess(HardshipApplication, NodaTime.LocalDate, JurisdictionProfile, bool)"/> returns.
    /// </summary>
    /// <returns>The assessment.</returns>
    public HardshipAssessment ToAssessment()
    {
        EnsureUsed();
        return _general ?? HardshipEngine.Assessment(Facts, Facts.NearMissList.ToArray(), [.. Facts.AssistanceList], null, Log.Copy());
    }

    /// <summary>Records that a household was assessed: by the general engine (its assessment) or into this workspace (null).</summary>
    internal HardshipCategory Keep(HardshipAssessment? general)
    {
        _general = general;
        _used = true;
        return Category;
    }

    private void EnsureUsed()
    {
        if (!_used)
        {
            throw new InvalidOperationException("No household has been assessed in this workspace.");
        }
    }
}
