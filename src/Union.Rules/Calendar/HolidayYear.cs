using System.Collections.Frozen;
using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// One year's holiday arrangement (年度节假日安排): the State Council notice (国务院办公厅关于某年部分节假日安排的通知),
/// its days off, its swapped working days and the statutory holiday days of 全国年节及纪念日放假办法.
/// </summary>
/// <remarks>
/// <para>Every date belongs to <see cref="Year"/>. A range that crosses the new year (元旦 2022-12-31 to 2023-01-02)
/// is given as one range in each year, with the same name.</para>
/// <para>The days off (<see cref="Holidays"/>) are the days that move the last day of a period (民法典 第二百零三条).
/// The statutory days (<see cref="StatutoryDays"/>, 13 a year from 2025) are the days whose overtime earns 300 %
/// (劳动法 第四十四条); the other days off of a range are shifted rest days (200 %).</para>
/// <para>Instances are immutable; lists are in ascending date order.</para>
/// </remarks>
public sealed class HolidayYear
{
    private readonly FrozenDictionary<LocalDate, HolidayRange> _daysOff;
    private readonly FrozenSet<LocalDate> _workdays;
    private readonly FrozenSet<LocalDate> _statutory;

    private HolidayYear(int year, string document, string? note, IReadOnlyList<HolidayRange> holidays, IReadOnlyList<LocalDate> workdays, IReadOnlyList<LocalDate> statutoryDays)
    {
        Year = year;
        Document = document;
        Note = note;
        Holidays = holidays;
        Workdays = workdays;
        StatutoryDays = statutoryDays;
        _daysOff = holidays.SelectMany(h => h.Dates.Select(d => (Date: d, Range: h))).ToFrozenDictionary(x => x.Date, x => x.Range);
        _workdays = workdays.ToFrozenSet();
        _statutory = statutoryDays.ToFrozenSet();
    }

    /// <summary>Gets the calendar year.</summary>
    public int Year { get; }

    /// <summary>Gets the notice that fixes the arrangement (document number and title), the source of the data.</summary>
    public string Document { get; }

    /// <summary>Gets a remark on how the data was obtained where the notice does not state it, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the days off (放假), as ranges in ascending order, none overlapping.</summary>
    public IReadOnlyList<HolidayRange> Holidays { get; }

    /// <summary>Gets the swapped working days (调休上班日): Saturdays and Sundays worked, in ascending order.</summary>
    public IReadOnlyList<LocalDate> Workdays { get; }

    /// <summary>Gets the statutory holiday days (法定节假日, 300 % overtime), in ascending order; each is a day off.</summary>
    public IReadOnlyList<LocalDate> StatutoryDays { get; }

    /// <summary>Creates a year's arrangement, checking its structure.</summary>
    /// <param name="year">The calendar year, 1 to 9998.</param>
    /// <param name="document">The notice that fixes the arrangement; not blank.</param>
    /// <param name="holidays">The days off; inside <paramref name="year"/>, not overlapping.</param>
    /// <param name="workdays">The swapped working days: Saturdays or Sundays in <paramref name="year"/>, outside the days off, each once.</param>
    /// <param name="statutoryDays">The statutory holiday days: inside the days off, each once.</param>
    /// <param name="note">A remark on how the data was obtained, or <see langword="null"/>.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentException">The data breaks one of the conditions above; the message names each problem.</exception>
    public static HolidayYear Create(int year, string document, IEnumerable<HolidayRange> holidays, IEnumerable<LocalDate> workdays, IEnumerable<LocalDate> statutoryDays, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(workdays);
        ArgumentNullException.ThrowIfNull(statutoryDays);
        var ranges = holidays.ToArray();
        if (Array.Exists(ranges, r => r is null))
        {
            throw new ArgumentException("A holiday range is null.", nameof(holidays));
        }

        return FromDocument(new HolidayYearDocument(
            year,
            document,
            ranges.Select(r => new HolidayRangeDocument(r.From, r.To, r.Name)).ToArray(),
            workdays.ToArray(),
            statutoryDays.ToArray(),
            note));
    }

    /// <summary>Creates a year's arrangement from its JSON form, checking its structure as <see cref="Create"/> does.</summary>
    /// <param name="document">The year's document.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentException">The document is not structurally valid; the message names each problem by its path.</exception>
    public static HolidayYear FromDocument(HolidayYearDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        HolidayDocumentChecks.ThrowIfAny(HolidayDocumentChecks.CheckYear(document), nameof(document));
        return FromCheckedDocument(document);
    }

    /// <summary>Gets the JSON form of this year.</summary>
    /// <returns>The document.</returns>
    public HolidayYearDocument ToDocument() => new(
        Year,
        Document,
        Holidays.Select(h => new HolidayRangeDocument(h.From, h.To, h.Name)).ToArray(),
        Workdays,
        StatutoryDays,
        Note);

    /// <summary>The holiday range that contains <paramref name="date"/>, or <see langword="null"/> when the date is not a day off.</summary>
    /// <param name="date">A date in <see cref="Year"/>.</param>
    /// <returns>The range, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in <see cref="Year"/>.</exception>
    public HolidayRange? FindHoliday(LocalDate date)
    {
        CheckYear(date);
        return _daysOff.GetValueOrDefault(date);
    }

    /// <summary>Classifies <paramref name="date"/>: a day off of a holiday, a swapped working day, an ordinary weekend day or an ordinary working day.</summary>
    /// <param name="date">A date in <see cref="Year"/>.</param>
    /// <returns>The kind of day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in <see cref="Year"/>.</exception>
    public DayKind Classify(LocalDate date)
    {
        CheckYear(date);
        if (_daysOff.ContainsKey(date))
        {
            return DayKind.Holiday;
        }

        if (_workdays.Contains(date))
        {
            return DayKind.SwappedWorkingDay;
        }

        return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.Weekend : DayKind.WorkingDay;
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a working day (工作日) under this arrangement: an ordinary Monday to Friday that is
    /// not a day off of a holiday range, or a swapped working day (调休上班日) on a Saturday or Sunday.
    /// </summary>
    /// <remarks>A weekday inside a holiday range is not a working day even where it is not a statutory day (the shifted rest
    /// days, e.g. Friday 2026-02-20 and Monday 2026-02-23 of 春节): nobody works it.</remarks>
    /// <param name="date">A date in <see cref="Year"/>.</param>
    /// <returns><see langword="true"/> when the date is <see cref="DayKind.WorkingDay"/> or <see cref="DayKind.SwappedWorkingDay"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in <see cref="Year"/>.</exception>
    public bool IsWorkingDay(LocalDate date) => Classify(date) is DayKind.WorkingDay or DayKind.SwappedWorkingDay;

    /// <summary>Whether <paramref name="date"/> is a statutory holiday day (法定节假日, 300 % overtime).</summary>
    /// <param name="date">A date in <see cref="Year"/>.</param>
    /// <returns><see langword="true"/> when the date is one of <see cref="StatutoryDays"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not in <see cref="Year"/>.</exception>
    public bool IsStatutoryDay(LocalDate date)
    {
        CheckYear(date);
        return _statutory.Contains(date);
    }

    /// <summary>Renders the year as <c>2026 (国办发明电〔2025〕7号 ...)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Year} ({Document})";

    /// <summary>Builds a year from a document that passed <see cref="HolidayDocumentChecks.CheckYear"/>.</summary>
    internal static HolidayYear FromCheckedDocument(HolidayYearDocument document) => new(
        document.Year,
        document.Document,
        document.Note,
        document.Holidays.Select(h => HolidayRange.Create(h.From, h.To, h.Name)).OrderBy(h => h.From).ToArray(),
        document.Workdays.Order().ToArray(),
        document.StatutoryDays.Order().ToArray());

    private void CheckYear(LocalDate date)
    {
        if (date.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(date), $"{HolidayDocumentChecks.Iso(date)} is not in {Year}.");
        }
    }
}
