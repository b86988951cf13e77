using System.Globalization;
using System.Text;

namespace Union.Rules.Engine.Reporting;

/// <summary>
/// What a report comes to in one line (报告摘要), for registers and batch results: each rule code that applied (every finding but
/// the not-applicable ones), once, with the provision its first finding cites (the regional article first when a regional value
/// decided), and what kept the review from being complete: the parameters not in force, or the rules not assessed. It holds no
/// household's figures, so one summary serves every household whose evaluation took the same course.
/// </summary>
public sealed class ReportSummary
{
    private string? _zh;
    private string? _en;

    private ReportSummary(IReadOnlyList<AppliedCode> applied, IReadOnlyList<string> missingParameters, IReadOnlyList<string> notAssessed)
    {
        Applied = applied;
        MissingParameters = missingParameters;
        NotAssessed = notAssessed;
    }

    /// <summary>Gets each code that applied, once, in the order of the report, with the provision of its first finding.</summary>
    public IReadOnlyList<AppliedCode> Applied { get; }

    /// <summary>Gets the parameters named by not-assessed findings (a value not in force, a list naming an unknown entry), each once.</summary>
    public IReadOnlyList<string> MissingParameters { get; }

    /// <summary>Gets the codes of the rules not assessed, each once.</summary>
    public IReadOnlyList<string> NotAssessed { get; }

    /// <summary>Summarises a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The summary.</returns>
    public static ReportSummary Of(RuleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var applied = new List<AppliedCode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parameters = new List<string>();
        var notAssessed = new List<string>();
        foreach (Finding f in report.Findings)
        {
            if (f.Status is RuleStatus.NotApplicable)
            {
                continue;
            }

            if (seen.Add(f.Code))
            {
                applied.Add(new AppliedCode(f.Code, f.Citation, f.Status));
            }

            if (f.Status is RuleStatus.NotAssessed)
            {
                if (!notAssessed.Contains(f.Code))
                {
                    notAssessed.Add(f.Code);
                }

                if (f.Argument("parameter") is { } p && !parameters.Contains(p))
                {
                    parameters.Add(p);
                }
            }
        }

        return new ReportSummary([.. applied], [.. parameters], [.. notAssessed]);
    }

    /// <summary>
    /// Writes the codes that applied with their provisions, e.g. <c>HD-DEEP 邢台市困难职工认定标准（2021）；HD-REVIEW …</c>:
    /// each code and its provision in the language of <paramref name="culture"/>, separated by <c>; </c>. Written once per language.
    /// </summary>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The line.</returns>
    public string Describe(CultureInfo? culture = null)
    {
        bool zh = Messages.IsChinese(culture);
        string? text = zh ? Volatile.Read(ref _zh) : Volatile.Read(ref _en);
        if (text is not null)
        {
            return text;
        }

        var b = new StringBuilder();
        foreach (AppliedCode a in Applied)
        {
            if (b.Length > 0)
            {
                b.Append("; ");
            }

            b.Append(a.Code).Append(' ').Append(a.Citation.Render(culture));
        }

        text = b.ToString();
        if (zh)
        {
            Volatile.Write(ref _zh, text);
        }
        else
        {
            Volatile.Write(ref _en, text);
        }

        return text;
    }
}

/// <summary>A rule code that applied (适用的规则) and the provision its first finding cites.</summary>
/// <param name="Code">The rule code, e.g. <c>HD-DEEP</c>.</param>
/// <param name="Citation">The provision.</param>
/// <param name="Status">The status of the code's first finding.</param>
public readonly record struct AppliedCode(string Code, Citation Citation, RuleStatus Status);
