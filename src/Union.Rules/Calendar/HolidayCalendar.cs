using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Rules.Serialization;

namespace Union.Rules.Calendar;

/// <summary>
/// The legal holiday calendar (法定节假日日历): the State Council's yearly holiday arrangements, each year with its days off,
/// its swapped working days (调休上班日) and its statutory holiday days.
/// </summary>
/// <remarks>
/// <para>A calendar answers only for the years it holds. For any other year it never guesses: the <c>Try</c> members
/// return <see langword="false"/>, the others throw <see cref="HolidayDataMissingException"/> naming the year.</para>
/// <para><see cref="Embedded"/> holds the arrangements shipped with the library (2025 and 2026);
/// <see cref="With(IEnumerable{HolidayYear})"/> adds or replaces years, e.g. from a caller's document read with <see cref="Parse(string?, string?)"/>.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class HolidayCalendar
{
    /// <summary>The logical name of the embedded holiday document.</summary>
    internal const string EmbeddedResourceName = "Union.Rules.Calendar.holidays.json";

    private static readonly Lazy<HolidayCalendar> EmbeddedCalendar = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<int, HolidayYear> _years;

    private HolidayCalendar(FrozenDictionary<int, HolidayYear> years)
    {
        _years = years;
        HolidayYears = years.Values.OrderBy(y => y.Year).ToArray();
        Years = HolidayYears.Select(y => y.Year).ToArray();
    }

    /// <summary>Gets a calendar with no years: every date is unknown.</summary>
    public static HolidayCalendar Empty { get; } = new(FrozenDictionary<int, HolidayYear>.Empty);

    /// <summary>
    /// Gets the calendar shipped with the library (内置节假日日历), read once from the embedded <c>holidays.json</c>:
    /// the arrangements for 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号).
    /// </summary>
    public static HolidayCalendar Embedded => EmbeddedCalendar.Value;

    /// <summary>Gets the years held, in ascending order.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Gets the arrangements held, in ascending order of year.</summary>
    public IReadOnlyList<HolidayYear> HolidayYears { get; }

    /// <summary>Creates a calendar from years.</summary>
    /// <param name="years">The years, each once.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">A year is given twice, or an element is null.</exception>
    public static HolidayCalendar Create(IEnumerable<HolidayYear> years) => Empty.With(years);

    /// <summary>Creates a calendar from its JSON form, checking its structure.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">The document is not structurally valid; the message names each problem by its JSON path.</exception>
    public static HolidayCalendar FromDocument(HolidayCalendarDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        HolidayDocumentChecks.ThrowIfAny(HolidayDocumentChecks.CheckCalendar(document), nameof(document));
        return FromCheckedDocument(document);
    }

    /// <summary>
    /// Reads a caller's holiday document (the format of the embedded <c>holidays.json</c>) and checks its structure.
    /// Never throws for bad input.
    /// </summary>
    /// <param name="json">The JSON text: <c>{ "description": ..., "years": [ { "year", "document", "holidays": [ { "from", "to", "name" } ], "workdays", "statutoryDays", "note"? } ] }</c>.</param>
    /// <param name="source">A name for the source, e.g. the file name, copied into each issue.</param>
    /// <returns>
    /// The calendar of the document's years alone (combine it with <see cref="Embedded"/> through <see cref="With(HolidayCalendar)"/>),
    /// or the issues, each naming its JSON path (<c>$.years[0].holidays[1].to</c>): unknown properties, dates that do not exist,
    /// a range that ends before it starts, dates outside their year, overlapping ranges, a swapped working day that is not a
    /// Saturday or Sunday, a statutory day that is not a day off, a year given twice.
    /// </returns>
    public static DocumentResult<HolidayCalendar> Parse(string? json, string? source = null)
    {
        DocumentResult<HolidayCalendarDocument> read = UnionJson.Read(json, RulesJsonContext.Default.HolidayCalendarDocument, HolidayCalendarDocumentValidator.Instance, source);
        return read.IsValid ? DocumentResult.Success(FromCheckedDocument(read.Value)) : DocumentResult.Failure<HolidayCalendar>(read.Issues);
    }

    /// <summary>Reads a caller's holiday document from UTF-8 bytes (a file's content; a byte order mark is allowed), as <see cref="Parse(string?, string?)"/> reads text.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">A name for the source, copied into each issue.</param>
    /// <returns>The calendar of the document's years alone, or the issues; bytes that are not UTF-8 are an issue.</returns>
    public static DocumentResult<HolidayCalendar> Parse(ReadOnlySpan<byte> utf8, string? source = null)
    {
        DocumentResult<HolidayCalendarDocument> read = UnionJson.Read(utf8, RulesJsonContext.Default.HolidayCalendarDocument, HolidayCalendarDocumentValidator.Instance, source);
        return read.IsValid ? DocumentResult.Success(FromCheckedDocument(read.Value)) : DocumentResult.Failure<HolidayCalendar>(read.Issues);
    }

    /// <summary>Gets the JSON form of this calendar.</summary>
    /// <param name="description">The document's description, or <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public HolidayCalendarDocument ToDocument(string? description = null) => new(HolidayYears.Select(y => y.ToDocument()).ToArray(), description);

    /// <summary>Returns a calendar with <paramref name="years"/> added; a year already held is replaced by the one given.</summary>
    /// <param name="years">The years, each once.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">A year is given twice in <paramref name="years"/>, or an element is null.</exception>
    public HolidayCalendar With(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var added = new Dictionary<int, HolidayYear>();
        foreach (HolidayYear year in years)
        {
            if (year is null)
            {
                throw new ArgumentException("A holiday year is null.", nameof(years));
            }

            if (!added.TryAdd(year.Year, year))
            {
                throw new ArgumentException($"The year {year.Year} is given twice.", nameof(years));
            }
        }

        var merged = new Dictionary<int, HolidayYear>(_years);
        foreach ((int key, HolidayYear value) in added)
        {
            merged[key] = value;
        }

        return new HolidayCalendar(merged.ToFrozenDictionary());
    }

    /// <summary>Returns a calendar with the years of <paramref name="other"/> added; a year held by both is taken from <paramref name="other"/>.</summary>
    /// <param name="other">The calendar whose years win.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    public HolidayCalendar With(HolidayCalendar other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return With(other.HolidayYears);
    }

    /// <summary>Whether the calendar holds the arrangement for <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when the year's data is held.</returns>
    public bool HasYear(int year) => _years.ContainsKey(year);

    /// <summary>Gets the arrangement for <paramref name="year"/>, when held.</summary>
    /// <param name="year">The year.</param>
    /// <param name="holidayYear">The arrangement, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the year's data is held.</returns>
    public bool TryGetYear(int year, [NotNullWhen(true)] out HolidayYear? holidayYear) => _years.TryGetValue(year, out holidayYear);

    /// <summary>Classifies <paramref name="date"/> under its year's arrangement.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kind of day.</returns>
    /// <exception cref="HolidayDataMissingException">The calendar has no data for the date's year; the message names the year.</exception>
    public DayKind Classify(LocalDate date) => Require(date.Year).Classify(date);

    /// <summary>Classifies <paramref name="date"/> under its year's arrangement, without guessing for a year without data.</summary>
    /// <param name="date">The date.</param>
    /// <param name="kind">The kind of day; <see cref="DayKind.WorkingDay"/> (meaningless) when the year has no data.</param>
    /// <returns><see langword="false"/> when the calendar has no data for the date's year.</returns>
    public bool TryClassify(LocalDate date, out DayKind kind)
    {
        if (_years.TryGetValue(date.Year, out HolidayYear? year))
        {
            kind = year.Classify(date);
            return true;
        }

        kind = default;
        return false;
    }

    /// <summary>Whether <paramref name="date"/> is a statutory holiday day (法定节假日, 300 % overtime under 劳动法 第四十四条).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the date is one of its year's statutory days; shifted rest days inside a holiday are not.</returns>
    /// <exception cref="HolidayDataMissingException">The calendar has no data for the date's year; the message names the year.</exception>
    public bool IsStatutoryHoliday(LocalDate date) => Require(date.Year).IsStatutoryDay(date);

    /// <summary>Whether <paramref name="date"/> is a statutory holiday day, without guessing for a year without data.</summary>
    /// <param name="date">The date.</param>
    /// <param name="isStatutory">Whether the date is a statutory holiday day; <see langword="false"/> (meaningless) when the year has no data.</param>
    /// <returns><see langword="false"/> when the calendar has no data for the date's year.</returns>
    public bool TryIsStatutoryHoliday(LocalDate date, out bool isStatutory)
    {
        if (_years.TryGetValue(date.Year, out HolidayYear? year))
        {
            isStatutory = year.IsStatutoryDay(date);
            return true;
        }

        isStatutory = false;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a working day (工作日), without guessing for a year without data: an ordinary
    /// Monday to Friday that is not a day off of its year's holiday ranges, or a swapped working day (调休上班日) on a weekend.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="isWorkingDay">Whether the date is a working day; <see langword="false"/> (meaningless) when the year has no data.</param>
    /// <returns><see langword="false"/> when the calendar has no data for the date's year.</returns>
    /// <seealso cref="HolidayYear.IsWorkingDay"/>
    public bool TryIsWorkingDay(LocalDate date, out bool isWorkingDay)
    {
        if (_years.TryGetValue(date.Year, out HolidayYear? year))
        {
            isWorkingDay = year.IsWorkingDay(date);
            return true;
        }

        isWorkingDay = false;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a working day (工作日): <see langword="true"/> or <see langword="false"/> as
    /// <see cref="TryIsWorkingDay"/> says, or <see langword="null"/> when the calendar has no data for the date's year.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date is a working day, or <see langword="null"/> when unknown.</returns>
    public bool? IsWorkingDay(LocalDate date) => TryIsWorkingDay(date, out bool working) ? working : null;

    /// <summary>The holiday range that contains <paramref name="date"/>, or <see langword="null"/> when the date is not a day off.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The range, or <see langword="null"/>.</returns>
    /// <exception cref="HolidayDataMissingException">The calendar has no data for the date's year; the message names the year.</exception>
    public HolidayRange? FindHoliday(LocalDate date) => Require(date.Year).FindHoliday(date);

    /// <summary>Renders the calendar as the list of its years.</summary>
    /// <returns>The text, e.g. <c>HolidayCalendar [2025, 2026]</c>.</returns>
    public override string ToString() => $"HolidayCalendar [{string.Join(", ", Years)}]";

    private static HolidayCalendar FromCheckedDocument(HolidayCalendarDocument document) =>
        new(document.Years.Select(HolidayYear.FromCheckedDocument).ToFrozenDictionary(y => y.Year));

    /// <summary>Reads the embedded <c>holidays.json</c>; <see cref="Embedded"/> does it once, and a test can do it again to check the document.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing or its data is not valid.</exception>
    internal static HolidayCalendar LoadEmbedded()
    {
        using Stream stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {EmbeddedResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        DocumentResult<HolidayCalendar> result = Parse(reader.ReadToEnd(), "holidays.json");
        return result.IsValid
            ? result.Value
            : throw new InvalidOperationException($"The embedded holiday data is not valid: {string.Join("; ", result.Issues)}");
    }

    private HolidayYear Require(int year) =>
        _years.TryGetValue(year, out HolidayYear? data) ? data : throw new HolidayDataMissingException(year);
}
