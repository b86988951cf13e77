using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// Counting legal periods (期间计算) as 民法典 第二百零一条 to 第二百零三条 count them, and terms that cover days.
/// </summary>
/// <remarks>
/// <para>Two kinds of span are kept apart:</para>
/// <list type="bullet">
/// <item><description>A <b>deadline after an event</b> (<see cref="DeadlineAfter"/>), e.g. "自签字之日起10日内报送" (集体合同规定 第四十二条):
/// "开始的当日不计入，自下一日开始计算" (第二百零一条) — the event's day is excluded and day 1 is the day after it;
/// "到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日" (第二百零二条);
/// "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日" (第二百零三条).</description></item>
/// <item><description>A <b>term that covers days</b> (<see cref="TermEnd"/>): a contract term, a probation period, a mandate,
/// which includes its first day and does not move for holidays.</description></item>
/// </list>
/// <para>Whether an ordinary Saturday or Sunday is a "法定休假日" for 第二百零三条 is not settled by the code's text; judicial
/// practice moves a deadline that ends on a weekend as well. The choice is the caller's (<c>weekendMovesEnd</c>, default
/// <see langword="true"/>), and the deadline records which was used. A swapped working day (调休上班日) on a weekend is a
/// working day either way.</para>
/// <para>Periods in hours (第二百零一条 第二款) are not handled here. Nothing here reads a clock.</para>
/// </remarks>
public static class LegalPeriods
{
    /// <summary>
    /// The nominal last day of a period after an event, before any move for holidays: <paramref name="eventDate"/> + <paramref name="length"/>,
    /// with the corresponding day, or the month's last day where there is none, for months and years (第二百零一条, 第二百零二条).
    /// </summary>
    /// <param name="eventDate">The day of the event; not counted.</param>
    /// <param name="length">The length: days, weeks, months and years, not negative, not zero, without hours.</param>
    /// <returns>The nominal last day: 2026-01-31 + 1 month = 2026-02-28; 2028-01-31 + 1 month = 2028-02-29.</returns>
    /// <exception cref="ArgumentException"><paramref name="length"/> is zero, negative or has a time part.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside NodaTime's range of dates.</exception>
    public static LocalDate NominalEnd(LocalDate eventDate, Period length)
    {
        CheckLength(length);
        return eventDate.Plus(length);
    }

    /// <summary>
    /// The last day of a period after an event (期间届满日), 民法典 第二百零一条 to 第二百零三条: the nominal last day
    /// (<see cref="NominalEnd"/>), moved while it is a rest day: a day off of a holiday range moves it to the day after the
    /// range ends; with <paramref name="weekendMovesEnd"/>, an ordinary Saturday or Sunday (not a swapped working day) moves it to the next day.
    /// </summary>
    /// <param name="eventDate">The day of the event (signing, receipt); not counted.</param>
    /// <param name="length">The length: days, weeks, months and years, not negative, not zero, without hours.</param>
    /// <param name="calendar">The holiday calendar; it must hold the year of every day examined.</param>
    /// <param name="weekendMovesEnd">Whether an ordinary weekend day also moves the last day (the judicial practice); when
    /// <see langword="false"/>, only the days off of holiday ranges do, and a move that lands on a plain weekend stays there.</param>
    /// <returns>The deadline; or, when the calendar lacks a year it needs, an error naming the year (never a guess, never an exception).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="length"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> is zero, negative or has a time part.</exception>
    public static DeadlineResult DeadlineAfter(LocalDate eventDate, Period length, HolidayCalendar calendar, bool weekendMovesEnd = true)
    {
        CheckLength(length);
        ArgumentNullException.ThrowIfNull(calendar);

        LocalDate nominal;
        try
        {
            nominal = eventDate.Plus(length);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return DeadlineResult.Failure(OutOfRange(eventDate, length));
        }

        LocalDate end = nominal;
        DeadlineMoveReason reason = DeadlineMoveReason.None;
        HolidayRange? holiday = null;
        string? source = null;
        while (true)
        {
            if (!calendar.TryGetYear(end.Year, out HolidayYear? year))
            {
                string text = string.Create(
                    CultureInfo.InvariantCulture,
                    $"The last day of the period {HolidayDocumentChecks.Iso(eventDate)} + {length} cannot be fixed without the holiday arrangement for {end.Year} (the day examined is {HolidayDocumentChecks.Iso(end)}). {HolidayDataMissingException.MessageFor(end.Year)}");
                return DeadlineResult.Failure(text, end.Year);
            }

            LocalDate next;
            if (year.FindHoliday(end) is { } range)
            {
                if (reason == DeadlineMoveReason.None)
                {
                    reason = DeadlineMoveReason.Holiday;
                }

                holiday ??= range;
                source ??= year.Document;
                next = range.To;
            }
            else if (weekendMovesEnd && year.Classify(end) == DayKind.Weekend)
            {
                if (reason == DeadlineMoveReason.None)
                {
                    reason = DeadlineMoveReason.Weekend;
                }

                next = end;
            }
            else
            {
                break;
            }

            if (next == LocalDate.MaxIsoValue)
            {
                return DeadlineResult.Failure(OutOfRange(eventDate, length));
            }

            end = next.PlusDays(1);
        }

        return DeadlineResult.Success(new LegalDeadline(eventDate, length, nominal, end, weekendMovesEnd, reason, holiday, source));
    }

    /// <summary>The non-throwing form of <see cref="DeadlineAfter"/> as a try-method.</summary>
    /// <param name="eventDate">The day of the event; not counted.</param>
    /// <param name="length">The length: days, weeks, months and years, not negative, not zero, without hours.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <param name="weekendMovesEnd">Whether an ordinary weekend day also moves the last day.</param>
    /// <param name="deadline">The deadline, when computed.</param>
    /// <param name="error">Why it was not computed (e.g. the year without holiday data), otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the deadline was computed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="length"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> is zero, negative or has a time part.</exception>
    public static bool TryDeadlineAfter(LocalDate eventDate, Period length, HolidayCalendar calendar, bool weekendMovesEnd, [NotNullWhen(true)] out LegalDeadline? deadline, [NotNullWhen(false)] out string? error)
    {
        DeadlineResult result = DeadlineAfter(eventDate, length, calendar, weekendMovesEnd);
        deadline = result.Deadline;
        error = result.Error;
        return result.IsSuccess;
    }

    /// <summary>
    /// The last day (included) of a term that covers days and includes its first day (期限末日): a contract term, a probation
    /// period, a mandate. It does not move for holidays.
    /// </summary>
    /// <remarks>
    /// <para>For days and weeks, the last day is <paramref name="firstDay"/> + <paramref name="length"/> − 1 day (a 10-day term from
    /// 1 March ends on 10 March), which equals the deadline convention counted from the day before <paramref name="firstDay"/>.</para>
    /// <para>For months and years, the term ends on the day before the day of the last month that corresponds to the first day,
    /// or on that month's last day where the corresponding day does not exist:
    /// a 2-month probation from 4 March ends on 3 May; a 3-year contract from 2026-01-01 ends on 2028-12-31;
    /// a 1-month term from 31 January 2026 ends on 28 February 2026; a 1-month term from 1 March ends on 31 March.
    /// This equals (<paramref name="firstDay"/> − 1 day) + <paramref name="length"/> except where the first day is the first of a
    /// month, where that sum can stop short of the month's end (28 February + 1 month = 28 March).</para>
    /// <para>Any day or week part of a mixed length is added after the year and month part.</para>
    /// </remarks>
    /// <param name="firstDay">The first day of the term (included).</param>
    /// <param name="length">The length: days, weeks, months and years, not negative, not zero, without hours.</param>
    /// <returns>The last day of the term (included).</returns>
    /// <exception cref="ArgumentException"><paramref name="length"/> is zero, negative or has a time part.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside NodaTime's range of dates.</exception>
    public static LocalDate TermEnd(LocalDate firstDay, Period length)
    {
        CheckLength(length);
        bool hasMonths = length.Years != 0 || length.Months != 0;
        LocalDate afterMonths = firstDay.Plus(Period.FromYears(length.Years) + Period.FromMonths(length.Months));
        bool noCorrespondingDay = hasMonths && afterMonths.Day != firstDay.Day;
        LocalDate afterDays = afterMonths.PlusDays((length.Weeks * 7) + length.Days);
        return noCorrespondingDay ? afterDays : afterDays.PlusDays(-1);
    }

    /// <summary>The days of a term that covers days and includes its first day, as an interval with both ends included.</summary>
    /// <param name="firstDay">The first day of the term (included).</param>
    /// <param name="length">The length: days, weeks, months and years, not negative, not zero, without hours.</param>
    /// <returns>From <paramref name="firstDay"/> to <see cref="TermEnd"/>, both included.</returns>
    /// <exception cref="ArgumentException"><paramref name="length"/> is zero, negative or has a time part.</exception>
    public static DateInterval Term(LocalDate firstDay, Period length) => new(firstDay, TermEnd(firstDay, length));

    /// <summary>Whether an act on <paramref name="actual"/> meets the deadline: on or before its last day (until 24:00, 第二百零三条 第二款).</summary>
    /// <param name="actual">The day of the act.</param>
    /// <param name="deadline">The deadline.</param>
    /// <returns><see langword="true"/> when <paramref name="actual"/> ≤ <see cref="LegalDeadline.End"/>.</returns>
    public static bool IsOnTime(LocalDate actual, LegalDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return actual <= deadline.End;
    }

    /// <summary>
    /// The number of a day counted from an event (第几日), the event's day excluded (第二百零一条): the day after the event is day 1.
    /// </summary>
    /// <param name="eventDate">The day of the event.</param>
    /// <param name="date">The day counted.</param>
    /// <returns>The day's number: 1 for the day after the event, 0 for the event's day, negative before it. "Within 10 days" holds while it is ≤ 10.</returns>
    public static int DaysAfter(LocalDate eventDate, LocalDate date) => Period.DaysBetween(eventDate, date);

    private static void CheckLength(Period length)
    {
        ArgumentNullException.ThrowIfNull(length);
        if (length.HasTimeComponent)
        {
            throw new ArgumentException($"The period {length} has a time part; only days, weeks, months and years are counted here.", nameof(length));
        }

        if (length.Years < 0 || length.Months < 0 || length.Weeks < 0 || length.Days < 0)
        {
            throw new ArgumentException($"The period {length} has a negative part.", nameof(length));
        }

        if (length.Years == 0 && length.Months == 0 && length.Weeks == 0 && length.Days == 0)
        {
            throw new ArgumentException("The period is zero.", nameof(length));
        }
    }

    private static string OutOfRange(LocalDate eventDate, Period length) =>
        $"The last day of the period {HolidayDocumentChecks.Iso(eventDate)} + {length} is outside the range of dates supported.";
}
