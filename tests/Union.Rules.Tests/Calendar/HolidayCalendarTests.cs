using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

public class HolidayCalendarTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Embedded_calendar_holds_2025_and_2026_with_their_notices()
    {
        HolidayCalendar calendar = HolidayCalendar.Embedded;

        Assert.Equal([2025, 2026], calendar.Years);
        Assert.True(calendar.TryGetYear(2026, out HolidayYear? y2026));
        Assert.StartsWith("国办发明电〔2025〕7号", y2026.Document, StringComparison.Ordinal);
        Assert.True(calendar.TryGetYear(2025, out HolidayYear? y2025));
        Assert.StartsWith("国办发明电〔2024〕12号", y2025.Document, StringComparison.Ordinal);
        Assert.Contains("lunar calendar", y2025.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Embedded_data_has_13_statutory_days_a_year(int year)
    {
        Assert.True(HolidayCalendar.Embedded.TryGetYear(year, out HolidayYear? data));
        Assert.Equal(13, data.StatutoryDays.Count);
        Assert.All(data.StatutoryDays, d => Assert.Equal(DayKind.Holiday, HolidayCalendar.Embedded.Classify(d)));
    }

    [Fact]
    public void Embedded_2026_days_off_and_swapped_working_days_match_the_notice()
    {
        Assert.True(HolidayCalendar.Embedded.TryGetYear(2026, out HolidayYear? data));

        Assert.Equal(7, data.Holidays.Count);
        Assert.Equal(33, data.Holidays.Sum(h => h.Length));
        Assert.Equal(
            [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)],
            data.Workdays);
        HolidayRange nationalDay = Assert.Single(data.Holidays, h => h.Name == "国庆节");
        Assert.Equal(new DateInterval(D(2026, 10, 1), D(2026, 10, 7)), nationalDay.Dates);
    }

    [Theory]
    [InlineData("2026-10-03", DayKind.Holiday)]
    [InlineData("2026-10-10", DayKind.SwappedWorkingDay)]
    [InlineData("2026-01-04", DayKind.SwappedWorkingDay)]
    [InlineData("2026-03-14", DayKind.Weekend)]
    [InlineData("2026-03-15", DayKind.Weekend)]
    [InlineData("2026-03-12", DayKind.WorkingDay)]
    [InlineData("2025-10-08", DayKind.Holiday)]
    [InlineData("2025-10-11", DayKind.SwappedWorkingDay)]
    public void Classify_follows_the_notice(string date, DayKind expected)
    {
        LocalDate d = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Assert.Equal(expected, HolidayCalendar.Embedded.Classify(d));
        Assert.True(HolidayCalendar.Embedded.TryClassify(d, out DayKind kind));
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void Statutory_days_are_distinct_from_shifted_rest_days()
    {
        HolidayCalendar calendar = HolidayCalendar.Embedded;

        Assert.True(calendar.IsStatutoryHoliday(D(2026, 10, 1)));
        Assert.True(calendar.IsStatutoryHoliday(D(2026, 10, 3)));
        Assert.False(calendar.IsStatutoryHoliday(D(2026, 10, 4)));
        Assert.Equal(DayKind.Holiday, calendar.Classify(D(2026, 10, 4)));
        Assert.False(calendar.IsStatutoryHoliday(D(2026, 3, 12)));
        Assert.True(calendar.TryIsStatutoryHoliday(D(2025, 10, 6), out bool midAutumn2025));
        Assert.True(midAutumn2025);
    }

    [Fact]
    public void A_year_without_data_is_never_guessed()
    {
        HolidayCalendar calendar = HolidayCalendar.Embedded;

        Assert.False(calendar.HasYear(2027));
        Assert.False(calendar.TryClassify(D(2027, 3, 10), out _));
        Assert.False(calendar.TryIsStatutoryHoliday(D(2027, 1, 1), out _));
        HolidayDataMissingException ex = Assert.Throws<HolidayDataMissingException>(() => calendar.Classify(D(2027, 1, 1)));
        Assert.Equal(2027, ex.Year);
        Assert.Contains("2027", ex.Message, StringComparison.Ordinal);
        Assert.Throws<HolidayDataMissingException>(() => calendar.IsStatutoryHoliday(D(2024, 10, 1)));
        Assert.Throws<HolidayDataMissingException>(() => HolidayCalendar.Empty.Classify(D(2026, 3, 12)));
    }

    [Fact]
    public void With_adds_years_and_replaces_the_same_year()
    {
        HolidayYear replacement2026 = HolidayYear.Create(2026, "test data, not a State Council notice", [HolidayRange.Create(D(2026, 3, 12), D(2026, 3, 12), "测试")], [], [D(2026, 3, 12)]);
        HolidayYear year2027 = HolidayYear.Create(2027, "test data, not a State Council notice", [], [], []);

        HolidayCalendar calendar = HolidayCalendar.Embedded.With([replacement2026, year2027]);

        Assert.Equal([2025, 2026, 2027], calendar.Years);
        Assert.Equal(DayKind.Holiday, calendar.Classify(D(2026, 3, 12)));
        Assert.Equal(DayKind.Weekend, calendar.Classify(D(2026, 10, 3)));
        Assert.Equal(DayKind.WorkingDay, calendar.Classify(D(2027, 1, 1)));
        Assert.Equal(DayKind.Holiday, HolidayCalendar.Embedded.Classify(D(2026, 10, 3)));
        Assert.Throws<ArgumentException>(() => HolidayCalendar.Embedded.With([year2027, year2027]));
    }

    [Fact]
    public void HolidayYear_Create_checks_structure()
    {
        Assert.Throws<ArgumentException>(() => HolidayRange.Create(D(2026, 5, 5), D(2026, 5, 1), "劳动节"));
        ArgumentException weekday = Assert.Throws<ArgumentException>(() => HolidayYear.Create(2026, "x", [], [D(2026, 3, 4)], []));
        Assert.Contains("$.workdays[0]", weekday.Message, StringComparison.Ordinal);
        ArgumentException outside = Assert.Throws<ArgumentException>(() => HolidayYear.Create(2026, "x", [HolidayRange.Create(D(2025, 12, 31), D(2026, 1, 2), "元旦")], [], []));
        Assert.Contains("$.holidays[0].from", outside.Message, StringComparison.Ordinal);
        ArgumentException notOff = Assert.Throws<ArgumentException>(() => HolidayYear.Create(2026, "x", [], [], [D(2026, 1, 1)]));
        Assert.Contains("$.statutoryDays[0]", notOff.Message, StringComparison.Ordinal);
    }
}
