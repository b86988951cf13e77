using System.Globalization;

namespace Union.Rules.Calendar;

/// <summary>
/// Thrown when a date's kind is asked of a <see cref="HolidayCalendar"/> that has no holiday arrangement for the date's year
/// (缺少节假日安排数据). The calendar never guesses: a year's days off and swapped working days are known only from the
/// State Council's notice for that year.
/// </summary>
/// <remarks>The non-throwing members (<see cref="HolidayCalendar.TryClassify"/>, <see cref="HolidayCalendar.TryIsStatutoryHoliday"/>, <see cref="HolidayCalendar.TryIsWorkingDay"/>,
/// <see cref="LegalPeriods.DeadlineAfter(NodaTime.LocalDate, LegalPeriod, HolidayCalendar, bool)"/>, <see cref="LegalPeriods.WindowOpens(NodaTime.LocalDate, LegalPeriod, HolidayCalendar)"/>) report the missing year instead of throwing.</remarks>
public sealed class HolidayDataMissingException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public HolidayDataMissingException()
        : base("The holiday calendar has no data for the year asked.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public HolidayDataMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HolidayDataMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a year without data; the message names the year.</summary>
    /// <param name="year">The year without data.</param>
    public HolidayDataMissingException(int year)
        : base(MessageFor(year))
    {
        Year = year;
    }

    /// <summary>Gets the year without data, when known.</summary>
    public int? Year { get; }

    /// <summary>The message for a year without data, e.g. "No holiday arrangement is loaded for 2027 ...".</summary>
    /// <param name="year">The year.</param>
    /// <returns>The message, in English.</returns>
    internal static string MessageFor(int year) => string.Create(
        CultureInfo.InvariantCulture,
        $"No holiday arrangement is loaded for {year}: the days off and swapped working days of {year} are fixed by the State Council's notice for {year}, which the calendar does not hold. Add it with HolidayCalendar.With.");
}
