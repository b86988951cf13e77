using System.Globalization;
using NodaTime;
using Union.Domain.Validation;
using Union.Domain.WorkersCongress;

namespace Union.Domain.Tests.WorkersCongress;

public sealed class WorkersCongressReadingTests
{
    [Fact]
    public void The_examples_read_and_write_back_to_the_same_record()
    {
        foreach (string json in new[] { WorkersCongressJson.Example, WorkersCongressJson.FlawedExample })
        {
            DocumentResult<WorkersCongressRecord> r = WorkersCongressJson.Read(json, "example.json");
            Assert.True(r.IsValid, string.Join("; ", r.Issues));
            DocumentResult<WorkersCongressRecord> again = WorkersCongressJson.Read(WorkersCongressJson.Write(r.Value!));
            Assert.True(again.IsValid, string.Join("; ", again.Issues));
            Assert.Equal(WorkersCongressJson.Write(r.Value!), WorkersCongressJson.Write(again.Value!));
        }
    }

    [Fact]
    public void The_lawful_example_counts_58_delegates_of_whom_10_are_managers()
    {
        WorkersCongressRecord r = WorkersCongressJson.Read(WorkersCongressJson.Example).Value!;
        Assert.Equal(58, r.DelegateCount());
        Assert.Equal(10, r.Delegates.Where(d => d.IsManagement()).Sum(d => d.Size()));
        Assert.Equal(1, r.Delegates[2].Size());
        Assert.Equal(new LocalDate(2025, 12, 18), r.Sessions[1].Date);
    }

    [Fact]
    public void The_body_of_a_session_is_its_own_size_the_roster_or_the_employees()
    {
        var session = new CongressSession(new LocalDate(2026, 1, 5));
        var congress = new WorkersCongressRecord(CongressForm.Congress) { Employees = 300, Delegates = [new DelegateEntry(DelegateCategory.FrontLine) { Count = 40 }] };
        Assert.Equal(40, congress.BodySizeOf(session));
        Assert.Equal(45, congress.BodySizeOf(session with { BodySize = 45 }));
        Assert.Null((congress with { Delegates = [] }).BodySizeOf(session));
        var meeting = new WorkersCongressRecord(CongressForm.AllEmployeeMeeting) { Employees = 80 };
        Assert.Equal(80, meeting.BodySizeOf(session));
        Assert.Null((meeting with { Employees = 0 }).BodySizeOf(session));
    }

    [Fact]
    public void An_unlawful_congress_is_representable()
    {
        string json = """{"form":"allEmployeeMeeting","employees":5000,"delegates":[{"category":"seniorManagement","count":3}],"sessions":[{"date":"2020-01-01","present":1,"resolutions":[{"inFavour":1,"secretBallot":false,"important":true}]}]}""";
        Assert.True(WorkersCongressJson.Read(json).IsValid);
    }

    [Theory]
    [InlineData("""{"employees":10}""", "$")]
    [InlineData("""{"form":"congres"}""", "$.form")]
    [InlineData("""{"form":1}""", "$.form")]
    [InlineData("""{"form":"congress","employees":-1}""", "$.employees")]
    [InlineData("""{"form":"congress","employer":{"region":"999999"}}""", "$.employer.region")]
    [InlineData("""{"form":"congress","delegates":[{"count":3}]}""", "$.delegates[0]")]
    [InlineData("""{"form":"congress","delegates":[{"category":"frontLine","count":0}]}""", "$.delegates[0].count")]
    [InlineData("""{"form":"congress","delegates":[null]}""", "$.delegates[0]")]
    [InlineData("""{"form":"congress","delegates":[{"category":"frontLine","count":3,"women":4}]}""", "$.delegates[0].women")]
    [InlineData("""{"form":"congress","delegates":[{"category":"frontLine","disabled":2}]}""", "$.delegates[0].disabled")]
    [InlineData("""{"form":"congress","employees":10,"womenEmployees":11}""", "$.womenEmployees")]
    [InlineData("""{"form":"congress","employees":10,"disabledEmployees":11}""", "$.disabledEmployees")]
    [InlineData("""{"form":"congress","delegates":[{"category":"frontLine","count":2,"election":{"electorate":10}}]}""", "$.delegates[0].election")]
    [InlineData("""{"form":"congress","delegates":[{"category":"frontLine","election":{"electorate":10,"voted":11}}]}""", "$.delegates[0].election.voted")]
    [InlineData("""{"form":"congress","delegates":[{"category":"frontLine","election":{"electorate":10,"voted":8,"inFavour":9}}]}""", "$.delegates[0].election.inFavour")]
    [InlineData("""{"form":"congress","delegates":[{"category":"frontLine","count":10000000},{"category":"frontLine","count":1}]}""", "$.delegates")]
    [InlineData("""{"form":"congress","sessions":[{"present":3}]}""", "$.sessions[0]")]
    [InlineData("""{"form":"congress","sessions":[{"date":"2026-02-30"}]}""", "$.sessions[0].date")]
    [InlineData("""{"form":"congress","sessions":[{"date":"2201-01-01"}]}""", "$.sessions[0].date")]
    [InlineData("""{"form":"congress","sessions":[{"date":"2026-01-01","bodySize":0}]}""", "$.sessions[0].bodySize")]
    [InlineData("""{"form":"congress","delegates":[{"category":"frontLine","count":30}],"sessions":[{"date":"2026-01-01","present":31}]}""", "$.sessions[0].present")]
    [InlineData("""{"form":"allEmployeeMeeting","employees":50,"sessions":[{"date":"2026-01-01","present":51}]}""", "$.sessions[0].present")]
    [InlineData("""{"form":"congress","sessions":[{"date":"2026-01-01","bodySize":30,"present":20,"resolutions":[{"inFavour":15,"against":5,"abstained":1}]}]}""", "$.sessions[0].resolutions[0]")]
    [InlineData("""{"form":"congress","sessions":[{"date":"2026-01-01","bodySize":30,"resolutions":[{"inFavour":31}]}]}""", "$.sessions[0].resolutions[0]")]
    [InlineData("""{"form":"congress","sessions":[{"date":"2026-01-01","resolutions":[{"inFavour":2147483647,"against":2147483647}]}]}""", "$.sessions[0].resolutions[0].inFavour")]
    [InlineData("""{"form":"congress","sessions":[{"date":"2026-01-01","resolutions":[{"inFavour":1.5}]}]}""", "$.sessions[0].resolutions[0].inFavour")]
    public void A_malformed_record_names_the_json_path(string json, string path)
    {
        DocumentResult<WorkersCongressRecord> r = WorkersCongressJson.Read(json, "c.json");
        Assert.False(r.IsValid);
        Assert.Contains(r.Issues, i => i.Path == path && i.Source == "c.json");
        Assert.All(r.Issues, i => Assert.DoesNotMatch(@"\{[A-Za-z]+\}", i.Render(CultureInfo.GetCultureInfo("zh-Hans"))));
    }

    [Fact]
    public void Structure_issues_render_in_both_languages()
    {
        DocumentResult<WorkersCongressRecord> r = WorkersCongressJson.Read("""{"form":"congress","delegates":[{"category":"frontLine","count":30}],"sessions":[{"date":"2026-01-01","present":31}]}""");
        ValidationIssue issue = Assert.Single(r.Issues);
        Assert.Equal("congress.presentOverBody", issue.Key);
        Assert.Equal("出席人数多于全体职工代表（或全体职工）人数。", issue.Render(CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal("More present than the body has.", issue.Render(CultureInfo.GetCultureInfo("en")));
        Assert.NotNull(issue.Line);
    }

    [Fact]
    public void The_schema_names_the_members()
    {
        string schema = WorkersCongressJson.Schema();
        foreach (string member in new[] { "\"form\"", "\"delegates\"", "\"middleManagement\"", "\"sessions\"", "\"inFavour\"", "\"abstained\"", "\"allEmployeeMeeting\"" })
        {
            Assert.Contains(member, schema, StringComparison.Ordinal);
        }
    }
}
