using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// A deadline after an event (期间届满日), counted as 民法典 第二百零一条 to 第二百零三条 count it: the event's day excluded,
/// the corresponding day for months and years, and a last day that is a day off moved to the next day that is not.
/// </summary>
/// <remarks>
/// <para>The period ends at 24:00 of <see cref="End"/> (第二百零三条 第二款); an act on <see cref="End"/> is on time.</para>
/// <para>Created by <see cref="LegalPeriods.DeadlineAfter"/>. Equality compares every property. Instances are immutable.</para>
/// </remarks>
public sealed record LegalDeadline
{
    internal LegalDeadline(LocalDate eventDate, Period length, LocalDate nominalEnd, LocalDate end, bool weekendMovesEnd, DeadlineMoveReason reason, HolidayRange? holiday, string? holidaySource)
    {
        EventDate = eventDate;
        Length = length;
        NominalEnd = nominalEnd;
        End = end;
        WeekendMovesEnd = weekendMovesEnd;
        Reason = reason;
        Holiday = holiday;
        HolidaySource = holidaySource;
    }

    /// <summary>Gets the day of the triggering event (signing, receipt); not counted (第二百零一条).</summary>
    public LocalDate EventDate { get; }

    /// <summary>Gets the length of the period, in days, weeks, months or years.</summary>
    public Period Length { get; }

    /// <summary>
    /// Gets the nominal last day: <see cref="EventDate"/> + <see cref="Length"/>; for months and years the corresponding day
    /// of the last month, or the month's last day where there is none (31 January + 1 month = 28 or 29 February, 第二百零二条).
    /// </summary>
    public LocalDate NominalEnd { get; }

    /// <summary>Gets the actual last day (included): <see cref="NominalEnd"/>, or the next day that is not a day off where it moved (第二百零三条).</summary>
    public LocalDate End { get; }

    /// <summary>Gets whether an ordinary Saturday or Sunday moved the last day (the weekend convention used).</summary>
    public bool WeekendMovesEnd { get; }

    /// <summary>Gets why the nominal last day moved: a holiday, a weekend, or <see cref="DeadlineMoveReason.None"/>.</summary>
    public DeadlineMoveReason Reason { get; }

    /// <summary>Gets the first holiday range the last day moved past, or <see langword="null"/> when no holiday moved it.</summary>
    public HolidayRange? Holiday { get; }

    /// <summary>Gets the notice that fixes <see cref="Holiday"/>, or <see langword="null"/>.</summary>
    public string? HolidaySource { get; }

    /// <summary>Gets whether the last day moved past the nominal last day.</summary>
    public bool Moved => End != NominalEnd;

    /// <summary>Gets the number of days the last day moved (0 when it did not).</summary>
    public int DaysMoved => Period.DaysBetween(NominalEnd, End);

    /// <summary>Renders the deadline as <c>2026-09-23 + P10D: 2026-10-03 → 2026-10-08 (国庆节)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string head = $"{HolidayDocumentChecks.Iso(EventDate)} + {Length}: {HolidayDocumentChecks.Iso(NominalEnd)}";
        return Reason switch
        {
            DeadlineMoveReason.Holiday => $"{head} → {HolidayDocumentChecks.Iso(End)} ({Holiday?.Name})",
            DeadlineMoveReason.Weekend => $"{head} → {HolidayDocumentChecks.Iso(End)} (weekend)",
            _ => head,
        };
    }
}
