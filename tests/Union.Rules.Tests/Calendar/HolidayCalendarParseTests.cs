using NodaTime;
using Union.Domain.Validation;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

public class HolidayCalendarParseTests
{
    private const string Valid2027 = """
        {
          "description": "test data",
          "years": [
            {
              "year": 2027,
              "document": "test data, not a State Council notice",
              "holidays": [ { "from": "2027-01-01", "to": "2027-01-03", "name": "元旦" } ],
              "workdays": [ "2027-01-09" ],
              "statutoryDays": [ "2027-01-01" ]
            }
          ]
        }
        """;

    private static ValidationIssue SingleIssue(string json)
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse(json, "caller.json");
        Assert.False(result.IsValid);
        ValidationIssue issue = Assert.Single(result.Issues);
        Assert.Equal("caller.json", issue.Source);
        return issue;
    }

    private static string Year2026(string holidays, string workdays = "[]", string statutory = "[]", string extra = "") => $$"""
        { "years": [ { "year": 2026, "document": "test"{{extra}}, "holidays": {{holidays}}, "workdays": {{workdays}}, "statutoryDays": {{statutory}} } ] }
        """;

    [Fact]
    public void A_valid_document_is_read_and_combined_with_the_embedded_years()
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse(Valid2027, "caller.json");

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal([2027], result.Value.Years);
        HolidayCalendar combined = HolidayCalendar.Embedded.With(result.Value);
        Assert.Equal([2025, 2026, 2027], combined.Years);
        Assert.Equal(DayKind.Holiday, combined.Classify(new LocalDate(2027, 1, 2)));
        Assert.Equal(DayKind.SwappedWorkingDay, combined.Classify(new LocalDate(2027, 1, 9)));
        Assert.True(combined.IsStatutoryHoliday(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void The_embedded_document_round_trips_through_its_JSON_form()
    {
        string json = Union.Domain.Serialization.UnionJson.Write(HolidayCalendar.Embedded.ToDocument("copy"), Union.Rules.Serialization.RulesJsonContext.Default.HolidayCalendarDocument);

        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse(json);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(HolidayCalendar.Embedded.Years, result.Value.Years);
        Assert.Equal(
            HolidayCalendar.Embedded.HolidayYears.SelectMany(y => y.Holidays),
            result.Value.HolidayYears.SelectMany(y => y.Holidays));
    }

    [Fact]
    public void A_date_that_does_not_exist_is_rejected_with_its_path()
    {
        ValidationIssue issue = SingleIssue(Year2026("""[ { "from": "2026-02-15", "to": "2026-02-30", "name": "春节" } ]"""));

        Assert.Equal("$.years[0].holidays[0].to", issue.Path);
        Assert.Contains("2026-02-30", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_rejected_with_its_path()
    {
        ValidationIssue issue = SingleIssue(Year2026("""
            [ { "from": "2026-01-01", "to": "2026-01-03", "name": "元旦" }, { "from": "2026-05-05", "to": "2026-05-01", "name": "劳动节" } ]
            """));

        Assert.Equal("$.years[0].holidays[1].to", issue.Path);
        Assert.Contains("before", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_rejected_with_its_path()
    {
        ValidationIssue issue = SingleIssue(Year2026("[]", extra: """, "holidayz": [] """));

        Assert.StartsWith("$.years[0]", issue.Path, StringComparison.Ordinal);
        Assert.Contains("holidayz", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_list_is_rejected()
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse("""{ "years": [ { "year": 2026, "document": "test", "holidays": [], "workdays": [] } ] }""");

        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, i => i.Message.Contains("statutoryDays", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_outside_its_year_is_rejected_with_its_path()
    {
        ValidationIssue issue = SingleIssue(Year2026("""[ { "from": "2025-12-31", "to": "2026-01-01", "name": "元旦" } ]"""));

        Assert.Equal("$.years[0].holidays[0].from", issue.Path);
    }

    [Fact]
    public void A_swapped_working_day_must_be_a_weekend_day_outside_the_days_off()
    {
        ValidationIssue weekday = SingleIssue(Year2026("[]", workdays: """["2026-03-04"]"""));
        Assert.Equal("$.years[0].workdays[0]", weekday.Path);

        ValidationIssue dayOff = SingleIssue(Year2026("""[ { "from": "2026-10-01", "to": "2026-10-07", "name": "国庆节" } ]""", workdays: """["2026-10-10", "2026-10-03"]"""));
        Assert.Equal("$.years[0].workdays[1]", dayOff.Path);
    }

    [Fact]
    public void A_statutory_day_must_be_a_day_off()
    {
        ValidationIssue issue = SingleIssue(Year2026("""[ { "from": "2026-10-01", "to": "2026-10-07", "name": "国庆节" } ]""", statutory: """["2026-10-01", "2026-10-08"]"""));

        Assert.Equal("$.years[0].statutoryDays[1]", issue.Path);
    }

    [Fact]
    public void Overlapping_ranges_are_rejected()
    {
        ValidationIssue issue = SingleIssue(Year2026("""
            [ { "from": "2026-10-01", "to": "2026-10-07", "name": "国庆节" }, { "from": "2026-10-06", "to": "2026-10-08", "name": "中秋节" } ]
            """));

        Assert.Equal("$.years[0].holidays[1]", issue.Path);
    }

    [Fact]
    public void A_year_given_twice_is_rejected()
    {
        ValidationIssue issue = SingleIssue("""
            { "years": [
              { "year": 2026, "document": "a", "holidays": [], "workdays": [], "statutoryDays": [] },
              { "year": 2026, "document": "b", "holidays": [], "workdays": [], "statutoryDays": [] } ] }
            """);

        Assert.Equal("$.years[1].year", issue.Path);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{ \"years\": [] }")]
    [InlineData("{ \"years\": [ { \"year\": 2026 } ] }")]
    public void Malformed_documents_give_issues_and_never_throw(string json)
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse(json);

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Issues);
    }
}
