using NodaTime;
using Union.Domain.Validation;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

/// <summary>
/// A calendar and its years hold their lists in ascending order whatever order the data gives them in, answer for the years
/// they hold and for no other, and say so in their text.
/// </summary>
public sealed class HolidayYearOrderTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>A fictitious 2030: 劳动节 before 元旦, swapped working days and statutory days listed latest first.</summary>
    private static HolidayYear OutOfOrder2030() => HolidayYear.Create(
        2030,
        "test data, not a State Council notice",
        [HolidayRange.Create(D(2030, 5, 1), D(2030, 5, 5), "劳动节"), HolidayRange.Create(D(2030, 1, 1), D(2030, 1, 1), "元旦")],
        [D(2030, 5, 11), D(2030, 4, 28)],
        [D(2030, 5, 2), D(2030, 1, 1), D(2030, 5, 1)],
        "given out of order");

    [Fact]
    public void A_years_lists_given_out_of_order_are_held_in_ascending_order()
    {
        HolidayYear year = OutOfOrder2030();

        Assert.Equal(["元旦", "劳动节"], year.Holidays.Select(h => h.Name));
        Assert.Equal([D(2030, 4, 28), D(2030, 5, 11)], year.Workdays);
        Assert.Equal([D(2030, 1, 1), D(2030, 5, 1), D(2030, 5, 2)], year.StatutoryDays);
        Assert.Equal("given out of order", year.Note);
        Assert.Equal("test data, not a State Council notice", year.Document);
    }

    [Fact]
    public void A_document_read_from_JSON_with_its_lists_out_of_order_is_held_in_ascending_order()
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse("""
            { "years": [
              { "year": 2030, "document": "b", "holidays": [ { "from": "2030-05-01", "to": "2030-05-05", "name": "劳动节" }, { "from": "2030-01-01", "to": "2030-01-01", "name": "元旦" } ],
                "workdays": [ "2030-05-11", "2030-04-28" ], "statutoryDays": [ "2030-05-02", "2030-01-01" ] },
              { "year": 2029, "document": "a", "holidays": [], "workdays": [], "statutoryDays": [] } ] }
            """);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal([2029, 2030], result.Value.Years);
        Assert.Equal([2029, 2030], result.Value.HolidayYears.Select(y => y.Year));
        HolidayYear year = result.Value.HolidayYears[1];
        Assert.Equal([D(2030, 1, 1), D(2030, 5, 1)], year.Holidays.Select(h => h.From));
        Assert.Equal([D(2030, 4, 28), D(2030, 5, 11)], year.Workdays);
        Assert.Equal([D(2030, 1, 1), D(2030, 5, 2)], year.StatutoryDays);
    }

    [Fact]
    public void A_calendar_lists_its_years_in_ascending_order_whatever_order_they_are_added_in()
    {
        HolidayYear y2031 = HolidayYear.Create(2031, "c", [], [], []);
        HolidayYear y2029 = HolidayYear.Create(2029, "a", [], [], []);
        HolidayCalendar calendar = HolidayCalendar.Create([y2031, OutOfOrder2030(), y2029]);

        Assert.Equal([2029, 2030, 2031], calendar.Years);
        Assert.Equal([2029, 2030, 2031], calendar.HolidayYears.Select(y => y.Year));
        Assert.Equal("HolidayCalendar [2029, 2030, 2031]", calendar.ToString());
        Assert.Equal([2029, 2030, 2031], calendar.ToDocument("copy").Years.Select(y => y.Year));
        Assert.Equal("copy", calendar.ToDocument("copy").Description);
        Assert.Equal("HolidayCalendar []", HolidayCalendar.Empty.ToString());
    }

    [Fact]
    public void A_year_written_back_as_a_document_keeps_every_field()
    {
        HolidayYearDocument doc = OutOfOrder2030().ToDocument();

        Assert.Equal(2030, doc.Year);
        Assert.Equal("test data, not a State Council notice", doc.Document);
        Assert.Equal("given out of order", doc.Note);
        Assert.Equal([new HolidayRangeDocument(D(2030, 1, 1), D(2030, 1, 1), "元旦"), new HolidayRangeDocument(D(2030, 5, 1), D(2030, 5, 5), "劳动节")], doc.Holidays);
        Assert.Equal([D(2030, 4, 28), D(2030, 5, 11)], doc.Workdays);
        Assert.Equal([D(2030, 1, 1), D(2030, 5, 1), D(2030, 5, 2)], doc.StatutoryDays);
        Assert.Equal("2030 (test data, not a State Council notice)", OutOfOrder2030().ToString());
    }

    [Fact]
    public void A_year_answers_only_for_its_own_dates()
    {
        HolidayYear year = OutOfOrder2030();

        Assert.Throws<ArgumentOutOfRangeException>(() => year.Classify(D(2031, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => year.FindHoliday(D(2029, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => year.IsStatutoryDay(D(2031, 5, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => year.IsWorkingDay(D(2031, 1, 2)));
        Assert.Equal("劳动节", year.FindHoliday(D(2030, 5, 5))!.Name);
        Assert.Null(year.FindHoliday(D(2030, 5, 6)));
        Assert.True(year.IsStatutoryDay(D(2030, 5, 2)));
        Assert.False(year.IsStatutoryDay(D(2030, 5, 3)));
    }

    [Fact]
    public void A_null_range_or_year_is_refused()
    {
        Assert.Throws<ArgumentException>(() => HolidayYear.Create(2030, "x", [HolidayRange.Create(D(2030, 1, 1), D(2030, 1, 1), "元旦"), null!], [], []));
        Assert.Throws<ArgumentException>(() => HolidayCalendar.Empty.With([OutOfOrder2030(), null!]));
        Assert.Throws<ArgumentException>(() => HolidayCalendar.Create([OutOfOrder2030(), OutOfOrder2030()]));
    }

    [Fact]
    public void A_calendar_combined_with_another_takes_the_others_years_and_keeps_its_own()
    {
        HolidayYear replacement = HolidayYear.Create(2026, "replacement", [], [], []);
        HolidayCalendar combined = HolidayCalendar.Embedded.With(HolidayCalendar.Create([replacement, OutOfOrder2030()]));

        Assert.Equal([2025, 2026, 2030], combined.Years);
        Assert.True(combined.TryGetYear(2026, out HolidayYear? y2026));
        Assert.Equal("replacement", y2026.Document);
        Assert.Equal(DayKind.Weekend, combined.Classify(D(2026, 10, 3)));
        Assert.Equal(DayKind.Holiday, combined.Classify(D(2025, 10, 3)));
    }

    [Fact]
    public void The_calendars_questions_answer_for_a_held_year_and_say_when_a_year_is_not_held()
    {
        HolidayCalendar calendar = HolidayCalendar.Embedded;

        Assert.True(calendar.TryIsWorkingDay(D(2026, 10, 10), out bool swapped));   // a swapped working Saturday
        Assert.True(swapped);
        Assert.True(calendar.TryIsWorkingDay(D(2026, 10, 8), out bool afterHoliday));
        Assert.True(afterHoliday);
        Assert.True(calendar.TryIsWorkingDay(D(2026, 10, 7), out bool dayOff));
        Assert.False(dayOff);
        Assert.False(calendar.TryIsWorkingDay(D(2027, 3, 10), out bool unknown));   // a Wednesday, but 2027 is not held
        Assert.False(unknown);

        Assert.True(calendar.IsWorkingDay(D(2026, 10, 10)));
        Assert.False(calendar.IsWorkingDay(D(2026, 10, 3)));
        Assert.Null(calendar.IsWorkingDay(D(2027, 3, 10)));

        Assert.True(calendar.TryIsStatutoryHoliday(D(2026, 10, 1), out bool statutory));
        Assert.True(statutory);
        Assert.True(calendar.TryIsStatutoryHoliday(D(2026, 10, 4), out bool shifted));
        Assert.False(shifted);
        Assert.False(calendar.TryIsStatutoryHoliday(D(2027, 1, 1), out bool unknownStatutory));
        Assert.False(unknownStatutory);

        Assert.True(calendar.TryClassify(D(2026, 10, 3), out DayKind holiday));
        Assert.Equal(DayKind.Holiday, holiday);
        Assert.False(calendar.TryClassify(D(2027, 3, 13), out DayKind unknownKind));   // a Saturday of a year not held
        Assert.Equal(DayKind.WorkingDay, unknownKind);

        Assert.Equal("国庆节", calendar.FindHoliday(D(2026, 10, 7))!.Name);
        Assert.Null(calendar.FindHoliday(D(2026, 10, 8)));
        Assert.Throws<HolidayDataMissingException>(() => calendar.FindHoliday(D(2027, 10, 1)));
        Assert.True(calendar.HasYear(2025));
        Assert.False(calendar.HasYear(2024));
    }

    [Fact]
    public void A_range_and_a_result_render_what_they_hold()
    {
        HolidayRange nationalDay = HolidayCalendar.Embedded.FindHoliday(D(2026, 10, 1))!;
        Assert.Equal("国庆节 2026-10-01..2026-10-07", nationalDay.ToString());
        Assert.Equal(7, nationalDay.Length);
        Assert.True(nationalDay.Contains(D(2026, 10, 7)));
        Assert.False(nationalDay.Contains(D(2026, 10, 8)));

        DeadlineResult deadline = LegalPeriods.DeadlineAfter(D(2026, 9, 23), LegalPeriod.Days(10), HolidayCalendar.Embedded);
        Assert.Equal("2026-09-23 + P10D: 2026-10-03 → 2026-10-08 (国庆节)", deadline.ToString());
        Assert.Null(deadline.Error);
        Assert.Null(deadline.MissingYear);
        WindowResult window = LegalPeriods.WindowOpens(D(2026, 12, 31), LegalPeriod.Days(60), HolidayCalendar.Embedded);
        Assert.Equal("2026-11-02..2026-12-31 (60 days)", window.ToString());
        Assert.Null(window.Error);
        Assert.Null(window.MissingYear);
    }
}
