using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// A deadline after an event (期间届满日), counted as 民法典 第二百零一条 to 第二百零三条 count it: the event's day excluded,
/// the corresponding day for months and years, and a last day that is a day off moved to the next day that is not;
/// or, for a period in working days (工作日), the last of the working days counted.
/// </summary>
/// <remarks>
/// <para>The period ends at 24:00 of <see cref="End"/> (第二百零三条 第二款); an act on <see cref="End"/> is on time.</para>
/// <para>Why the last day is where it is: for days, months and years, <see cref="NominalEnd"/>, <see cref="Reason"/> and
/// <see cref="Holiday"/>; for working days, <see cref="HolidaysSkipped"/>, <see cref="SwappedWorkingDaysCounted"/> and
/// <see cref="RestDaysSkipped"/>.</para>
/// <para>Created by <see cref="LegalPeriods.DeadlineAfter(LocalDate, LegalPeriod, HolidayCalendar, bool)"/>. Equality compares
/// every property, lists by their elements. Instances are immutable.</para>
/// </remarks>
public sealed record LegalDeadline
{
    internal LegalDeadline(LocalDate eventDate, Period length, LocalDate nominalEnd, LocalDate end, bool weekendMovesEnd, DeadlineMoveReason reason, HolidayRange? holiday, string? holidaySource)
        : this(eventDate, length, LegalPeriod.FromPeriod(length), nominalEnd, end, weekendMovesEnd, reason, holiday, holidaySource, [], [], 0)
    {
    }

    private LegalDeadline(
        LocalDate eventDate,
        Period length,
        LegalPeriod? counted,
        LocalDate nominalEnd,
        LocalDate end,
        bool weekendMovesEnd,
        DeadlineMoveReason reason,
        HolidayRange? holiday,
        string? holidaySource,
        IReadOnlyList<HolidayRange> holidaysSkipped,
        IReadOnlyList<LocalDate> swappedWorkingDaysCounted,
        int restDaysSkipped)
    {
        EventDate = eventDate;
        Length = length;
        Counted = counted;
        NominalEnd = nominalEnd;
        End = end;
        WeekendMovesEnd = weekendMovesEnd;
        Reason = reason;
        Holiday = holiday;
        HolidaySource = holidaySource;
        HolidaysSkipped = holidaysSkipped;
        SwappedWorkingDaysCounted = swappedWorkingDaysCounted;
        RestDaysSkipped = restDaysSkipped;
    }

    /// <summary>Gets the day of the triggering event (signing, receipt); not counted (第二百零一条).</summary>
    public LocalDate EventDate { get; }

    /// <summary>
    /// Gets the span from <see cref="EventDate"/> to <see cref="NominalEnd"/> as a calendar period: the length asked, in days,
    /// weeks, months or years; for a period in working days, the calendar days it took (10 working days from
    /// 2025-09-26 took <c>P20D</c>). <see cref="EventDate"/> + <see cref="Length"/> is always <see cref="NominalEnd"/>.
    /// </summary>
    public Period Length { get; }

    /// <summary>
    /// Gets the period as counted, with its unit: <c>10 workingDays</c>, <c>10 days</c> (weeks are counted as days),
    /// <c>2 months</c>; <see langword="null"/> for a calendar period that mixes units (1 month and 10 days).
    /// </summary>
    public LegalPeriod? Counted { get; }

    /// <summary>Gets whether the period was counted in working days (工作日): its last day is the last working day counted and never moves.</summary>
    public bool InWorkingDays => Counted is { Unit: PeriodUnit.WorkingDays };

    /// <summary>
    /// Gets the nominal last day: <see cref="EventDate"/> + <see cref="Length"/>; for months and years the corresponding day
    /// of the last month, or the month's last day where there is none (31 January + 1 month = 28 or 29 February, 第二百零二条);
    /// for working days, the last working day counted, which is also <see cref="End"/>.
    /// </summary>
    public LocalDate NominalEnd { get; }

    /// <summary>Gets the actual last day (included): <see cref="NominalEnd"/>, or the next day that is not a day off where it moved (第二百零三条).</summary>
    public LocalDate End { get; }

    /// <summary>
    /// Gets whether an ordinary Saturday or Sunday moved the last day (the weekend convention used). For working days the
    /// convention asked is recorded, but it changes nothing: the last working day counted is never a rest day.
    /// </summary>
    public bool WeekendMovesEnd { get; }

    /// <summary>Gets why the nominal last day moved: a holiday, a weekend, or <see cref="DeadlineMoveReason.None"/> (always for working days).</summary>
    public DeadlineMoveReason Reason { get; }

    /// <summary>Gets the first holiday range the last day moved past, or <see langword="null"/> when no holiday moved it.</summary>
    public HolidayRange? Holiday { get; }

    /// <summary>Gets the notice that fixes <see cref="Holiday"/>, or <see langword="null"/>.</summary>
    public string? HolidaySource { get; }

    /// <summary>
    /// Gets, for working days, the holiday ranges with a day off after <see cref="EventDate"/> and up to <see cref="End"/>:
    /// their days off were not counted. Empty for days, months and years (see <see cref="Holiday"/> there).
    /// </summary>
    public IReadOnlyList<HolidayRange> HolidaysSkipped { get; }

    /// <summary>
    /// Gets, for working days, the Saturdays and Sundays worked in exchange for a day off (调休上班日) that were counted as
    /// working days, in ascending order. Empty for days, months and years.
    /// </summary>
    public IReadOnlyList<LocalDate> SwappedWorkingDaysCounted { get; }

    /// <summary>
    /// Gets, for working days, how many days after <see cref="EventDate"/> and up to <see cref="End"/> were not counted
    /// (ordinary Saturdays and Sundays, and days off of holidays): the calendar days taken less the working days counted.
    /// 0 for days, months and years.
    /// </summary>
    public int RestDaysSkipped { get; }

    /// <summary>Gets whether the last day moved past the nominal last day.</summary>
    public bool Moved => End != NominalEnd;

    /// <summary>Gets the number of days the last day moved (0 when it did not).</summary>
    public int DaysMoved => Period.DaysBetween(NominalEnd, End);

    /// <summary>
    /// Renders the deadline as <c>2026-09-23 + P10D: 2026-10-03 → 2026-10-08 (国庆节)</c>, or for working days as
    /// <c>2025-09-26 + 10 workingDays: 2025-10-16 (not counted: 国庆节、中秋节; swapped working days counted: 2025-09-28, 2025-10-11)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (InWorkingDays)
        {
            string text = $"{HolidayDocumentChecks.Iso(EventDate)} + {Counted}: {HolidayDocumentChecks.Iso(End)}";
            var notes = new List<string>();
            if (HolidaysSkipped.Count > 0)
            {
                notes.Add($"not counted: {string.Join(", ", HolidaysSkipped.Select(h => h.Name).Distinct())}");
            }

            if (SwappedWorkingDaysCounted.Count > 0)
            {
                notes.Add($"swapped working days counted: {string.Join(", ", SwappedWorkingDaysCounted.Select(HolidayDocumentChecks.Iso))}");
            }

            return notes.Count == 0 ? text : $"{text} ({string.Join("; ", notes)})";
        }

        string head = $"{HolidayDocumentChecks.Iso(EventDate)} + {Length}: {HolidayDocumentChecks.Iso(NominalEnd)}";
        return Reason switch
        {
            DeadlineMoveReason.Holiday => $"{head} → {HolidayDocumentChecks.Iso(End)} ({Holiday?.Name})",
            DeadlineMoveReason.Weekend => $"{head} → {HolidayDocumentChecks.Iso(End)} (weekend)",
            _ => head,
        };
    }

    /// <summary>Whether <paramref name="other"/> is the same deadline: every property equal, the lists element by element.</summary>
    /// <param name="other">The other deadline.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(LegalDeadline? other) =>
        other is not null
        && EventDate == other.EventDate
        && Length.Equals(other.Length)
        && Counted == other.Counted
        && NominalEnd == other.NominalEnd
        && End == other.End
        && WeekendMovesEnd == other.WeekendMovesEnd
        && Reason == other.Reason
        && Equals(Holiday, other.Holiday)
        && string.Equals(HolidaySource, other.HolidaySource, StringComparison.Ordinal)
        && HolidaysSkipped.SequenceEqual(other.HolidaysSkipped)
        && SwappedWorkingDaysCounted.SequenceEqual(other.SwappedWorkingDaysCounted)
        && RestDaysSkipped == other.RestDaysSkipped;

    /// <summary>A hash code consistent with <see cref="Equals(LegalDeadline)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        // The counts are read into locals first: HashCode.Add cannot infer its type argument from a mutated count (a method
        // group), which made mutation testing drop the whole method (docs/mutation.md).
        int holidaysSkipped = HolidaysSkipped.Count;
        int swappedWorkingDays = SwappedWorkingDaysCounted.Count;
        var hash = default(HashCode);
        hash.Add(EventDate);
        hash.Add(Length);
        hash.Add(Counted);
        hash.Add(End);
        hash.Add(Reason);
        hash.Add(holidaysSkipped);
        hash.Add(swappedWorkingDays);
        hash.Add(RestDaysSkipped);
        return hash.ToHashCode();
    }

    /// <summary>A deadline counted in working days: it ends on the last working day counted, which never moves.</summary>
    internal static LegalDeadline InWorkingDaysOf(
        LocalDate eventDate,
        LegalPeriod period,
        LocalDate end,
        bool weekendMovesEnd,
        IReadOnlyList<HolidayRange> holidaysSkipped,
        IReadOnlyList<LocalDate> swappedWorkingDaysCounted) =>
        new(
            eventDate,
            Period.FromDays(Period.DaysBetween(eventDate, end)),
            period,
            end,
            end,
            weekendMovesEnd,
            DeadlineMoveReason.None,
            null,
            null,
            holidaysSkipped,
            swappedWorkingDaysCounted,
            Period.DaysBetween(eventDate, end) - period.Count);
}
