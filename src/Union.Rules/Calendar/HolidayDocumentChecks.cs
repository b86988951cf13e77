using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Validation;

namespace Union.Rules.Calendar;

/// <summary>
/// The structural checks of holiday data (节假日数据结构检查), shared by <see cref="HolidayCalendar.Parse(string?, string?)"/>,
/// <see cref="HolidayCalendar.FromDocument"/> and <see cref="HolidayYear.Create"/>.
/// Paths are property chains (<c>Years[0].Holidays[1].To</c>) that <c>UnionJson.ToJsonPath</c> turns into JSON paths.
/// </summary>
internal static class HolidayDocumentChecks
{
    /// <summary>One problem: a property chain, a message key of <see cref="InputMessages"/> and its arguments.</summary>
    internal readonly record struct HolidayIssue(string Path, string Key, IReadOnlyList<KeyValuePair<string, string>> Arguments)
    {
        /// <summary>Gets the English message.</summary>
        public string Message => InputMessages.Render(Key, Arguments, chinese: false);
    }

    /// <summary>The first year accepted.</summary>
    internal const int MinYear = 1;

    /// <summary>The last year accepted; one below NodaTime's last ISO year so that a deadline may roll into the next year.</summary>
    internal const int MaxYear = 9998;

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static HolidayIssue Issue(string path, string key, params (string Name, object? Value)[] arguments) =>
        new(path, key, InputMessages.Arguments(arguments));

    internal static IEnumerable<HolidayIssue> CheckCalendar(HolidayCalendarDocument document)
    {
        if (document.Years is null)
        {
            yield return Issue("Years", "holiday.yearsMissing");
            yield break;
        }

        if (document.Years.Count == 0)
        {
            yield return Issue("Years", "holiday.yearsEmpty");
        }

        var seen = new Dictionary<int, int>();
        for (int i = 0; i < document.Years.Count; i++)
        {
            string prefix = $"Years[{i}]";
            HolidayYearDocument? year = document.Years[i];
            if (year is null)
            {
                yield return Issue(prefix, "holiday.yearNull");
                continue;
            }

            if (seen.TryGetValue(year.Year, out int first))
            {
                yield return Issue($"{prefix}.Year", "holiday.yearTwice", ("year", year.Year), ("first", first));
            }
            else
            {
                seen.Add(year.Year, i);
            }

            foreach (HolidayIssue issue in CheckYear(year))
            {
                yield return issue with { Path = $"{prefix}.{issue.Path}" };
            }
        }
    }

    internal static IEnumerable<HolidayIssue> CheckYear(HolidayYearDocument year)
    {
        int y = year.Year;
        if (y is < MinYear or > MaxYear)
        {
            yield return Issue("Year", "holiday.yearRange", ("year", y), ("min", MinYear), ("max", MaxYear));
            yield break;
        }

        if (string.IsNullOrWhiteSpace(year.Document))
        {
            yield return Issue("Document", "holiday.document");
        }

        var ranges = new List<(LocalDate From, LocalDate To, int Index)>();
        if (year.Holidays is null)
        {
            yield return Issue("Holidays", "holiday.holidaysMissing");
        }
        else
        {
            for (int i = 0; i < year.Holidays.Count; i++)
            {
                string p = $"Holidays[{i}]";
                HolidayRangeDocument? h = year.Holidays[i];
                if (h is null)
                {
                    yield return Issue(p, "holiday.holidayNull");
                    continue;
                }

                bool ok = true;
                if (h.From.Year != y)
                {
                    ok = false;
                    yield return Issue($"{p}.From", "holiday.notInYear", ("date", Iso(h.From)), ("year", y));
                }

                if (h.To.Year != y)
                {
                    ok = false;
                    yield return Issue($"{p}.To", "holiday.notInYear", ("date", Iso(h.To)), ("year", y));
                }

                if (h.To < h.From)
                {
                    ok = false;
                    yield return Issue($"{p}.To", "holiday.rangeOrder", ("to", Iso(h.To)), ("from", Iso(h.From)));
                }

                if (string.IsNullOrWhiteSpace(h.Name))
                {
                    yield return Issue($"{p}.Name", "holiday.name");
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
                        yield return Issue(p, "holiday.overlap", ("from", Iso(h.From)), ("to", Iso(h.To)), ("index", index), ("otherFrom", Iso(from)), ("otherTo", Iso(to)));
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
            yield return Issue("Workdays", "holiday.workdaysMissing");
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
                    yield return Issue(p, "holiday.dayNotInYear", ("date", Iso(d)), ("year", y));
                }
                else if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    yield return Issue(p, "holiday.workdayNotWeekend", ("date", Iso(d)), ("weekday", d.DayOfWeek.ToString()));
                }
                else if (InRange(d))
                {
                    yield return Issue(p, "holiday.workdayInRange", ("date", Iso(d)));
                }
                else if (!seen.Add(d))
                {
                    yield return Issue(p, "holiday.listedTwice", ("date", Iso(d)));
                }
            }
        }

        if (year.StatutoryDays is null)
        {
            yield return Issue("StatutoryDays", "holiday.statutoryMissing");
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
                    yield return Issue(p, "holiday.dayNotInYear", ("date", Iso(d)), ("year", y));
                }
                else if (year.Holidays is not null && !InRange(d))
                {
                    yield return Issue(p, "holiday.statutoryNotOff", ("date", Iso(d)));
                }
                else if (!seen.Add(d))
                {
                    yield return Issue(p, "holiday.listedTwice", ("date", Iso(d)));
                }
            }
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> listing the issues, when there are any.</summary>
    internal static void ThrowIfAny(IEnumerable<HolidayIssue> issues, string paramName)
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
