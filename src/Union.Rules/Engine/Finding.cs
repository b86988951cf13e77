using System.Globalization;

namespace Union.Rules.Engine;

/// <summary>
/// One result a rule reports (检查结果): the rule's code, the severity, the status, the message key and its arguments,
/// the citation, and the JSON path of the subject in the input document (e.g. <c>$.negotiators[2]</c>).
/// </summary>
/// <param name="Code">The rule's catalog code, e.g. <c>CC-REPLY</c>.</param>
/// <param name="Severity">The severity: the rule's own for a failure; <see cref="Severity.Info"/> otherwise.</param>
/// <param name="Status">What the rule concluded.</param>
/// <param name="MessageKey">The key of the message in <see cref="Messages"/>, e.g. <c>CC-REPLY.late</c>.</param>
/// <param name="Citation">The provision the finding rests on.</param>
/// <param name="Path">The JSON path of the subject (<c>$</c> for the whole document).</param>
/// <param name="Arguments">The message arguments, by name, formatted culture-invariantly.</param>
/// <param name="Supporting">
/// Further provisions behind the decision, after <paramref name="Citation"/>: when a regional value decided, the regional article
/// comes first (as <paramref name="Citation"/>) and the national provision follows here.
/// </param>
public sealed record Finding(
    string Code,
    Severity Severity,
    RuleStatus Status,
    string MessageKey,
    Citation Citation,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Arguments,
    IReadOnlyList<Citation>? Supporting = null)
{
    /// <summary>Gets every provision behind the decision, the deciding one first.</summary>
    public IReadOnlyList<Citation> Citations => Supporting is { Count: > 0 } more ? [Citation, .. more] : [Citation];

    /// <summary>Renders every citation in one line (《上海市集体合同条例》第十五条；《集体合同规定》第三十二条).</summary>
    /// <param name="culture">The culture; zh selects Chinese, anything else English.</param>
    /// <returns>The citations.</returns>
    public string RenderCitations(CultureInfo? culture = null) =>
        string.Join(Messages.IsChinese(culture) ? "；" : "; ", Citations.Select(c => c.Render(culture)));

    /// <summary>Gets whether this finding is a breach of a mandatory rule.</summary>
    public bool IsViolation => Status == RuleStatus.Failed && Severity == Severity.Violation;

    /// <summary>Gets an argument by name, or <see langword="null"/>.</summary>
    /// <param name="name">The argument name.</param>
    /// <returns>The value.</returns>
    public string? Argument(string name) => Arguments.FirstOrDefault(a => a.Key == name).Value;

    /// <summary>Renders the message in the culture's language.</summary>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <param name="messages">The message catalog; <see cref="Messages.Default"/> when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public string Render(CultureInfo? culture = null, Messages? messages = null) => (messages ?? Messages.Default).Render(MessageKey, Arguments, culture);
}
