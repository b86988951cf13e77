using Union.Domain.Validation;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

/// <summary>
/// Each check of a caller's holiday document, breached alone: the one issue it gives, at its JSON path, naming the value that
/// broke it. A calendar that got one of these wrong would move a statutory deadline.
/// </summary>
public sealed class HolidayDocumentCheckTests
{
    private const string NewYear = """{ "from": "2026-01-01", "to": "2026-01-03", "name": "元旦" }""";

    private static string Year(string holidays = "[" + NewYear + "]", string workdays = "[]", string statutory = "[\"2026-01-01\"]", string year = "2026", string document = "\"test\"") => $$"""
        { "years": [ { "year": {{year}}, "document": {{document}}, "holidays": {{holidays}}, "workdays": {{workdays}}, "statutoryDays": {{statutory}} } ] }
        """;

    public static TheoryData<string, string, string, string> Breaches() => new()
    {
        { "a swapped working day listed twice", Year(workdays: """["2026-01-04", "2026-01-04"]"""), "$.years[0].workdays[1]", "2026-01-04" },
        { "a statutory day listed twice", Year(statutory: """["2026-01-01", "2026-01-01"]"""), "$.years[0].statutoryDays[1]", "2026-01-01" },
        { "a swapped working day in another year", Year(workdays: """["2027-01-09"]"""), "$.years[0].workdays[0]", "2027-01-09" },
        { "a statutory day in another year", Year(statutory: """["2025-01-01"]"""), "$.years[0].statutoryDays[0]", "2025-01-01" },
        { "a swapped working day on a weekday", Year(workdays: """["2026-01-05"]"""), "$.years[0].workdays[0]", "2026-01-05" },
        { "a swapped working day inside the days off", Year(holidays: """[ { "from": "2026-01-01", "to": "2026-01-04", "name": "元旦" } ]""", workdays: """["2026-01-04"]"""), "$.years[0].workdays[0]", "2026-01-04" },
        { "a statutory day that is not a day off", Year(statutory: """["2026-01-01", "2026-01-05"]"""), "$.years[0].statutoryDays[1]", "2026-01-05" },
        { "a range ending in the next year", Year(holidays: """[ { "from": "2026-12-31", "to": "2027-01-02", "name": "元旦" } ]""", statutory: "[]"), "$.years[0].holidays[0].to", "2027-01-02" },
        { "a range starting in the year before", Year(holidays: """[ { "from": "2025-12-31", "to": "2026-01-01", "name": "元旦" } ]""", statutory: "[]"), "$.years[0].holidays[0].from", "2025-12-31" },
        { "a range without a name", Year(holidays: """[ { "from": "2026-01-01", "to": "2026-01-03", "name": "" } ]"""), "$.years[0].holidays[0].name", string.Empty },
        { "a year before the calendar's range", Year(year: "1899", holidays: "[]", statutory: "[]"), "$.years[0].year", "1899" },
        { "a year after the calendar's range", Year(year: "2201", holidays: "[]", statutory: "[]"), "$.years[0].year", "2201" },
        { "a year without the notice it comes from", Year(document: "\"\""), "$.years[0].document", string.Empty },
        { "two ranges sharing their last and first day", Year(holidays: "[" + NewYear + """, { "from": "2026-01-03", "to": "2026-01-05", "name": "元旦" } ]"""), "$.years[0].holidays[1]", "2026-01-03" },
    };

    [Theory]
    [MemberData(nameof(Breaches))]
    public void Each_check_breached_alone_gives_one_issue_at_its_path(string what, string json, string path, string named)
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse(json, "caller.json");
        Assert.False(result.IsValid, what);
        ValidationIssue issue = Assert.Single(result.Issues);
        Assert.Equal(path, issue.Path);
        Assert.Equal("caller.json", issue.Source);
        Assert.Contains(named, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_document_without_the_breach_is_valid()
    {
        DocumentResult<HolidayCalendar> result = HolidayCalendar.Parse(Year(workdays: """["2026-01-04"]"""), "caller.json");
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(DayKind.SwappedWorkingDay, result.Value.Classify(new NodaTime.LocalDate(2026, 1, 4)));
        Assert.True(result.Value.IsStatutoryHoliday(new NodaTime.LocalDate(2026, 1, 1)));
        Assert.False(result.Value.IsStatutoryHoliday(new NodaTime.LocalDate(2026, 1, 2)));
    }
}
