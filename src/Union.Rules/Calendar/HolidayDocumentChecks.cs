using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Union.Rules.Calendar;

/// <summary>
/// The structural checks of holiday data (节假日数据结构检查), shared by <see cref="HolidayCalendar.Parse"/>,
/// <see cref="HolidayCalendar.FromDocument"/> and <see cref="HolidayYear.Create"/>.
/// Paths are property chains (<c>Years[0].Holidays[1].To</c>) that <c>UnionJson.ToJsonPath</c> turns into JSON paths.
/// </summary>
internal static class HolidayDocumentChecks
{
    /// <summary>The first year accepted.</summary>
    internal const int MinYear = 1;

    /// <summary>The last year accepted; one below NodaTime's last ISO year so that a deadline may roll into the next year.</summary>
    internal const int MaxYear = 9998;

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static IEnumerable<(string Path, string Message)> CheckCalendar(HolidayCalendarDocument document)
    {
        if (document.Years is null)
        {
            yield return ("Years", "The list of years is missing.");
            yield break;
        }

        if (document.Years.Count == 0)
        {
            yield return ("Years", "The list of years is empty; give at least one year.");
        }

        var seen = new Dictionary<int, int>();
        for (int i = 0; i < document.Years.Count; i++)
        {
            string prefix = $"Years[{i}]";
            HolidayYearDocument? year = document.Years[i];
            if (year is null)
            {
                yield return (prefix, "The year is null; expected an object.");
                continue;
            }

            if (seen.TryGetValue(year.Year, out int first))
            {
                yield return ($"{prefix}.Year", $"The year {year.Year} is given twice (also at years[{first}]).");
            }
            else
            {
                seen.Add(year.Year, i);
            }

            foreach ((string path, string message) in CheckYear(year))
            {
                yield return ($"{prefix}.{path}", message);
            }
        }
    }

    internal static IEnumerable<(string Path, string Message)> CheckYear(HolidayYearDocument year)
    {
        int y = year.Year;
        if (y is < MinYear or > MaxYear)
        {
            yield return ("Year", $"The year {y} is outside {MinYear}-{MaxYear}.");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(year.Document))
        {
            yield return ("Document", "The document (the State Council notice that fixes the arrangement) is missing.");
        }

        var ranges = new List<(LocalDate From, LocalDate To, int Index)>();
        if (year.Holidays is null)
        {
            yield return ("Holidays", "The list of holidays is missing; give [] for a year without days off.");
        }
        else
        {
            for (int i = 0; i < year.Holidays.Count; i++)
            {
                string p = $"Holidays[{i}]";
                HolidayRangeDocument? h = year.Holidays[i];
                if (h is null)
                {
                    yield return (p, "The holiday is null; expected an object with from, to and name.");
                    continue;
                }

                bool ok = true;
                if (h.From.Year != y)
                {
                    ok = false;
                    yield return ($"{p}.From", $"{Iso(h.From)} is not in {y}; a range that crosses the new year is given as one range in each year.");
                }

                if (h.To.Year != y)
                {
                    ok = false;
                    yield return ($"{p}.To", $"{Iso(h.To)} is not in {y}; a range that crosses the new year is given as one range in each year.");
                }

                if (h.To < h.From)
                {
                    ok = false;
                    yield return ($"{p}.To", $"The last day off {Iso(h.To)} is before the first day off {Iso(h.From)}.");
                }

                if (string.IsNullOrWhiteSpace(h.Name))
                {
                    yield return ($"{p}.Name", "The holiday's name is missing.");
                }

                if (!ok)
                {
                    continue;
                }

                foreach ((LocalDate from, LocalDate to, int index) in ranges)
                {
                    if (h.From <= to && from <= h.To)
                    {
                        ok = false;
                        yield return (p, $"The range {Iso(h.From)} to {Iso(h.To)} overlaps holidays[{index}] ({Iso(from)} to {Iso(to)}).");
                        break;
                    }
                }

                if (ok)
                {
                    ranges.Add((h.From, h.To, i));
                }
            }
        }

        bool InRange(LocalDate d) => ranges.Exists(r => r.From <= d && d <= r.To);

        if (year.Workdays is null)
        {
            yield return ("Workdays", "The list of swapped working days is missing; give [] when there are none.");
        }
        else
        {
            var seen = new HashSet<LocalDate>();
            for (int i = 0; i < year.Workdays.Count; i++)
            {
                string p = $"Workdays[{i}]";
                LocalDate d = year.Workdays[i];
                if (d.Year != y)
                {
                    yield return (p, $"{Iso(d)} is not in {y}.");
                }
                else if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    yield return (p, $"{Iso(d)} is a {d.DayOfWeek}; a swapped working day (调休上班日) is a Saturday or Sunday worked.");
                }
                else if (InRange(d))
                {
                    yield return (p, $"{Iso(d)} is also inside a holiday range; a day cannot be both a day off and a working day.");
                }
                else if (!seen.Add(d))
                {
                    yield return (p, $"{Iso(d)} is listed twice.");
                }
            }
        }

        if (year.StatutoryDays is null)
        {
            yield return ("StatutoryDays", "The list of statutory holiday days is missing; give [] when there are none.");
        }
        else
        {
            var seen = new HashSet<LocalDate>();
            for (int i = 0; i < year.StatutoryDays.Count; i++)
            {
                string p = $"StatutoryDays[{i}]";
                LocalDate d = year.StatutoryDays[i];
                if (d.Year != y)
                {
                    yield return (p, $"{Iso(d)} is not in {y}.");
                }
                else if (year.Holidays is not null && !InRange(d))
                {
                    yield return (p, $"{Iso(d)} is not inside any holiday range; a statutory holiday day is a day off.");
                }
                else if (!seen.Add(d))
                {
                    yield return (p, $"{Iso(d)} is listed twice.");
                }
            }
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing the issues, when there are any.</summary>
    internal static void ThrowIfAny(IEnumerable<(string Path, string Message)> issues, string paramName)
    {
        var list = issues.Select(i => $"{Union.Domain.Serialization.UnionJson.ToJsonPath(i.Path)}: {i.Message}").ToList();
        if (list.Count > 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The holiday data is not valid: {string.Join("; ", list)}"),
                paramName);
        }
    }
}
