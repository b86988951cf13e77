using NodaTime;
using Union.Domain.WorkersCongress;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>WC-FREQUENCY (召开频次): the congress meets at least once a year; the next session is due a year after the last.</summary>
/// <remarks>
/// <para>上海市职工代表大会条例 第二十二条第二款："职工代表大会每年至少召开一次会议"; 浙江省企业民主管理条例 第十五条第一款："职工代表大会每年至少召开一次";
/// national (企业民主管理规定, article not in the held excerpt): at least once a year.</para>
/// <para>Reading: 每年至少一次 is read as a period of a year (12 months, <c>wc.frequency.months</c>) running from the last session,
/// so that no year passes without one, rather than as one session in each calendar year (which would allow almost two years
/// between sessions). The period is counted as 民法典 第二百零一条 to 第二百零三条 count it: the session's day is excluded, the period
/// ends on the corresponding day a year later (the month's last day where there is none: 29 February 2024 gives 28 February
/// 2025), and a last day on a rest day or statutory holiday moves to the next working day. A session on 25 November 2025 makes the
/// next due by 25 November 2026; on 26 November 2026, with no session since, it is overdue.</para>
/// <para>Only sessions held on or before the review date count. When the year of the last day has no holiday data, a review
/// date on or before the unmoved last day is not overdue whatever the holidays (a move only makes the period longer), and the
/// rule reports the unmoved day with the caveat; after it, the rule is not assessed.</para>
/// </remarks>
public sealed class SessionFrequencyRule() : Rule<WorkersCongressRecord>("WC-FREQUENCY", Severity.Warning, new Citation(Instruments.DemocraticManagementProvisions), new Citation(Instruments.CivilCode, 201), new Citation(Instruments.CivilCode, 203))
{
    private static readonly MessageKey Next = new("WC-FREQUENCY.next", "last", "due", "period");
    private static readonly MessageKey NextUnmoved = new("WC-FREQUENCY.nextUnmoved", "last", "due", "year", "period");
    private static readonly MessageKey Overdue = new("WC-FREQUENCY.overdue", "last", "due", "asOf", "period");

    /// <inheritdoc />
    public override void Evaluate(WorkersCongressRecord facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        int lastIndex = -1;
        for (int i = 0; i < facts.Sessions.Count; i++)
        {
            LocalDate d = facts.Sessions[i].Date;
            if (d <= context.AsOf && (lastIndex < 0 || d > facts.Sessions[lastIndex].Date))
            {
                lastIndex = i;
            }
        }

        if (lastIndex < 0)
        {
            context.MissingInput("$.sessions");
            return;
        }

        LocalDate last = facts.Sessions[lastIndex].Date;
        string path = $"$.sessions[{lastIndex}].date";
        context.Fact("lastSession", last);
        if (!context.TryRead(WorkersCongressParameters.FrequencyMonths, out LegalPeriod period))
        {
            return;
        }

        context.Set(WorkersCongressOutputs.LastSession, last);
        DeadlineResult exact = LegalPeriods.DeadlineAfter(last, period, context.Profile.Calendar, CalendarParameters.WeekendMoves(context.Profile, context.AsOf));
        if (!exact.IsSuccess && exact.MissingYear is { } year && period.Unit != PeriodUnit.WorkingDays
            && TryNominal(last, period, out LocalDate nominal) && context.AsOf <= nominal)
        {
            context.CompareDates("asOf", context.AsOf, Domain.Common.Comparison.AtMost, "nextSessionDue", nominal);
            context.Inform(NextUnmoved, path, ("last", last), ("due", nominal), ("period", period), ("year", year));
            return;
        }

        if (!context.TryDeadline(WorkersCongressOutputs.NextSessionDue.Name, last, period, path, out LegalDeadline deadline))
        {
            return;
        }

        if (context.CompareDates("asOf", context.AsOf, Domain.Common.Comparison.AtMost, "nextSessionDue", deadline.End))
        {
            context.Inform(Next, path, ("last", last), ("due", deadline.End), ("period", period));
        }
        else
        {
            context.Fail(Overdue, path, ("last", last), ("due", deadline.End), ("asOf", context.AsOf), ("period", period));
        }
    }

    private static bool TryNominal(LocalDate last, LegalPeriod period, out LocalDate nominal)
    {
        try
        {
            nominal = LegalPeriods.NominalEnd(last, period.Unit switch
            {
                PeriodUnit.Days => Period.FromDays(period.Count),
                PeriodUnit.Months => Period.FromMonths(period.Count),
                _ => Period.FromYears(period.Count),
            });
            return true;
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            nominal = default;
            return false;
        }
    }
}
