using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Union.Domain.Serialization;
using Union.Rules.Serialization;

namespace Union.Rules.Engine.Reporting;

/// <summary>
/// A review written for people in one language (审查报告): the same layout for every domain — the date and region, the domain's
/// outcome, every finding with its citation, the rules that could not be assessed and what each lacked, and the verdict. JSON
/// (<see cref="ToJson"/>) and text (<see cref="ToText"/>) carry the same content.
/// </summary>
/// <param name="Domain">The domain, e.g. <c>collectiveContract</c>.</param>
/// <param name="AsOf">The date of the review.</param>
/// <param name="Region">The region's code, or <c>national</c>.</param>
/// <param name="RegionName">The region written in the language, e.g. 北京市（110000）.</param>
/// <param name="Language">The language: <c>zh-Hans</c> or <c>en</c>.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Conclusion">The verdict written in the language, naming the rules not assessed.</param>
/// <param name="Outcome">The domain's outcome.</param>
/// <param name="Findings">Every finding.</param>
/// <param name="NotAssessed">The rules that could not be assessed and what each lacked.</param>
/// <param name="Trace">The explanation, when requested.</param>
public sealed record ReviewReport(
    string Domain,
    LocalDate AsOf,
    string Region,
    string RegionName,
    string Language,
    ReviewVerdict Verdict,
    string Conclusion,
    IReadOnlyList<RenderedOutcome> Outcome,
    IReadOnlyList<RenderedFinding> Findings,
    IReadOnlyList<NotAssessedRule> NotAssessed,
    IReadOnlyList<TraceNode>? Trace = null)
{
    private static readonly JsonSerializerOptions Readable = UnionJson.Readable(RulesJsonContext.Default.Options);

    /// <summary>Gets whether any mandatory rule was breached.</summary>
    public bool HasViolations => Verdict == ReviewVerdict.ViolationsFound;

    /// <summary>Writes a review in a language.</summary>
    /// <typeparam name="TDocument">The document's type.</typeparam>
    /// <param name="review">The review.</param>
    /// <param name="culture">The language: zh selects Chinese, anything else English.</param>
    /// <param name="includeTrace">Whether to include the explanation tree.</param>
    /// <returns>The report.</returns>
    public static ReviewReport From<TDocument>(Review<TDocument> review, CultureInfo culture, bool includeTrace = false)
    {
        ArgumentNullException.ThrowIfNull(review);
        return From(review.Domain, review.Report, review.Outcome, culture, includeTrace);
    }

    /// <summary>Writes a rules' report and an outcome in a language.</summary>
    /// <param name="domain">The domain's name.</param>
    /// <param name="report">The rules' report.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="culture">The language.</param>
    /// <param name="includeTrace">Whether to include the explanation tree.</param>
    /// <returns>The report.</returns>
    public static ReviewReport From(string domain, RuleReport report, IReadOnlyList<OutcomeItem> outcome, CultureInfo culture, bool includeTrace = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(culture);
        bool zh = Messages.IsChinese(culture);
        Messages m = Messages.Default;
        RenderedFinding[] findings = [.. report.Findings.Select(f => RenderedFinding.From(f, culture))];
        NotAssessedRule[] missing = [.. report.NotAssessed
            .GroupBy(f => f.Code, StringComparer.Ordinal)
            .Select(g => new NotAssessedRule(g.Key, [.. g.Select(f => f.Render(culture)).Distinct(StringComparer.Ordinal)]))];
        string conclusion = report.Verdict switch
        {
            ReviewVerdict.ViolationsFound => m.Render("report.verdict.violationsFound", null, culture),
            ReviewVerdict.Incomplete => m.Render("report.verdict.incomplete", [new("count", missing.Length.ToString(CultureInfo.InvariantCulture)), new("codes", string.Join(zh ? "、" : ", ", missing.Select(r => r.Code)))], culture),
            _ => m.Render("report.verdict.lawful", null, culture),
        };
        return new ReviewReport(
            domain,
            report.AsOf,
            report.Region?.ToString() ?? "national",
            RegionNames.Describe(report.Region, zh),
            zh ? "zh-Hans" : "en",
            report.Verdict,
            conclusion,
            [.. outcome.Select(o => new RenderedOutcome(o.Name, o.Value, m.Render(o.MessageKey, o.Arguments, culture), o.Code))],
            findings,
            missing,
            includeTrace ? report.Trace : null);
    }

    /// <summary>Writes the report as one readable JSON document.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Readable.GetTypeInfo(typeof(ReviewReport)));

    /// <summary>Writes the report as text for a terminal or a letter.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        bool zh = Language == "zh-Hans";
        var sb = new StringBuilder();
        sb.Append(zh ? "审查日期：" : "As of: ").Append(RuleContext.Format(AsOf)).Append(zh ? "　地区：" : "  Region: ").AppendLine(RegionName);
        if (Outcome.Count > 0)
        {
            sb.AppendLine(zh ? "审查结果：" : "Outcome:");
            foreach (RenderedOutcome o in Outcome)
            {
                sb.Append("  ").Append(o.Text);
                if (o.Code is { } code)
                {
                    sb.Append(zh ? "（" : " (").Append(code).Append(zh ? '）' : ')');
                }

                sb.AppendLine();
            }
        }

        sb.AppendLine(zh ? "检查结果：" : "Findings:");
        foreach (RenderedFinding f in Findings)
        {
            sb.Append("  [").Append(f.SeverityText).Append('/').Append(f.StatusText).Append("] ").Append(f.Code).Append(' ').Append(f.Message)
              .Append(" — ").Append(f.Citation).Append(" @ ").AppendLine(f.Path);
        }

        if (NotAssessed.Count > 0)
        {
            sb.AppendLine(zh ? "未能评估的规则：" : "Rules not assessed:");
            foreach (NotAssessedRule r in NotAssessed)
            {
                sb.Append("  ").AppendLine(r.Code);
                foreach (string reason in r.Reasons)
                {
                    sb.Append("    ").AppendLine(reason);
                }
            }
        }

        sb.AppendLine(Conclusion);
        return sb.ToString();
    }
}

/// <summary>A finding written in one language (已呈现的检查结果): the same shape in every domain.</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Status">The status.</param>
/// <param name="SeverityText">The severity in the language (违法 / Violation).</param>
/// <param name="StatusText">The status in the language (不符合 / Failed).</param>
/// <param name="Path">The JSON path of the subject.</param>
/// <param name="MessageKey">The message key.</param>
/// <param name="Message">The message in the language.</param>
/// <param name="Citation">The citations in the language, the deciding one first.</param>
public sealed record RenderedFinding(string Code, Severity Severity, RuleStatus Status, string SeverityText, string StatusText, string Path, string MessageKey, string Message, string Citation)
{
    /// <summary>Writes a finding in a language.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The rendered finding.</returns>
    public static RenderedFinding From(Finding finding, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(finding);
        Messages m = Messages.Default;
        return new RenderedFinding(
            finding.Code,
            finding.Severity,
            finding.Status,
            m.Render("severity." + finding.Severity, null, culture),
            m.Render("status." + finding.Status, null, culture),
            finding.Path,
            finding.MessageKey,
            finding.Render(culture),
            finding.RenderCitations(culture));
    }
}

/// <summary>An outcome written in one language (已呈现的审查结果项).</summary>
/// <param name="Name">The outcome's name.</param>
/// <param name="Value">The culture-invariant value.</param>
/// <param name="Text">The outcome in the language.</param>
/// <param name="Code">The rule that computed it, when one did.</param>
public sealed record RenderedOutcome(string Name, string Value, string Text, string? Code = null);

/// <summary>A rule that could not be assessed and why (未能评估的规则).</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Reasons">What it lacked, in the language (a missing input, parameter, standard or holiday year).</param>
public sealed record NotAssessedRule(string Code, IReadOnlyList<string> Reasons);
