using NodaTime;
using Union.Domain.Validation;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

/// <summary>
/// Each structural check of holiday data (<c>HolidayDocumentChecks</c>), breached alone through the documents a caller builds in
/// code (<see cref="HolidayCalendar.FromDocument"/>, <see cref="HolidayYear.FromDocument"/>), where a list or an entry can be
/// null: the one issue it gives, its property chain, its message key and every argument. The days off of these documents are
/// the days that move the last day of a period (民法典 第二百零三条), so a check that let a malformed one through would move a
/// statutory deadline.
/// </summary>
public sealed class HolidayDocumentMalformedTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static HolidayRangeDocument R(LocalDate from, LocalDate to, string name = "元旦") => new(from, to, name);

    /// <summary>A valid 2026 with 元旦 on 1 to 3 January, its statutory day 1 January and no swapped working day, unless told otherwise.</summary>
    private static HolidayYearDocument Year(
        int year = 2026,
        string document = "test data, not a State Council notice",
        HolidayRangeDocument[]? holidays = null,
        LocalDate[]? workdays = null,
        LocalDate[]? statutory = null) =>
        new(year, document, holidays ?? [R(D(2026, 1, 1), D(2026, 1, 3))], workdays ?? [], statutory ?? [D(2026, 1, 1)]);

    private static HolidayYearDocument Empty(int year) => new(year, "test data", [], [], []);

    private static List<(string Path, string Key, string Arguments)> Issues(HolidayYearDocument year) =>
        HolidayDocumentChecks.CheckYear(year).Select(Flat).ToList();

    private static List<(string Path, string Key, string Arguments)> Issues(HolidayCalendarDocument calendar) =>
        HolidayDocumentChecks.CheckCalendar(calendar).Select(Flat).ToList();

    private static (string Path, string Key, string Arguments) Flat(HolidayDocumentChecks.HolidayIssue issue) =>
        (issue.Path, issue.Key, string.Join(", ", issue.Arguments.Select(a => $"{a.Key}={a.Value}")));

    [Fact]
    public void The_valid_year_these_tests_break_has_no_issue()
    {
        Assert.Empty(Issues(Year()));
        Assert.Empty(Issues(new HolidayCalendarDocument([Year(), Empty(2027)])));
    }

    [Fact]
    public void A_calendar_without_its_list_of_years_gives_one_issue_and_stops()
    {
        Assert.Equal([("Years", "holiday.yearsMissing", "")], Issues(new HolidayCalendarDocument(null!)));

        ArgumentException ex = Assert.Throws<ArgumentException>(() => HolidayCalendar.FromDocument(new HolidayCalendarDocument(null!)));
        Assert.Equal("document", ex.ParamName);
        Assert.StartsWith("The holiday data is not valid: $.years: The list of years is missing.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_with_no_year_is_refused_and_one_year_is_enough()
    {
        Assert.Equal([("Years", "holiday.yearsEmpty", "")], Issues(new HolidayCalendarDocument([])));
        Assert.Empty(Issues(new HolidayCalendarDocument([Empty(2026)])));
    }

    [Fact]
    public void A_null_year_is_named_by_its_index_and_the_years_after_it_are_still_checked()
    {
        Assert.Equal(
            [("Years[0]", "holiday.yearNull", ""), ("Years[1].Workdays[0]", "holiday.workdayNotWeekend", "date=2026-01-05, weekday=Monday")],
            Issues(new HolidayCalendarDocument([null!, Year(workdays: [D(2026, 1, 5)])])));
    }

    [Fact]
    public void A_year_given_twice_names_the_index_where_it_first_appears()
    {
        Assert.Equal(
            [("Years[2].Year", "holiday.yearTwice", "year=2026, first=1")],
            Issues(new HolidayCalendarDocument([Empty(2025), Empty(2026), Empty(2026)])));
        Assert.Equal(
            [("Years[1].Year", "holiday.yearTwice", "year=2025, first=0"), ("Years[3].Year", "holiday.yearTwice", "year=2026, first=2")],
            Issues(new HolidayCalendarDocument([Empty(2025), Empty(2025), Empty(2026), Empty(2026)])));
    }

    [Fact]
    public void The_issues_of_a_year_are_prefixed_with_the_years_index()
    {
        Assert.Equal(
            [("Years[1].Holidays[0].To", "holiday.rangeOrder", "to=2026-01-01, from=2026-01-03")],
            Issues(new HolidayCalendarDocument([Empty(2025), Year(holidays: [R(D(2026, 1, 3), D(2026, 1, 1))], statutory: [])])));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(9999)]
    public void A_year_outside_1_to_9998_gives_one_issue_and_nothing_else_is_checked(int year)
    {
        // The holidays, workdays and statutory days are all in 2026: checked against the year, each would be an issue too.
        Assert.Equal(
            [("Year", "holiday.yearRange", $"year={year}, min=1, max=9998")],
            Issues(Year(year: year, document: " ", workdays: [D(2026, 1, 5)])));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9998)]
    public void The_first_and_last_years_accepted_in_code_are_1_and_9998(int year)
    {
        Assert.Empty(Issues(Empty(year)));
        Assert.Equal(year, HolidayYear.FromDocument(Empty(year)).Year);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_year_without_its_notice_is_refused(string? document)
    {
        Assert.Equal([("Document", "holiday.document", "")], Issues(Year(document: document!)));
    }

    [Fact]
    public void A_year_without_its_list_of_holidays_is_refused_and_its_statutory_days_are_not_checked_against_no_ranges()
    {
        Assert.Equal(
            [("Holidays", "holiday.holidaysMissing", "")],
            Issues(Year() with { Holidays = null! }));
    }

    [Fact]
    public void A_null_holiday_is_named_by_its_index_and_the_ranges_after_it_still_count()
    {
        // 2026-01-03 is a Saturday inside the range given after the null one: it cannot be a swapped working day.
        Assert.Equal(
            [("Holidays[0]", "holiday.holidayNull", ""), ("Workdays[0]", "holiday.workdayInRange", "date=2026-01-03")],
            Issues(Year(holidays: [null!, R(D(2026, 1, 1), D(2026, 1, 3))], workdays: [D(2026, 1, 3)])));
    }

    [Fact]
    public void A_range_starting_in_the_year_before_is_refused_and_its_days_are_not_days_off()
    {
        // Saturday 2026-01-03 would be inside the range if it were kept; it is not, so it may be a swapped working day.
        Assert.Equal(
            [("Holidays[0].From", "holiday.notInYear", "date=2025-12-30, year=2026")],
            Issues(Year(holidays: [R(D(2025, 12, 30), D(2026, 1, 3))], workdays: [D(2026, 1, 3)], statutory: [])));
    }

    [Fact]
    public void A_range_ending_in_the_next_year_is_refused_and_its_days_are_not_days_off()
    {
        // Saturday 2026-12-26 is the first day of the refused range.
        Assert.Equal(
            [("Holidays[0].To", "holiday.notInYear", "date=2027-01-01, year=2026")],
            Issues(Year(holidays: [R(D(2026, 12, 26), D(2027, 1, 1))], workdays: [D(2026, 12, 26)], statutory: [])));
    }

    [Fact]
    public void A_range_outside_its_year_at_both_ends_gives_both_issues()
    {
        Assert.Equal(
            [("Holidays[0].From", "holiday.notInYear", "date=2025-12-31, year=2026"), ("Holidays[0].To", "holiday.notInYear", "date=2027-01-01, year=2026")],
            Issues(Year(holidays: [R(D(2025, 12, 31), D(2027, 1, 1))], statutory: [])));
    }

    [Fact]
    public void A_range_ending_before_it_starts_is_refused_and_is_not_compared_with_the_next()
    {
        // Kept, the reversed range (05-05 back to 05-01) would be found to overlap 05-01..05-06.
        Assert.Equal(
            [("Holidays[0].To", "holiday.rangeOrder", "to=2026-05-01, from=2026-05-05")],
            Issues(Year(holidays: [R(D(2026, 5, 5), D(2026, 5, 1), "劳动节"), R(D(2026, 5, 1), D(2026, 5, 6), "劳动节")], statutory: [D(2026, 5, 1)])));
    }

    [Fact]
    public void A_range_refused_for_its_dates_is_not_also_reported_as_overlapping()
    {
        // Each second range would overlap the first if it were compared with it.
        Assert.Equal(
            [("Holidays[1].From", "holiday.notInYear", "date=2025-12-31, year=2026")],
            Issues(Year(holidays: [R(D(2026, 1, 1), D(2026, 1, 3)), R(D(2025, 12, 31), D(2026, 1, 2))])));
        Assert.Equal(
            [("Holidays[1].To", "holiday.rangeOrder", "to=2026-01-02, from=2026-01-04")],
            Issues(Year(holidays: [R(D(2026, 1, 1), D(2026, 1, 5)), R(D(2026, 1, 4), D(2026, 1, 2))])));
    }

    [Fact]
    public void A_range_of_a_single_day_is_valid()
    {
        Assert.Empty(Issues(Year(holidays: [R(D(2026, 5, 1), D(2026, 5, 1), "劳动节")], statutory: [D(2026, 5, 1)])));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void A_range_without_a_name_is_refused_but_its_days_are_still_days_off(string? name)
    {
        Assert.Equal(
            [("Holidays[0].Name", "holiday.name", ""), ("Workdays[0]", "holiday.workdayInRange", "date=2026-01-04")],
            Issues(Year(holidays: [R(D(2026, 1, 1), D(2026, 1, 4), name!)], workdays: [D(2026, 1, 4)])));
    }

    [Fact]
    public void An_overlap_names_the_range_it_overlaps_with_both_ranges_dates()
    {
        Assert.Equal(
            [("Holidays[2]", "holiday.overlap", "from=2026-02-16, to=2026-02-18, index=1, otherFrom=2026-02-15, otherTo=2026-02-17")],
            Issues(Year(holidays: [R(D(2026, 1, 1), D(2026, 1, 3)), R(D(2026, 2, 15), D(2026, 2, 17), "春节"), R(D(2026, 2, 16), D(2026, 2, 18), "春节")])));
    }

    [Fact]
    public void A_range_overlapping_two_earlier_ranges_is_reported_once_against_the_first()
    {
        Assert.Equal(
            [("Holidays[2]", "holiday.overlap", "from=2026-01-02, to=2026-01-06, index=0, otherFrom=2026-01-01, otherTo=2026-01-03")],
            Issues(Year(holidays: [R(D(2026, 1, 1), D(2026, 1, 3)), R(D(2026, 1, 5), D(2026, 1, 7)), R(D(2026, 1, 2), D(2026, 1, 6))])));
    }

    [Fact]
    public void A_range_sharing_its_last_day_with_the_first_day_of_an_earlier_range_overlaps_it()
    {
        Assert.Equal(
            [("Holidays[1]", "holiday.overlap", "from=2026-01-01, to=2026-01-05, index=0, otherFrom=2026-01-05, otherTo=2026-01-07")],
            Issues(Year(holidays: [R(D(2026, 1, 5), D(2026, 1, 7)), R(D(2026, 1, 1), D(2026, 1, 5))], statutory: [])));
    }

    [Fact]
    public void Adjacent_ranges_do_not_overlap_in_either_order()
    {
        Assert.Empty(Issues(Year(holidays: [R(D(2026, 1, 1), D(2026, 1, 3)), R(D(2026, 1, 4), D(2026, 1, 5))])));
        Assert.Empty(Issues(Year(holidays: [R(D(2026, 1, 4), D(2026, 1, 5)), R(D(2026, 1, 1), D(2026, 1, 3))])));
    }

    [Fact]
    public void An_overlapping_range_is_refused_and_its_own_days_are_not_days_off()
    {
        // Sunday 2026-01-04 lies only in the refused second range, so it may be a swapped working day.
        Assert.Equal(
            [("Holidays[1]", "holiday.overlap", "from=2026-01-03, to=2026-01-04, index=0, otherFrom=2026-01-01, otherTo=2026-01-03")],
            Issues(Year(holidays: [R(D(2026, 1, 1), D(2026, 1, 3)), R(D(2026, 1, 3), D(2026, 1, 4))], workdays: [D(2026, 1, 4)])));
    }

    [Fact]
    public void A_year_without_its_list_of_swapped_working_days_is_refused()
    {
        Assert.Equal([("Workdays", "holiday.workdaysMissing", "")], Issues(Year() with { Workdays = null! }));
    }

    [Fact]
    public void A_swapped_working_day_in_another_year_is_reported_as_such_even_on_a_weekday()
    {
        // Monday 2027-01-04: the year is checked first.
        Assert.Equal([("Workdays[0]", "holiday.dayNotInYear", "date=2027-01-04, year=2026")], Issues(Year(workdays: [D(2027, 1, 4)])));
    }

    [Fact]
    public void A_swapped_working_day_is_a_Saturday_or_a_Sunday()
    {
        Assert.Empty(Issues(Year(workdays: [D(2026, 1, 10), D(2026, 1, 11)])));
        Assert.Equal(
            [("Workdays[1]", "holiday.workdayNotWeekend", "date=2026-01-09, weekday=Friday"), ("Workdays[2]", "holiday.workdayNotWeekend", "date=2026-01-12, weekday=Monday")],
            Issues(Year(workdays: [D(2026, 1, 10), D(2026, 1, 9), D(2026, 1, 12)])));
    }

    [Fact]
    public void A_swapped_working_day_on_the_first_or_the_last_day_off_of_a_range_is_refused()
    {
        // 2026-01-03 and 2026-01-04 are a Saturday and a Sunday, the first and last day of the range.
        Assert.Equal(
            [("Workdays[0]", "holiday.workdayInRange", "date=2026-01-03"), ("Workdays[1]", "holiday.workdayInRange", "date=2026-01-04")],
            Issues(Year(holidays: [R(D(2026, 1, 3), D(2026, 1, 4))], workdays: [D(2026, 1, 3), D(2026, 1, 4)], statutory: [])));
    }

    [Fact]
    public void A_swapped_working_day_listed_again_later_is_reported_at_the_repetition()
    {
        Assert.Equal(
            [("Workdays[2]", "holiday.listedTwice", "date=2026-01-10")],
            Issues(Year(workdays: [D(2026, 1, 10), D(2026, 1, 11), D(2026, 1, 10)])));
    }

    [Fact]
    public void A_year_without_its_list_of_statutory_days_is_refused()
    {
        Assert.Equal([("StatutoryDays", "holiday.statutoryMissing", "")], Issues(Year() with { StatutoryDays = null! }));
    }

    [Fact]
    public void A_statutory_day_on_the_first_or_the_last_day_off_of_a_range_is_valid_and_a_day_either_side_is_not()
    {
        HolidayRangeDocument[] labourDay = [R(D(2026, 5, 1), D(2026, 5, 5), "劳动节")];
        Assert.Empty(Issues(Year(holidays: labourDay, statutory: [D(2026, 5, 5), D(2026, 5, 1)])));
        Assert.Equal(
            [("StatutoryDays[0]", "holiday.statutoryNotOff", "date=2026-04-30"), ("StatutoryDays[1]", "holiday.statutoryNotOff", "date=2026-05-06")],
            Issues(Year(holidays: labourDay, statutory: [D(2026, 4, 30), D(2026, 5, 6)])));
    }

    [Fact]
    public void A_statutory_day_in_another_year_or_listed_twice_is_refused()
    {
        Assert.Equal([("StatutoryDays[0]", "holiday.dayNotInYear", "date=2025-01-01, year=2026")], Issues(Year(statutory: [D(2025, 1, 1)])));
        Assert.Equal(
            [("StatutoryDays[2]", "holiday.listedTwice", "date=2026-01-01")],
            Issues(Year(statutory: [D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 1)])));
    }

    [Fact]
    public void The_message_of_each_issue_is_the_English_text_with_its_arguments()
    {
        HolidayDocumentChecks.HolidayIssue issue = Assert.Single(HolidayDocumentChecks.CheckYear(Year(workdays: [D(2026, 1, 5)])));
        Assert.Equal("2026-01-05 is a Monday; a swapped working day (调休上班日) is a Saturday or Sunday worked.", issue.Message);
    }

    [Fact]
    public void A_year_built_in_code_is_refused_with_every_issue_at_its_JSON_path()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => HolidayYear.FromDocument(
            Year(holidays: [R(D(2026, 5, 5), D(2026, 5, 1), "劳动节")], workdays: [D(2026, 1, 5)], statutory: [])));
        Assert.Equal("document", ex.ParamName);
        Assert.StartsWith(
            "The holiday data is not valid: $.holidays[0].to: The last day off 2026-05-01 is before the first day off 2026-05-05.; "
            + "$.workdays[0]: 2026-01-05 is a Monday; a swapped working day (调休上班日) is a Saturday or Sunday worked.",
            ex.Message,
            StringComparison.Ordinal);

        ArgumentException calendar = Assert.Throws<ArgumentException>(() => HolidayCalendar.FromDocument(
            new HolidayCalendarDocument([Empty(2025), Year(workdays: [D(2026, 1, 5)])])));
        Assert.StartsWith("The holiday data is not valid: $.years[1].workdays[0]: 2026-01-05 is a Monday;", calendar.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_document_built_in_code_gives_the_calendar()
    {
        HolidayCalendar calendar = HolidayCalendar.FromDocument(new HolidayCalendarDocument([Year(), Empty(2027)]));
        Assert.Equal([2026, 2027], calendar.Years);
        Assert.Equal(DayKind.Holiday, calendar.Classify(D(2026, 1, 3)));
    }

    private static string Json(int year) => $$"""
        { "years": [ { "year": {{year}}, "document": "test", "holidays": [], "workdays": [], "statutoryDays": [] } ] }
        """;

    [Theory]
    [InlineData(1899, "1900", "2200")]   // a date the reader accepts is from 1900 to 2200
    [InlineData(2201, "1900", "2200")]
    [InlineData(9998, "1900", "2200")]
    [InlineData(1, "1900", "2200")]      // a year a calendar built in code may hold, but no date of it can be read
    [InlineData(0, "1", "9998")]         // outside what a year built in code may be: reported once, with those bounds
    [InlineData(9999, "1", "9998")]
    public void A_document_read_from_JSON_holds_only_years_whose_dates_it_can_read(int year, string min, string max)
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse(Json(year), "caller.json");

        Assert.False(result.IsValid);
        ValidationIssue issue = Assert.Single(result.Issues);
        Assert.Equal("$.years[0].year", issue.Path);
        Assert.Equal("holiday.yearRange", issue.Key);
        Assert.Equal([new("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("min", min), new("max", max)], issue.Arguments!);
        Assert.Equal($"The year {year} is outside {min}-{max}.", issue.Message);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    public void The_first_and_last_years_a_document_read_from_JSON_may_hold_are_1900_and_2200(int year)
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse(Json(year));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal([year], result.Value.Years);
    }

    [Fact]
    public void A_second_year_out_of_range_is_named_by_its_own_index()
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse("""
            { "years": [
              { "year": 2026, "document": "a", "holidays": [], "workdays": [], "statutoryDays": [] },
              { "year": 1800, "document": "b", "holidays": [], "workdays": [], "statutoryDays": [] } ] }
            """);

        ValidationIssue issue = Assert.Single(result.Issues);
        Assert.Equal("$.years[1].year", issue.Path);
    }

    [Fact]
    public void An_issue_found_in_a_document_read_from_JSON_keeps_its_key_and_arguments()
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse("""
            { "years": [ { "year": 2026, "document": "test",
              "holidays": [ { "from": "2026-01-01", "to": "2026-01-03", "name": "元旦" }, { "from": "2026-01-03", "to": "2026-01-04", "name": "元旦" } ],
              "workdays": [], "statutoryDays": [] } ] }
            """, "caller.json");

        ValidationIssue issue = Assert.Single(result.Issues);
        Assert.Equal("$.years[0].holidays[1]", issue.Path);
        Assert.Equal("holiday.overlap", issue.Key);
        Assert.Equal(
            [new("from", "2026-01-03"), new("to", "2026-01-04"), new("index", "0"), new("otherFrom", "2026-01-01"), new("otherTo", "2026-01-03")],
            issue.Arguments!);
        Assert.Equal("The range 2026-01-03 to 2026-01-04 overlaps holidays[0] (2026-01-01 to 2026-01-03).", issue.Message);
        Assert.Equal("caller.json", issue.Source);
    }

    [Fact]
    public void A_document_read_from_UTF8_bytes_is_checked_as_its_text_is()
    {
        DocumentResult<HolidayCalendar> valid = HolidayCalendar.Parse(System.Text.Encoding.UTF8.GetBytes(Json(2030)), "bytes.json");
        Assert.True(valid.IsValid, string.Join("; ", valid.Issues));
        Assert.Equal([2030], valid.Value.Years);

        DocumentResult<HolidayCalendar> invalid = HolidayCalendar.Parse(System.Text.Encoding.UTF8.GetBytes(Json(1899)), "bytes.json");
        Assert.False(invalid.IsValid);
        ValidationIssue issue = Assert.Single(invalid.Issues);
        Assert.Equal("$.years[0].year", issue.Path);
        Assert.Equal("bytes.json", issue.Source);
    }

    [Fact]
    public void A_new_validator_checks_a_document_as_the_shared_one_does()
    {
        var validator = new HolidayCalendarDocumentValidator();

        FluentValidation.Results.ValidationResult result = validator.Validate(new HolidayCalendarDocument([Year(workdays: [D(2026, 1, 5)])]));
        FluentValidation.Results.ValidationFailure failure = Assert.Single(result.Errors);
        Assert.Equal("Years[0].Workdays[0]", failure.PropertyName);
        Assert.Equal("holiday.workdayNotWeekend", failure.ErrorCode);
        Assert.Equal("2026-01-05", failure.FormattedMessagePlaceholderValues["date"]);
        Assert.True(validator.Validate(new HolidayCalendarDocument([Year()])).IsValid);
    }

    [Fact]
    public void The_embedded_document_loaded_afresh_holds_what_the_shared_calendar_holds()
    {
        HolidayCalendar fresh = HolidayCalendar.LoadEmbedded();

        Assert.NotSame(HolidayCalendar.Embedded, fresh);
        Assert.Equal([2025, 2026], fresh.Years);
        Assert.Equal(HolidayCalendar.Embedded.HolidayYears.SelectMany(y => y.Holidays), fresh.HolidayYears.SelectMany(y => y.Holidays));
        Assert.Equal(HolidayCalendar.Embedded.HolidayYears.SelectMany(y => y.StatutoryDays), fresh.HolidayYears.SelectMany(y => y.StatutoryDays));
    }
}
