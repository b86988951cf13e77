using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// A window that closes on a day (期满前期间): "期满前三个月内", "期满前60日内", "期满前十个工作日内" — the days from
/// <see cref="Opens"/> to <see cref="End"/>, both included, during which an act (a request to renew, to negotiate) is timely.
/// </summary>
/// <remarks>Created by <see cref="LegalPeriods.WindowOpens(LocalDate, LegalPeriod, HolidayCalendar)"/>. Equality compares every property. Instances are immutable.</remarks>
public sealed record LegalWindow
{
    internal LegalWindow(LocalDate opens, LocalDate end, LegalPeriod length)
    {
        Opens = opens;
        End = end;
        Length = length;
    }

    /// <summary>Gets the first day of the window (included).</summary>
    public LocalDate Opens { get; }

    /// <summary>Gets the last day of the window (included): the day the term expires.</summary>
    public LocalDate End { get; }

    /// <summary>Gets the length of the window, with its unit.</summary>
    public LegalPeriod Length { get; }

    /// <summary>Gets the days of the window, both ends included.</summary>
    public DateInterval Dates => new(Opens, End);

    /// <summary>Whether an act on <paramref name="date"/> falls inside the window.</summary>
    /// <param name="date">The day of the act.</param>
    /// <returns><see langword="true"/> when <see cref="Opens"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => Opens <= date && date <= End;

    /// <summary>Renders the window as <c>2026-11-02..2026-12-31 (60 days)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{HolidayDocumentChecks.Iso(Opens)}..{HolidayDocumentChecks.Iso(End)} ({Length})";
}
