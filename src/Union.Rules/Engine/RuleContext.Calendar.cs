using Union.Rules.Resources;
using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Engine;

// Counting statutory periods through the legal calendar (start day excluded, a last day on a holiday moved).
public sealed partial class RuleContext
{
    /// <summary>
    /// Counts a deadline after an event the way 民法典 第二百零一条 to 第二百零三条 count it (start day excluded; a last day on a
    /// statutory holiday, or on a weekend when the profile's <c>calendar.weekendMovesDeadline</c> says so, moves to the next
    /// working day) and records it as an output named <paramref name="name"/>. When a year has no holiday data, records an Info
    /// "not assessed" finding naming the year and returns <see langword="false"/>: nothing is guessed.
    /// </summary>
    /// <param name="name">The output's name, e.g. <c>replyDue</c>.</param>
    /// <param name="eventDate">The event the period runs from (receipt, signing).</param>
    /// <param name="length">The period, e.g. 20 days.</param>
    /// <param name="path">The JSON path of the event's date, for the finding when data is missing.</param>
    /// <param name="deadline">The deadline, when it could be counted.</param>
    /// <returns>Whether the deadline could be counted.</returns>
    public bool TryDeadline(string name, LocalDate eventDate, Period length, string path, out LegalDeadline deadline) =>
        TryDeadline(name, eventDate, LegalPeriod.FromPeriod(length) ?? throw new ArgumentOutOfRangeException(nameof(length), length, "Not a legal period."), path, out deadline);

    /// <summary>
    /// Counts a deadline of <paramref name="period"/> (days, 工作日 or months) after an event; see
    /// <see cref="TryDeadline(string, LocalDate, Period, string, out LegalDeadline)"/>.
    /// </summary>
    /// <param name="name">The output's name, e.g. <c>replyDue</c>.</param>
    /// <param name="eventDate">The event the period runs from.</param>
    /// <param name="period">The period.</param>
    /// <param name="path">The JSON path of the event's date.</param>
    /// <param name="deadline">The deadline, when it could be counted.</param>
    /// <returns>Whether the deadline could be counted.</returns>
    public bool TryDeadline(string name, LocalDate eventDate, LegalPeriod period, string path, out LegalDeadline deadline)
    {
        bool weekend = !TryReadQuietly(CalendarParameters.WeekendMovesDeadline, out bool moves) || moves;
        DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, period, Profile.Calendar, weekend);
        if (result.IsSuccess && result.Deadline is { } d)
        {
            deadline = d;
            Output(name, d.End);
            return true;
        }

        deadline = null!;
        if (result.MissingYear is { } year)
        {
            NotAssessed(EngineMessages.CalendarMissing, path, ("year", year));
        }
        else
        {
            NotAssessed(EngineMessages.DateOutOfRange, path, ("date", eventDate));
        }

        return false;
    }

    /// <summary>
    /// Finds the first day of a window of <paramref name="period"/> that ends on <paramref name="end"/> inclusive ("期满前三个月内",
    /// "期满前60日内"; <see cref="LegalPeriods.WindowOpens(LocalDate, LegalPeriod, HolidayCalendar)"/>). A window in working days
    /// that reaches a year without holiday data, or one outside the supported dates, is "not assessed".
    /// </summary>
    /// <param name="end">The window's last day.</param>
    /// <param name="period">The window's length.</param>
    /// <param name="path">The JSON path of the date the window ends on.</param>
    /// <param name="opens">The first day, when it could be found.</param>
    /// <returns>Whether it could be found.</returns>
    public bool TryWindowOpens(LocalDate end, LegalPeriod period, string path, out LocalDate opens)
    {
        WindowResult result = LegalPeriods.WindowOpens(end, period, Profile.Calendar);
        if (result.IsSuccess)
        {
            opens = result.Window.Opens;
            return true;
        }

        opens = default;
        if (result.MissingYear is { } year)
        {
            NotAssessed(EngineMessages.CalendarMissing, path, ("year", year));
        }
        else
        {
            NotAssessed(EngineMessages.DateOutOfRange, path, ("date", end));
        }

        return false;
    }
}
