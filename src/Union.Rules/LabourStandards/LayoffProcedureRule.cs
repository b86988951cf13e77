using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// LS-LAYOFF (经济性裁员程序): a layoff of twenty people or more, or of fewer but at least a tenth of the employees, is explained to
/// the union or all employees thirty days ahead, their opinions are heard, and the plan is reported to the labour administration.
/// </summary>
/// <remarks>
/// <para>劳动合同法 第四十一条第一款: "需要裁减人员二十人以上或者裁减不足二十人但占企业职工总数百分之十以上的，用人单位提前三十日向工会或者全体
/// 职工说明情况，听取工会或者职工的意见后，裁减人员方案经向劳动行政部门报告，可以裁减人员". 以上 includes the number: 20 people is a
/// layoff of the article, 19 is one only when they are at least 10 % of the employees (19 of 190 is, 19 of 191 is not).
/// Parameters <c>ls.layoff.minPersons</c>, <c>ls.layoff.minRatio</c>. A layoff below both is outside the article: the rule says so
/// (each dismissal then needs a ground of its own, e.g. 第四十条).</para>
/// <para>提前三十日 is read as a lead time counted the way 民法典 第二百零一条 counts a period: the day of the explanation is not counted
/// and the thirty days must have run by the day the layoff takes effect, so the explanation day + 30 days ≤ the effective day.
/// Explained on 2026-03-31 for a layoff effective 2026-04-30 is on time (exactly thirty days); on 2026-04-01 it is late (29). The
/// latest day is computed (<c>layoffs[i].explanationDue</c>). Nothing moves for holidays: 第二百零三条 moves the last day of a
/// period in which an act is due, and here no act falls on the period's end. Parameter <c>ls.layoff.explanationPeriod</c>.</para>
/// <para>The order of the words is kept: the plan is reported after the opinions are heard (听取…意见后，裁减人员方案经向劳动行政部门报告),
/// so a report dated before the explanation fails, and before the layoff takes effect ("经…报告，可以裁减人员"; the same day passes).
/// A step not recorded is a step not taken once its last day has passed (a violation), and a step still to come before then
/// (the latest day is given as Info); whether the opinions were heard, when not recorded, is not assessed from the effective day on.</para>
/// </remarks>
public sealed class LayoffProcedureRule() : Rule<LabourFile>("LS-LAYOFF", Severity.Violation, new Citation(Instruments.LabourContractLaw, 41))
{
    private static readonly MessageKey BelowThreshold = new("LS-LAYOFF.belowThreshold", "laidOff", "headcount", "minPersons", "minRatio");
    private static readonly MessageKey ExplainedLate = new("LS-LAYOFF.explainedLate", "explained", "days", "effective", "period", "due");
    private static readonly MessageKey ExplanationDue = new("LS-LAYOFF.explanationDue", "effective", "period", "due");
    private static readonly MessageKey NotExplained = new("LS-LAYOFF.notExplained", "effective", "period", "due");
    private static readonly MessageKey NotReported = new("LS-LAYOFF.notReported", "effective");
    private static readonly MessageKey OpinionsNotHeard = new("LS-LAYOFF.opinionsNotHeard", "effective");
    private static readonly MessageKey ReportDue = new("LS-LAYOFF.reportDue", "effective");
    private static readonly MessageKey ReportedBeforeExplanation = new("LS-LAYOFF.reportedBeforeExplanation", "reported", "explained");
    private static readonly MessageKey ReportedLate = new("LS-LAYOFF.reportedLate", "reported", "effective");

    private static readonly Citation Procedure = new(Instruments.LabourContractLaw, 41, 1);

    /// <inheritdoc />
    public override void Evaluate(LabourFile facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<Layoff> layoffs = facts.Layoffs ?? [];
        if (!layoffs.Any(l => l.LaidOff > 0))
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryRead(LabourStandardParameters.LayoffMinPersons, out decimal minPersons, out ParameterReading personsReading)
            || !context.TryRead(LabourStandardParameters.LayoffMinRatio, out Ratio minRatio, out ParameterReading ratioReading)
            || !context.TryRead(LabourStandardParameters.LayoffExplanationPeriod, out LegalPeriod period, out ParameterReading periodReading))
        {
            return;
        }

        if (period.Unit == PeriodUnit.WorkingDays)
        {
            context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", periodReading.Name), ("value", period.ToString()), ("kind", "period"));
            return;
        }

        bool passed = true;
        for (int i = 0; i < layoffs.Count; i++)
        {
            Layoff l = layoffs[i];
            if (l.LaidOff == 0)
            {
                continue;
            }

            string path = LabourFileFacts.LayoffPath(i);
            bool byCount = context.Compare(path + ".laidOff", l.LaidOff, personsReading.Comparison ?? Comparison.AtLeast, personsReading.Name, minPersons);
            bool byShare = !byCount && l.Headcount > 0
                && context.CompareFraction("laidOff", l.LaidOff, "headcount", l.Headcount, ratioReading.Comparison ?? Comparison.AtLeast, ratioReading.Name, minRatio);
            if (!byCount && !byShare)
            {
                context.Inform(Procedure, BelowThreshold, path + ".laidOff", ("laidOff", l.LaidOff), ("headcount", l.Headcount), ("minPersons", minPersons), ("minRatio", minRatio));
                continue;
            }

            passed &= CheckProcedure(context, l, path, i, period);
        }

        if (passed)
        {
            context.Pass();
        }
    }

    /// <summary>
    /// The latest day to explain a layoff that takes effect on <paramref name="effective"/>: the last day from which
    /// <paramref name="period"/>, counted from the day after it, has run by the effective day.
    /// </summary>
    /// <remarks>
    /// In days, the day <paramref name="period"/> before. In months or years a period ends on the corresponding day, or on the
    /// month's last day where the month has none (民法典 第二百零二条): from 2026-03-31 one month ends on 2026-04-30, as it does from
    /// 2026-03-30. So for an effective day that is its month's last day, the latest day is the last day of the month that many
    /// months before (one month before 2026-02-28 is 2026-01-31, not 2026-01-28).
    /// </remarks>
    /// <param name="effective">The day the layoff takes effect.</param>
    /// <param name="period">The lead time in days, months or years.</param>
    /// <returns>The latest day (30 days before 2026-04-30 is 2026-03-31).</returns>
    public static LocalDate LatestExplanation(LocalDate effective, LegalPeriod period) => period.Unit switch
    {
        PeriodUnit.Days => effective.PlusDays(-period.Count),
        PeriodUnit.Months => LatestBefore(effective, effective.PlusMonths(-period.Count)),
        PeriodUnit.Years => LatestBefore(effective, effective.PlusYears(-period.Count)),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "A lead time in working days depends on the calendar."),
    };

    private static bool CheckProcedure(RuleContext context, Layoff l, string path, int i, LegalPeriod period)
    {
        bool passed = true;
        LocalDate due = LatestExplanation(l.Effective, period);
        context.Set(LabourStandardsOutputs.LayoffExplanationDue(i), due);
        context.Set(LabourStandardsOutputs.LayoffReportDue(i), l.Effective);
        if (l.ExplainedToUnion is { } explained)
        {
            if (!context.CompareDates(path + ".explainedToUnion", LegalPeriods.NominalEnd(explained, ToPeriod(period)), Comparison.AtMost, "effective", l.Effective))
            {
                context.Fail(Procedure, ExplainedLate, path + ".explainedToUnion", ("explained", explained), ("effective", l.Effective), ("period", period.ToString()), ("due", due), ("days", LabourFileFacts.Days(Period.DaysBetween(explained, l.Effective))));
                passed = false;
            }
        }
        else if (context.AsOf > due)
        {
            context.Fail(Procedure, NotExplained, path + ".explainedToUnion", ("effective", l.Effective), ("period", period.ToString()), ("due", due));
            passed = false;
        }
        else
        {
            context.Inform(Procedure, ExplanationDue, path + ".explainedToUnion", ("effective", l.Effective), ("period", period.ToString()), ("due", due));
        }

        if (l.OpinionsHeard == false)
        {
            context.Fail(Procedure, OpinionsNotHeard, path + ".opinionsHeard", ("effective", l.Effective));
            passed = false;
        }
        else if (l.OpinionsHeard is null && context.AsOf >= l.Effective)
        {
            context.MissingInput(path + ".opinionsHeard");
            passed = false;
        }

        if (l.ReportedToAdministration is { } reported)
        {
            if (!context.CompareDates(path + ".reportedToAdministration", reported, Comparison.AtMost, "effective", l.Effective))
            {
                context.Fail(Procedure, ReportedLate, path + ".reportedToAdministration", ("reported", reported), ("effective", l.Effective));
                passed = false;
            }

            if (l.ExplainedToUnion is { } told && !context.CompareDates(path + ".reportedToAdministration", reported, Comparison.AtLeast, "explainedToUnion", told))
            {
                context.Fail(Procedure, ReportedBeforeExplanation, path + ".reportedToAdministration", ("reported", reported), ("explained", told));
                passed = false;
            }
        }
        else if (context.AsOf > l.Effective)
        {
            context.Fail(Procedure, NotReported, path + ".reportedToAdministration", ("effective", l.Effective));
            passed = false;
        }
        else
        {
            context.Inform(Procedure, ReportDue, path + ".reportedToAdministration", ("effective", l.Effective));
        }

        return passed;
    }

    private static LocalDate LatestBefore(LocalDate effective, LocalDate earlier) =>
        effective.Day == effective.Calendar.GetDaysInMonth(effective.Year, effective.Month) ? earlier.With(DateAdjusters.EndOfMonth) : earlier;

    private static Period ToPeriod(LegalPeriod period) => period.Unit switch
    {
        PeriodUnit.Days => Period.FromDays(period.Count),
        PeriodUnit.Months => Period.FromMonths(period.Count),
        _ => Period.FromYears(period.Count),
    };
}
