using System.Globalization;
using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.LabourStandards;

/// <summary>
/// A span of days counted in whole years, months and days (工作年限), both ends included, as 民法典 第二百零二条 counts months:
/// a month from a first day is complete on the day before the corresponding day of the next month, or on that month's last
/// day where it has no corresponding day (<see cref="LegalPeriods.TermEnd"/>).
/// </summary>
/// <remarks>
/// From 2026-01-01, six months are complete on 2026-06-30; from 2026-01-31, one month on 2026-02-28 (February has no 31st)
/// and two on 2026-03-30; from 2024-02-29, one year on 2025-02-28.
/// </remarks>
/// <param name="Years">The whole years.</param>
/// <param name="Months">The whole months after the years, 0 to 11.</param>
/// <param name="Days">The days after the whole months.</param>
public sealed record ServiceLength(int Years, int Months, int Days)
{
    /// <summary>Gets the whole months in all (years × 12 + months).</summary>
    public int TotalMonths => (Years * 12) + Months;

    /// <summary>Counts the span from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; on or after <paramref name="first"/>.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static ServiceLength Between(LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, "The span ends before it starts.");
        }

        int months = FullMonths(first, last);
        int days = months == 0 ? Period.DaysBetween(first, last) + 1 : Period.DaysBetween(LegalPeriods.TermEnd(first, Period.FromMonths(months)), last);
        return new ServiceLength(months / 12, months % 12, days);
    }

    /// <summary>The whole months from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    internal static int FullMonths(LocalDate first, LocalDate last)
    {
        int months = Math.Max(0, ((last.Year - first.Year) * 12) + (last.Month - first.Month) + 1);
        while (months > 0 && LegalPeriods.TermEnd(first, Period.FromMonths(months)) > last)
        {
            months--;
        }

        return months;
    }

    /// <summary>The last day of the first <paramref name="months"/> whole months from <paramref name="first"/>; the day before it for 0.</summary>
    internal static LocalDate EndOfMonths(LocalDate first, int months) =>
        months == 0 ? first.PlusDays(-1) : LegalPeriods.TermEnd(first, Period.FromMonths(months));

    /// <summary>Renders as <c>12y 3m 5d</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Years}y {Months}m {Days}d");
}
