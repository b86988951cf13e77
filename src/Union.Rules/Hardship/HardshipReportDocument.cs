using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// The report of one assessment in one language (困难职工认定报告), for people and for JSON output: the category, the per-head
/// computation, the exclusions, the near misses, the assistance, the review, every finding rendered with its citation, and the
/// explanation tree. Build it with <see cref="Create"/>.
/// </summary>
/// <param name="Language">The language of the messages: <c>zh-Hans</c> or <c>en</c>.</param>
/// <param name="AsOf">The date of the assessment.</param>
/// <param name="Region">The profile's region, or <c>national</c>.</param>
/// <param name="Category">The category.</param>
/// <param name="CategoryName">The category's name in the report's language.</param>
/// <param name="Assessed">Whether the category could be assessed.</param>
/// <param name="PerCapita">The per-head computation, when computed.</param>
/// <param name="Exclusions">The exclusions hit.</param>
/// <param name="NearMisses">The thresholds missed.</param>
/// <param name="Assistance">The recommended assistance.</param>
/// <param name="FileStatus">What happens to the file.</param>
/// <param name="NextReview">The next review date.</param>
/// <param name="Findings">The findings, rendered.</param>
/// <param name="Trace">The explanation tree (empty when assessed without one).</param>
public sealed record HardshipReportDocument(
    string Language,
    LocalDate AsOf,
    string Region,
    HardshipCategory Category,
    string CategoryName,
    bool Assessed,
    PerCapitaIncome? PerCapita,
    IReadOnlyList<HardshipExclusions> Exclusions,
    IReadOnlyList<NearMiss> NearMisses,
    IReadOnlyList<AssistanceKind> Assistance,
    FileStatus? FileStatus,
    LocalDate? NextReview,
    IReadOnlyList<RenderedFinding> Findings,
    IReadOnlyList<TraceNode> Trace)
{
    /// <summary>Builds the report of an assessment in the language of <paramref name="culture"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="culture">The culture; Chinese for any <c>zh</c> culture, English otherwise.</param>
    /// <param name="messages">The message catalog; the built-in one when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    public static HardshipReportDocument Create(HardshipAssessment assessment, CultureInfo culture, Messages? messages = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(culture);
        messages ??= Messages.Default;
        bool zh = Messages.IsChinese(culture);
        RuleReport r = assessment.Report;
        HardshipExclusions[] exclusions = Enum.GetValues<HardshipExclusions>().Where(e => e != HardshipExclusions.None && assessment.Exclusions.HasFlag(e)).ToArray();
        RenderedFinding[] findings = r.Findings.Select(f => new RenderedFinding(
            f.Code,
            f.Severity,
            f.Status,
            f.MessageKey,
            f.Render(culture, messages),
            f.RenderCitations(culture),
            f.Path)).ToArray();
        return new HardshipReportDocument(
            zh ? "zh-Hans" : "en",
            r.AsOf,
            r.Region?.ToString() ?? "national",
            assessment.Category,
            NameOf(assessment.Category, zh),
            assessment.IsAssessed,
            assessment.PerCapita,
            exclusions,
            assessment.NearMisses,
            assessment.Assistance,
            assessment.FileStatus,
            assessment.NextReview,
            findings,
            r.Trace);
    }

    /// <summary>The name of a category in Chinese or English.</summary>
    /// <param name="category">The category.</param>
    /// <param name="zh">Whether Chinese.</param>
    /// <returns>The name.</returns>
    public static string NameOf(HardshipCategory category, bool zh) => category switch
    {
        HardshipCategory.Deep => zh ? "深度困难" : "deep hardship",
        HardshipCategory.Relative => zh ? "相对困难" : "relative hardship",
        HardshipCategory.AccidentInduced => zh ? "意外致困" : "accident-induced hardship",
        _ => zh ? "不符合认定条件" : "no category",
    };

    /// <summary>
    /// Renders the report as text for a terminal: the category, the computation, near misses and findings with citations. The
    /// per-head computation is one line when both income tests deduct the same expenditure; when they differ (template: job
    /// costs in the relative test only) it is two lines, each labelled with its test, so that each limit is read against its
    /// own figure.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        bool zh = Language == "zh-Hans";
        var sb = new StringBuilder();
        string date = LocalDatePattern.Iso.Format(AsOf);
        sb.AppendLine(zh ? $"困难职工认定报告（{Region}，{date}）" : $"Hardship assessment ({Region}, {date})");
        sb.AppendLine((zh ? "类别：" : "Category: ") + CategoryName + (Assessed ? string.Empty : zh ? "（未能完整评估）" : " (not fully assessed)"));
        if (PerCapita is { } p)
        {
            // One line when both income tests deduct the same; otherwise one line per test, each compared with its own limit.
            bool two = p.RigidDeducted != p.RelativeRigidDeducted;
            PerHeadLine(sb, zh, two ? (zh ? "（深度困难认定）" : " (deep-hardship test)") : string.Empty, p, p.RigidDeducted, p.PerHeadMonthly);
            if (two)
            {
                PerHeadLine(sb, zh, zh ? "（相对困难认定）" : " (relative-hardship test)", p, p.RelativeRigidDeducted, p.RelativePerHeadMonthly);
            }
        }

        if (FileStatus is { } status)
        {
            sb.Append(zh ? "档案：" : "File: ").Append(status);
            if (NextReview is { } next)
            {
                sb.Append(zh ? "，下次复核 " : ", next review ").Append(LocalDatePattern.Iso.Format(next));
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        foreach (RenderedFinding f in Findings)
        {
            string mark = f.Severity switch
            {
                Severity.Violation => "✗",
                Severity.Warning => "!",
                _ => "·",
            };
            sb.Append(mark).Append(' ').Append(f.Code).Append("  ").AppendLine(f.Message);
            sb.Append("    ").Append(f.Citation).Append("  ").AppendLine(f.Path);
        }

        return sb.ToString();
    }

    private static void PerHeadLine(StringBuilder sb, bool zh, string test, PerCapitaIncome p, decimal rigid, decimal perHead) =>
        sb.AppendLine(zh
            ? string.Create(CultureInfo.InvariantCulture, $"人均月收入{test}：({p.CountedIncome} + {p.ImputedIncome} − {rigid}) ÷ {p.HouseholdSize} ÷ {p.Months} = {perHead} 元")
            : string.Create(CultureInfo.InvariantCulture, $"Per-head monthly income{test}: ({p.CountedIncome} + {p.ImputedIncome} − {rigid}) ÷ {p.HouseholdSize} ÷ {p.Months} = {perHead} yuan"));
}

/// <summary>A finding rendered in one language (检查结果), with its citation rendered.</summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Status">The status.</param>
/// <param name="MessageKey">The message key.</param>
/// <param name="Message">The message.</param>
/// <param name="Citation">The citation.</param>
/// <param name="Path">The JSON path of the subject.</param>
public sealed record RenderedFinding(string Code, Severity Severity, RuleStatus Status, string MessageKey, string Message, string Citation, string Path);
