using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Union.Rules.CollectiveContracts;

/// <summary>
/// Counts the deadlines of the collective-contract rules the way 民法典 第二百零一条至第二百零三条 count them: the start day
/// excluded; a last day on a statutory holiday moves to the day after the holiday ends; an ordinary weekend moves it too
/// when the profile says so; a year without holiday data is never guessed.
/// </summary>
/// <remarks>
/// An interim seam over the embedded holiday data (<c>Calendar/Data/holidays.json</c>) until the shared legal calendar
/// (<c>Union.Rules.Calendar.LegalPeriods</c>) is on main; the rules call only <see cref="TryDeadlineAfter"/>.
/// </remarks>
internal static class ContractCalendar
{
    private static readonly Lazy<(FrozenSet<LocalDate> DaysOff, FrozenSet<LocalDate> Workdays, FrozenSet<int> Years)> Data = new(Load);

    /// <summary>Computes the last day of a period of <paramref name="days"/> days after <paramref name="eventDate"/>.</summary>
    /// <param name="eventDate">The triggering day (excluded).</param>
    /// <param name="days">The length in days.</param>
    /// <param name="weekendMovesEnd">Whether an ordinary Saturday or Sunday moves the last day.</param>
    /// <param name="due">The last day of the period.</param>
    /// <param name="missingYear">The year without holiday data, when the result is <see langword="false"/>.</param>
    /// <returns>Whether the period could be counted.</returns>
    internal static bool TryDeadlineAfter(LocalDate eventDate, int days, bool weekendMovesEnd, out LocalDate due, out int missingYear)
    {
        var (daysOff, workdays, years) = Data.Value;
        LocalDate d = eventDate.PlusDays(days);
        missingYear = 0;
        for (int guard = 0; guard < 60; guard++)
        {
            if (!years.Contains(d.Year))
            {
                due = d;
                missingYear = d.Year;
                return false;
            }

            bool weekend = d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            bool moves = daysOff.Contains(d) || (weekendMovesEnd && weekend && !workdays.Contains(d));
            if (!moves)
            {
                due = d;
                return true;
            }

            d = d.PlusDays(1);
        }

        due = d;
        return true;
    }

    private static (FrozenSet<LocalDate>, FrozenSet<LocalDate>, FrozenSet<int>) Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Union.Rules.Calendar.holidays.json")
            ?? throw new InvalidOperationException("The embedded holiday data is missing.");
        using JsonDocument doc = JsonDocument.Parse(stream);
        var off = new HashSet<LocalDate>();
        var work = new HashSet<LocalDate>();
        var years = new HashSet<int>();
        foreach (JsonProperty year in doc.RootElement.GetProperty("years").EnumerateObject())
        {
            years.Add(int.Parse(year.Name, System.Globalization.CultureInfo.InvariantCulture));
            foreach (JsonElement range in year.Value.GetProperty("holidays").EnumerateArray())
            {
                LocalDate from = LocalDatePattern.Iso.Parse(range[0].GetString()!).Value;
                LocalDate to = LocalDatePattern.Iso.Parse(range[1].GetString()!).Value;
                for (LocalDate d = from; d <= to; d = d.PlusDays(1))
                {
                    off.Add(d);
                }
            }

            foreach (JsonElement w in year.Value.GetProperty("workdays").EnumerateArray())
            {
                work.Add(LocalDatePattern.Iso.Parse(w.GetString()!).Value);
            }
        }

        return (off.ToFrozenSet(), work.ToFrozenSet(), years.ToFrozenSet());
    }
}
