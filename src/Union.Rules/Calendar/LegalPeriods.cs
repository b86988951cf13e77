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
/// <item><description>A <b>deadline after an event</b> (<see cref="DeadlineAfter(LocalDate, LegalPeriod, HolidayCalendar, bool)"/>), e.g. "自签字之日起10日内报送" (集体合同规定 第四十二条):
/// "开始的当日不计入，自下一日开始计算" (第二百零一条) — the event's day is excluded and day 1 is the day after it;
/// "到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日" (第二百零二条);
/// "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日" (第二百零三条).</description></item>
/// <item><description>A <b>term that covers days</b> (<see cref="TermEnd"/>): a contract term, a probation period, a mandate,
/// which includes its first day and does not move for holidays.</description></item>
/// <item><description>A <b>window that closes on a day</b> (<see cref="WindowOpens(LocalDate, LegalPeriod)"/>), e.g.
/// "集体合同或专项集体合同期满前3个月内" (集体合同规定 第三十八条), "期满前60日内" (工资集体协商试行办法 第二十四条):
/// the days before a term expires during which an act is timely.</description></item>
/// </list>
/// <para>A period whose text says "工作日" (<see cref="PeriodUnit.WorkingDays"/>) counts only working days: the start day is
/// excluded as 第二百零一条 excludes it, each later day counts when it is a working day of the State Council's arrangement
/// (<see cref="HolidayYear.IsWorkingDay"/>), and the last working day counted is the last day. It never moves, because it is
/// never a rest day; 第二百零三条 has nothing to move.</para>
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
    /// The last day of a period after an event (期间届满日), counted in the period's unit. The start day is excluded
    /// (民法典 第二百零一条); for days, months and years the period ends on the nominal last day moved past rest days, exactly
    /// as <see cref="DeadlineAfter(LocalDate, Period, HolidayCalendar, bool)"/> counts it; for working days it ends on the
    /// <c>Count</c>-th working day after the event.
    /// </summary>
    /// <remarks>
    /// <para>A working day (工作日) is an ordinary Monday to Friday that is not a day off of its year's holiday ranges, or a
    /// Saturday or Sunday worked in exchange for a day off (调休上班日, <see cref="DayKind.SwappedWorkingDay"/>). The days off
    /// of a holiday range are not counted whether or not they are statutory days: the shifted rest days (Friday 2026-02-20 and
    /// Monday 2026-02-23 of 春节) are not worked either. The event's own day is never examined, so an event on a holiday or in a
    /// year without data is fine; every later day up to the last one is, and its year must be held.</para>
    /// <para>10 working days from Friday 2025-09-26 end on Thursday 2025-10-16: Sunday 09-28 (swapped) counts, 国庆节、中秋节
    /// 10-01 to 10-08 does not, Saturday 10-11 (swapped) counts.</para>
    /// </remarks>
    /// <param name="eventDate">The day of the event (signing, receipt); not counted.</param>
    /// <param name="period">The period, with its unit; its count at least 1.</param>
    /// <param name="calendar">The holiday calendar; it must hold the year of every day examined.</param>
    /// <param name="weekendMovesEnd">For days, months and years, whether an ordinary weekend day also moves the last day (see
    /// the other overload). For working days it changes nothing (the last working day counted is never a rest day) and is only recorded.</param>
    /// <returns>The deadline; or, when the calendar lacks a year it needs, an error naming the year; or, past the last date
    /// supported, an error (never a guess, never an exception).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is <see langword="default"/> (a count of 0) or has an unknown unit.</exception>
    public static DeadlineResult DeadlineAfter(LocalDate eventDate, LegalPeriod period, HolidayCalendar calendar, bool weekendMovesEnd = true)
    {
        LegalPeriod.Check(period, nameof(period));
        ArgumentNullException.ThrowIfNull(calendar);
        return period.Unit == PeriodUnit.WorkingDays
            ? WorkingDaysAfter(eventDate, period, calendar, weekendMovesEnd)
            : DeadlineAfter(eventDate, period.ToPeriod(), calendar, weekendMovesEnd);
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
                return DeadlineResult.Failure(MissingForDeadline(eventDate, length.ToString(), end), end.Year);
            }

            // A weekend day moves the end to the day after it; a holiday range, to the day after the range. Assigned here rather
            // than in each branch so that the loop's exit stays measurable by mutation testing (docs/mutation.md).
            LocalDate next = end;
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

    /// <summary>The non-throwing form of <see cref="DeadlineAfter(LocalDate, Period, HolidayCalendar, bool)"/> as a try-method.</summary>
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

    /// <summary>
    /// The first day of a window of <paramref name="period"/> that ends on <paramref name="end"/> (included), for
    /// "期满前三个月内", "期满前60日内", "期满前九十日内": (<paramref name="end"/> + 1 day) − <paramref name="period"/>.
    /// </summary>
    /// <remarks>
    /// <para>The window is read as the days from the returned day to <paramref name="end"/>, both included, the term's last day
    /// being the window's last day. For days it holds exactly <c>Count</c> days: 60 days before 2026-12-31 opens on 2026-11-02
    /// (<paramref name="end"/> − 59 days). For months and years it opens on the day of the earlier month that corresponds to the
    /// day after <paramref name="end"/>: 3 months before 2026-12-31 opens on 2026-10-01; 3 months before 2027-02-28 opens on
    /// 2026-12-01; where that month has no such day, its last day (3 months before 2026-05-30 opens on 2026-02-28).</para>
    /// <para>Nothing moves for holidays: a window is not a deadline, and 第二百零三条 extends only a last day. Working days need
    /// the calendar: use <see cref="WindowOpens(LocalDate, LegalPeriod, HolidayCalendar)"/>.</para>
    /// </remarks>
    /// <param name="end">The last day of the window (included), e.g. the last day of the expiring contract.</param>
    /// <param name="period">The length of the window in days, months or years; its count at least 1.</param>
    /// <returns>The first day of the window (included).</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is in working days.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is <see langword="default"/> or has an unknown unit,
    /// or a day computed is outside the range of dates supported.</exception>
    public static LocalDate WindowOpens(LocalDate end, LegalPeriod period)
    {
        LegalPeriod.Check(period, nameof(period));
        if (period.Unit == PeriodUnit.WorkingDays)
        {
            throw new ArgumentException($"A window of {period} depends on the holiday calendar; use the overload that takes one.", nameof(period));
        }

        return TryCalendarWindowOpens(end, period, out LocalDate opens)
            ? opens
            : throw new ArgumentOutOfRangeException(nameof(end), end, OutOfRangeWindow(end, period));
    }

    /// <summary>
    /// The window of <paramref name="period"/> that ends on <paramref name="end"/> (included), in any unit: for days, months and
    /// years as <see cref="WindowOpens(LocalDate, LegalPeriod)"/> computes it; for working days (e.g. "期满前十个工作日内"),
    /// the earliest first day such that the days from it to <paramref name="end"/>, both included, hold exactly <c>Count</c>
    /// working days.
    /// </summary>
    /// <remarks>
    /// <para>For working days, the days counted back from <paramref name="end"/> include <paramref name="end"/> when it is a
    /// working day. The window then also takes in the rest days just before the earliest working day counted (a weekend, a
    /// holiday): a day there still leaves exactly <c>Count</c> working days up to <paramref name="end"/>. The window stops
    /// the day after the next working day back. So 10 working days ending on Friday 2026-10-09 reach back over 国庆节 and
    /// 中秋节 to the swapped working Sunday 2026-09-20, and the window opens on the plain Saturday 2026-09-19.</para>
    /// <para>Every day examined needs its year's holiday data, including the working day just before the window.</para>
    /// </remarks>
    /// <param name="end">The last day of the window (included).</param>
    /// <param name="period">The length of the window, with its unit; its count at least 1.</param>
    /// <param name="calendar">The holiday calendar; used for working days only.</param>
    /// <returns>The window; or an error naming a year without holiday data, or one for a day outside the range of dates
    /// supported (never a guess, never an exception).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is <see langword="default"/> or has an unknown unit.</exception>
    public static WindowResult WindowOpens(LocalDate end, LegalPeriod period, HolidayCalendar calendar)
    {
        LegalPeriod.Check(period, nameof(period));
        ArgumentNullException.ThrowIfNull(calendar);
        if (period.Unit != PeriodUnit.WorkingDays)
        {
            return TryCalendarWindowOpens(end, period, out LocalDate opens)
                ? WindowResult.Success(new LegalWindow(opens, end, period))
                : WindowResult.Failure(OutOfRangeWindow(end, period));
        }

        int counted = 0;
        LocalDate day = end;
        HolidayYear? year = null;
        while (true)
        {
            if (!TryYear(calendar, day, ref year))
            {
                return WindowResult.Failure(MissingForWindow(end, period, day), day.Year);
            }

            if (year.IsWorkingDay(day) && ++counted == period.Count)
            {
                break;
            }

            if (day == LocalDate.MinIsoValue)
            {
                return WindowResult.Failure(OutOfRangeWindow(end, period));
            }

            day = day.PlusDays(-1);
        }

        while (true)
        {
            if (day == LocalDate.MinIsoValue)
            {
                return WindowResult.Failure(OutOfRangeWindow(end, period));
            }

            LocalDate before = day.PlusDays(-1);
            if (!TryYear(calendar, before, ref year))
            {
                return WindowResult.Failure(MissingForWindow(end, period, before), before.Year);
            }

            if (year.IsWorkingDay(before))
            {
                return WindowResult.Success(new LegalWindow(day, end, period));
            }

            day = before;
        }
    }

    private static DeadlineResult WorkingDaysAfter(LocalDate eventDate, LegalPeriod period, HolidayCalendar calendar, bool weekendMovesEnd)
    {
        var skipped = new List<HolidayRange>();
        var swapped = new List<LocalDate>();
        int counted = 0;
        LocalDate day = eventDate;
        HolidayYear? year = null;
        while (counted < period.Count)
        {
            if (day == LocalDate.MaxIsoValue)
            {
                return DeadlineResult.Failure(OutOfRange(eventDate, period.ToString()));
            }

            day = day.PlusDays(1);
            if (!TryYear(calendar, day, ref year))
            {
                return DeadlineResult.Failure(MissingForDeadline(eventDate, period.ToString(), day), day.Year);
            }

            switch (year.Classify(day))
            {
                case DayKind.WorkingDay:
                    counted++;
                    break;
                case DayKind.SwappedWorkingDay:
                    counted++;
                    swapped.Add(day);
                    break;
                case DayKind.Holiday:
                    HolidayRange range = year.FindHoliday(day)!;
                    if (skipped.Count == 0 || skipped[^1] != range)
                    {
                        skipped.Add(range);
                    }

                    break;
            }
        }

        return DeadlineResult.Success(LegalDeadline.InWorkingDaysOf(eventDate, period, day, weekendMovesEnd, skipped.ToArray(), swapped.ToArray()));
    }

    /// <summary>The year of <paramref name="day"/>, reusing <paramref name="year"/> while the day stays in it.</summary>
    private static bool TryYear(HolidayCalendar calendar, LocalDate day, [NotNullWhen(true)] ref HolidayYear? year)
    {
        if (year is not null && year.Year == day.Year)
        {
            return true;
        }

        return calendar.TryGetYear(day.Year, out year);
    }

    private static bool TryCalendarWindowOpens(LocalDate end, LegalPeriod period, out LocalDate opens)
    {
        try
        {
            opens = period.Unit == PeriodUnit.Days ? end.PlusDays(1 - period.Count) : end.PlusDays(1).Minus(period.ToPeriod());
            return true;
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            opens = default;
            return false;
        }
    }

    private static string MissingForDeadline(LocalDate eventDate, string length, LocalDate day) => string.Create(
        CultureInfo.InvariantCulture,
        $"The last day of the period {HolidayDocumentChecks.Iso(eventDate)} + {length} cannot be fixed without the holiday arrangement for {day.Year} (the day examined is {HolidayDocumentChecks.Iso(day)}). {HolidayDataMissingException.MessageFor(day.Year)}");

    private static string MissingForWindow(LocalDate end, LegalPeriod period, LocalDate day) => string.Create(
        CultureInfo.InvariantCulture,
        $"The first day of the window of {period} ending on {HolidayDocumentChecks.Iso(end)} cannot be fixed without the holiday arrangement for {day.Year} (the day examined is {HolidayDocumentChecks.Iso(day)}). {HolidayDataMissingException.MessageFor(day.Year)}");

    private static string OutOfRange(LocalDate eventDate, Period length) => OutOfRange(eventDate, length.ToString());

    private static string OutOfRange(LocalDate eventDate, string length) =>
        $"The last day of the period {HolidayDocumentChecks.Iso(eventDate)} + {length} is outside the range of dates supported.";

    private static string OutOfRangeWindow(LocalDate end, LegalPeriod period) =>
        $"The first day of the window of {period} ending on {HolidayDocumentChecks.Iso(end)} is outside the range of dates supported.";
}
