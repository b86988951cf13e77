using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-REVIEW: the file's next annual review date; exit (脱困) when the household no longer qualifies; relapse watch when its
/// per-head income is within a margin above the relative-hardship limit; relapse when a recovered household qualifies again.
/// </summary>
/// <remarks>
/// <para>邹城 2023, 井矿集团 2021: "每年定期核实调整困难职工档案…实时进出，动态管理"; "应建则建、应帮尽帮、应退则退"; recovered
/// households are followed up for 返困. 全总 2022: 低收入职工致贫返困监测预警机制.</para>
/// <para>Interpretation: the review of an existing file was due <c>hd.review.months</c> after the last review (or the
/// opening); an application date after that is reported as overdue. The next review is <c>hd.review.months</c> after the
/// application date (the corresponding day, or the month's last day). The relapse watch applies when the relative test's
/// per-head income is ≤ relative limit × (1 + <c>hd.review.relapseMargin</c>) and the household is neither ineligible nor
/// barred from 相对困难 by an exclusion.</para>
/// </remarks>
public sealed class AnnualReviewRule() : Rule<HardshipFacts>("HD-REVIEW", Severity.Info, HardshipCitations.Zoucheng, HardshipCitations.AcftuNotice)
{
    private static readonly MessageKey ReviewContinue = new("HD-REVIEW.continue", "next");
    private static readonly MessageKey ReviewExit = new("HD-REVIEW.exit");
    private static readonly MessageKey ExitWatch = new("HD-REVIEW.exitWatch", "next");
    private static readonly MessageKey ReviewNewFile = new("HD-REVIEW.newFile", "next");
    private static readonly MessageKey Overdue = new("HD-REVIEW.overdue", "due");
    private static readonly MessageKey ReviewRelapse = new("HD-REVIEW.relapse", "next");

    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        Run(facts, new ContextRecorder(context));
    }

    /// <summary>The rule, recording through <paramref name="context"/> (a <see cref="RuleContext"/> or the compact log).</summary>
    internal static void Run<TRec>(HardshipFacts facts, TRec context)
        where TRec : struct, IHardshipRecorder
    {
        if (!facts.CategoryAssessed)
        {
            context.PrerequisiteMissing("HD-PER-CAPITA");
            return;
        }

        HardshipApplication app = facts.Application;
        HardshipCategory category = facts.Category;
        ExistingFile? file = app.ExistingFile;
        if (file is null && category == HardshipCategory.None)
        {
            facts.FileStatus = FileStatus.NotEligible;
            context.Set(HardshipOutputs.FileStatus, FileStatus.NotEligible);
            return;
        }

        if (!context.TryNumber(HardshipParameterIds.ReviewMonths, out decimal m, out _))
        {
            return;
        }

        int months = (int)m;
        LocalDate next = app.ApplicationDate.PlusMonths(months);
        FileStatus status;
        if (file is null)
        {
            status = FileStatus.NewFile;
        }
        else
        {
            LocalDate basis = file.LastReview ?? file.Opened;
            LocalDate due = basis.PlusMonths(months);
            context.Fact("file.opened", file.Opened);
            context.Fact("file.lastReview", file.LastReview);
            context.Set(HardshipOutputs.ReviewDue, due);
            if (!context.CompareDates("applicationDate", app.ApplicationDate, Comparison.AtMost, "reviewDue", due))
            {
                context.Inform(Overdue, "$.existingFile", ("due", due));
            }

            if (category != HardshipCategory.None)
            {
                status = file.Exited ? FileStatus.Relapse : FileStatus.Continue;
            }
            else
            {
                status = FileStatus.Exit;
                if (facts.EligibleMember == true && !facts.IsBarred(HardshipCategory.Relative) && facts.RelativeLimit is { } limit && facts.RelativePerHeadMonthly is { } perHead
                    && context.TryRatio(HardshipParameterIds.RelapseMargin, out Ratio margin, out ParameterReading marginReading))
                {
                    Comparison cmp = marginReading.Comparison ?? Comparison.AtMost;
                    decimal watchLine = limit * (1m + margin.ToDecimal());
                    if (context.Compare("perHeadMonthly", perHead, cmp, "relapseWatchLine", watchLine))
                    {
                        status = FileStatus.ExitRelapseWatch;
                    }
                }
            }
        }

        facts.FileStatus = status;
        bool reviewed = status is FileStatus.NewFile or FileStatus.Continue or FileStatus.Relapse or FileStatus.ExitRelapseWatch;
        facts.NextReview = reviewed ? next : null;
        context.Set(HardshipOutputs.FileStatus, status);
        if (reviewed)
        {
            context.Set(HardshipOutputs.NextReview, next);
            context.Inform(Key(status), "$", ("next", next));
        }
        else
        {
            context.Inform(Key(status), "$");
        }
    }

    private static MessageKey Key(FileStatus s) => s switch
    {
        FileStatus.NewFile => ReviewNewFile,
        FileStatus.Continue => ReviewContinue,
        FileStatus.Relapse => ReviewRelapse,
        FileStatus.ExitRelapseWatch => ExitWatch,
        FileStatus.Exit => ReviewExit,
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, "A file status the review never reaches."),
    };
}
