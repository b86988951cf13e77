using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Union.Domain.Serialization;
using Union.Rules.Engine;
using Union.Rules.Serialization;

namespace Union.Rules.CollectiveContracts;

/// <summary>
/// A review rendered for people in one language (审查报告): state, statutory dates and findings with their messages and
/// citations; codes, paths and dates never change with language. Written as JSON or as text.
/// </summary>
/// <param name="AsOf">The review date.</param>
/// <param name="Region">The profile's region code, or <c>national</c>.</param>
/// <param name="Language">The language of messages: <c>zh-Hans</c> or <c>en</c>.</param>
/// <param name="State">The lifecycle state (camelCase name).</param>
/// <param name="StateText">The state as a sentence in the language.</param>
/// <param name="Dates">The statutory dates.</param>
/// <param name="Findings">The findings, rendered.</param>
/// <param name="HasViolations">Whether a mandatory rule was breached.</param>
/// <param name="Trace">The explanation tree, when asked for (one node per rule: facts, parameters with sources, comparisons, outputs).</param>
public sealed record ContractReport(
    LocalDate AsOf,
    string Region,
    string Language,
    string State,
    string StateText,
    IReadOnlyList<StatutoryDate> Dates,
    IReadOnlyList<RenderedFinding> Findings,
    bool HasViolations,
    IReadOnlyList<TraceNode>? Trace = null)
{
    private static readonly JsonSerializerOptions Readable = UnionJson.Readable(RulesJsonContext.Default.Options);

    /// <summary>Renders a review in the culture's language.</summary>
    /// <param name="result">The review.</param>
    /// <param name="culture">The culture: a <c>zh</c> culture renders Chinese, any other English.</param>
    /// <param name="includeTrace">Whether to carry the explanation tree.</param>
    /// <returns>The report.</returns>
    public static ContractReport From(ContractReviewResult result, CultureInfo culture, bool includeTrace = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(culture);
        bool zh = Messages.IsChinese(culture);
        string state = LifecycleStateRule.Name(result.State);
        var args = new[] { new KeyValuePair<string, string>("asOf", RuleContext.Format(result.Report.AsOf)!), new KeyValuePair<string, string>("state", state) };
        return new ContractReport(
            result.Report.AsOf,
            result.Report.Region?.ToString() ?? "national",
            zh ? "zh-Hans" : "en",
            state,
            Messages.Default.Render("CC-STATUS." + state, args, culture),
            result.Dates,
            result.Report.Findings.Select(f => new RenderedFinding(f.Code, f.Severity, f.Status, f.Path, f.MessageKey, f.Render(culture), f.RenderCitations(culture))).ToArray(),
            result.HasViolations,
            includeTrace ? result.Report.Trace : null);
    }

    /// <summary>Writes the report as indented JSON with Chinese unescaped.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Readable.GetTypeInfo(typeof(ContractReport)));

    /// <summary>Writes the report as readable text.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        bool zh = Language == "zh-Hans";
        var sb = new StringBuilder();
        sb.Append(zh ? "审查日期：" : "As of: ").Append(RuleContext.Format(AsOf)).Append(zh ? "　地区：" : "  Region: ").AppendLine(Region);
        sb.Append(zh ? "状态：" : "State: ").AppendLine(StateText);
        sb.AppendLine(zh ? "法定日期：" : "Statutory dates:");
        foreach (StatutoryDate d in Dates)
        {
            sb.Append("  ").Append(d.Name).Append(": ").Append(RuleContext.Format(d.Date)).Append(" (").Append(d.Code).AppendLine(")");
        }

        sb.AppendLine(zh ? "检查结果：" : "Findings:");
        foreach (RenderedFinding f in Findings)
        {
            sb.Append("  [").Append(f.Severity).Append('/').Append(f.Status).Append("] ").Append(f.Code).Append(' ').Append(f.Message)
              .Append(" — ").Append(f.Citation).Append(" @ ").AppendLine(f.Path);
        }

        sb.AppendLine(HasViolations ? (zh ? "结论：存在违法情形。" : "Result: violations found.") : (zh ? "结论：未发现违法情形。" : "Result: no violation found."));
        return sb.ToString();
    }
}

/// <summary>A finding rendered in one language (检查结果文本).</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Status">The status.</param>
/// <param name="Path">The JSON path of the subject.</param>
/// <param name="MessageKey">The message key.</param>
/// <param name="Message">The message in the language.</param>
/// <param name="Citation">The citation in the language.</param>
public sealed record RenderedFinding(string Code, Severity Severity, RuleStatus Status, string Path, string MessageKey, string Message, string Citation);
