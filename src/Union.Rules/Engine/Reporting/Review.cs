using NodaTime;
using Union.Domain.Common;

namespace Union.Rules.Engine.Reporting;

/// <summary>
/// One result of a computed outcome for a report (审查结果项): a state, a date due, a category, with the message that explains it.
/// </summary>
/// <param name="Name">The outcome's name, e.g. <c>state</c>, <c>filingDue</c>, <c>category</c>.</param>
/// <param name="Value">The value, culture-invariant (ISO dates, invariant numbers, camelCase names).</param>
/// <param name="MessageKey">The message that writes the outcome in a language.</param>
/// <param name="Arguments">The message's arguments.</param>
/// <param name="Code">The code of the rule that computed it, when one did.</param>
public sealed record OutcomeItem(string Name, string Value, string MessageKey, IReadOnlyList<KeyValuePair<string, string>> Arguments, string? Code = null)
{
    /// <summary>Creates an outcome whose message has one argument, <c>value</c>.</summary>
    /// <param name="name">The outcome's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="messageKey">The message key.</param>
    /// <param name="code">The rule's code.</param>
    /// <returns>The outcome.</returns>
    public static OutcomeItem Of(string name, object value, string messageKey, string? code = null)
    {
        string text = RuleContext.Format(value) ?? string.Empty;
        return new OutcomeItem(name, text, messageKey, [new("value", text)], code);
    }

    /// <summary>
    /// Creates the outcome of a statutory date; its label is <c>outcome.</c> and the name's last segment
    /// (<c>vacancies[0].fillDue</c> is labelled by <c>outcome.fillDue</c>, with <c>vacancies[0]</c> as its subject).
    /// </summary>
    /// <param name="name">The output's name.</param>
    /// <param name="date">The date.</param>
    /// <param name="code">The rule that computed it.</param>
    /// <returns>The outcome.</returns>
    public static OutcomeItem Date(string name, LocalDate date, string? code)
    {
        ArgumentNullException.ThrowIfNull(name);
        int dot = name.LastIndexOf('.');
        string label = dot < 0 ? name : name[(dot + 1)..];
        string value = RuleContext.Format(date)!;
        return new OutcomeItem(name, value, "outcome." + label, [new("value", value), new("subject", dot < 0 ? string.Empty : name[..dot])], code);
    }
}

/// <summary>Options of a review (审查选项).</summary>
/// <param name="Trace">Whether to record the explanation tree (every fact, parameter and comparison).</param>
public sealed record ReviewOptions(bool Trace = true)
{
    /// <summary>Gets the default options: the explanation is recorded.</summary>
    public static ReviewOptions Default { get; } = new();
}

/// <summary>
/// The result of reviewing one document (审查结果): the document, the profile and date it was reviewed under, the rules' report
/// (findings, outputs, explanation) and the domain's outcome (a contract's state and dates, a wage agreement's effect, a
/// household's category). Render it with <see cref="ReviewReport.From{TDocument}(Review{TDocument}, System.Globalization.CultureInfo, bool)"/>.
/// </summary>
/// <typeparam name="TDocument">The document's type.</typeparam>
/// <param name="Domain">The domain's name, e.g. <c>collectiveContract</c>.</param>
/// <param name="Document">The document.</param>
/// <param name="AsOf">The date of the review.</param>
/// <param name="Profile">The profile.</param>
/// <param name="Report">The rules' report.</param>
/// <param name="Outcome">The domain's outcome.</param>
public sealed record Review<TDocument>(string Domain, TDocument Document, LocalDate AsOf, JurisdictionProfile Profile, RuleReport Report, IReadOnlyList<OutcomeItem> Outcome)
{
    /// <summary>Gets the verdict (violations found, lawful and complete, or incomplete).</summary>
    public ReviewVerdict Verdict => Report.Verdict;

    /// <summary>Gets the region reviewed under, or <see langword="null"/> for the national profile.</summary>
    public RegionCode? Region => Profile.Region;
}
