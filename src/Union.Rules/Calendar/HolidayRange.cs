using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// A holiday range (放假日期区间): the consecutive days off that a State Council notice fixes for one holiday,
/// e.g. 国庆节 2026-10-01 to 2026-10-07, both ends included.
/// </summary>
/// <remarks>
/// <para>The range holds every day off of the holiday: the statutory holiday days (法定节假日) and the rest days
/// shifted next to them (调休休息日). Which days are statutory is kept separately by <see cref="HolidayYear.StatutoryDays"/>.</para>
/// <para>Equality compares the dates and the name. Instances are immutable.</para>
/// </remarks>
public sealed record HolidayRange
{
    private HolidayRange(DateInterval dates, string name)
    {
        Dates = dates;
        Name = name;
    }

    /// <summary>Gets the days off, both ends included.</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets the first day off.</summary>
    public LocalDate From => Dates.Start;

    /// <summary>Gets the last day off (included).</summary>
    public LocalDate To => Dates.End;

    /// <summary>Gets the holiday's name as the notice gives it, e.g. 国庆节.</summary>
    public string Name { get; }

    /// <summary>Gets the number of days off in the range.</summary>
    public int Length => Dates.Length;

    /// <summary>Creates a range.</summary>
    /// <param name="from">The first day off.</param>
    /// <param name="to">The last day off (included); not before <paramref name="from"/>.</param>
    /// <param name="name">The holiday's name; not blank.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>, or the name is blank.</exception>
    public static HolidayRange Create(LocalDate from, LocalDate to, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (to < from)
        {
            throw new ArgumentException($"The last day off {HolidayDocumentChecks.Iso(to)} is before the first day off {HolidayDocumentChecks.Iso(from)}.", nameof(to));
        }

        return new HolidayRange(new DateInterval(from, to), name);
    }

    /// <summary>Whether <paramref name="date"/> is one of the days off of this range.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ <paramref name="date"/> ≤ <see cref="To"/>.</returns>
    public bool Contains(LocalDate date) => Dates.Contains(date);

    /// <summary>Renders the range as <c>国庆节 2026-10-01..2026-10-07</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} {HolidayDocumentChecks.Iso(From)}..{HolidayDocumentChecks.Iso(To)}";
}
