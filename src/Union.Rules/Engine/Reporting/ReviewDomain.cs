using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Rules.Engine.Reporting;

/// <summary>
/// One legal domain's review pipeline (审查领域): how its documents are read, which region they name, which rules run, and what
/// outcome its report adds. Collective contracts, wage negotiation and hardship each have one; the tool's <c>check</c>,
/// <c>schema</c> and <c>example</c> commands are the same for all of them.
/// </summary>
/// <typeparam name="TDocument">The document's type.</typeparam>
public abstract class ReviewDomain<TDocument>
    where TDocument : class
{
    /// <summary>Gets the domain's name in reports and JSON, e.g. <c>collectiveContract</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the prefix of the domain's parameters (<c>cc.</c>, <c>wn.</c>, <c>hd.</c>): a region with none is reported as using national rules.</summary>
    public abstract string ParameterPrefix { get; }

    /// <summary>Gets the national instrument applied where no local regulation is loaded.</summary>
    public abstract Citation NationalInstrument { get; }

    /// <summary>Reads a document from JSON text; every problem is an issue with the file and the JSON path, never an exception.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, for the issues.</param>
    /// <returns>The document or the issues.</returns>
    public abstract DocumentResult<TDocument> Read(string? json, string? source = null);

    /// <summary>Reads a document from UTF-8 bytes (a file's content; a byte order mark is allowed); bytes that are not UTF-8 are an issue.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">The file name, for the issues.</param>
    /// <returns>The document or the issues.</returns>
    public abstract DocumentResult<TDocument> Read(ReadOnlySpan<byte> utf8, string? source = null);

    /// <summary>Writes a document as readable JSON.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public abstract string Write(TDocument document);

    /// <summary>Gets the JSON Schema of the document.</summary>
    /// <returns>The schema.</returns>
    public abstract string Schema();

    /// <summary>Gets a complete, lawful example document.</summary>
    public abstract TDocument Example { get; }

    /// <summary>Gets an example document with violations, for trying the tool and for tests.</summary>
    public abstract TDocument FlawedExample { get; }

    /// <summary>Gets the region a document names (its employer's, its proposal's, its household's), if any.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The region, or <see langword="null"/>.</returns>
    public abstract RegionCode? RegionOf(TDocument document);

    /// <summary>
    /// Gets the date a document is naturally reviewed on when the caller names none (a hardship application: its application date);
    /// <see langword="null"/> when the caller's date (usually today) applies.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public virtual LocalDate? DateOf(TDocument document) => null;

    /// <summary>
    /// Reviews a document: runs the domain's rules under <paramref name="profile"/> on <paramref name="asOf"/>, adds the notice
    /// that national rules were applied when the profile holds no local regulation of the domain, and computes the outcome.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The date of the review ("today" is always a parameter).</param>
    /// <param name="profile">The profile.</param>
    /// <param name="options">The options; <see cref="ReviewOptions.Default"/> when omitted.</param>
    /// <returns>The review.</returns>
    public Review<TDocument> Evaluate(TDocument document, LocalDate asOf, JurisdictionProfile profile, ReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(profile);
        options ??= ReviewOptions.Default;
        (RuleReport report, IReadOnlyList<OutcomeItem> outcome) = Run(document, asOf, profile, options.Trace);
        report = LocalRegulationNotice.Apply(report, profile, ParameterPrefix, NationalInstrument);
        return new Review<TDocument>(Name, document, asOf, profile, report, outcome);
    }

    /// <summary>Runs the domain's rules and computes its outcome.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="trace">Whether to record the explanation.</param>
    /// <returns>The rules' report and the outcome.</returns>
    protected abstract (RuleReport Report, IReadOnlyList<OutcomeItem> Outcome) Run(TDocument document, LocalDate asOf, JurisdictionProfile profile, bool trace);
}
