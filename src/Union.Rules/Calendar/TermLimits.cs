using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>The last day of a term of a number of years read from the data (a contract's or an agreement's shortest, longest or usual term).</summary>
internal static class TermLimits
{
    /// <summary>
    /// The last day (included) of a term of <paramref name="years"/> years from <paramref name="start"/>, by
    /// <see cref="LegalPeriods.TermEnd(LocalDate, Period)"/>: whole years as years, a fraction as whole months (half a year: six months).
    /// </summary>
    /// <param name="start">The term's first day (included).</param>
    /// <param name="years">The length in years.</param>
    /// <returns>The last day; <see langword="null"/> for no length (zero or less, e.g. a text that sets no minimum), a length under one month, or a last day past the calendar's range.</returns>
    internal static LocalDate? LastDay(LocalDate start, decimal years)
    {
        if (years <= 0m || start.Year + years >= 9999m)
        {
            return null;
        }

        Period length = decimal.IsInteger(years) ? Period.FromYears((int)years) : Period.FromMonths((int)decimal.Round(years * 12m, MidpointRounding.AwayFromZero));
        return length.Months == 0 && length.Years == 0 ? null : LegalPeriods.TermEnd(start, length);
    }
}
