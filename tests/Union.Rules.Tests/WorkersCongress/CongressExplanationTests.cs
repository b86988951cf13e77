using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.WorkersCongress;
using static Union.Rules.Tests.Engine.TraceAssert;

namespace Union.Rules.Tests.WorkersCongress;

/// <summary>
/// What each workers'-congress rule explains, not only what it decides: the facts it read and the comparisons it made, by
/// name and value, on the lawful example (640 employees, 58 delegates, sessions on 2024-12-19 and 2025-12-18) with one change
/// at a time. The legal outcomes themselves are in Cases/WorkersCongress.
/// </summary>
public sealed class CongressExplanationTests
{
    private static RuleReport Evaluate(string patch, string region = "national", string asOf = "2026-06-01")
    {
        var merged = JsonNode.Parse(Union.Domain.WorkersCongress.WorkersCongressJson.Example)!.AsObject();
        Union.Rules.Tests.Cases.LegalCase.MergePatch(merged, JsonNode.Parse(patch)!.AsObject());
        var doc = WorkersCongressDomain.Default.Read(merged.ToJsonString(), "case");
        Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
        JurisdictionProfile profile = region == "national" ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        return WorkersCongressDomain.Default.Evaluate(doc.Value!, LocalDatePattern.Iso.Parse(asOf).Value, profile).Report;
    }

    [Fact]
    public void WC_FORM_records_the_form_and_compares_the_headcount_with_the_threshold()
    {
        TraceNode congress = Node(Evaluate("{}"), "WC-FORM");
        Assert.Equal("congress", Fact(congress, "form"));
        Assert.Equal("640", Fact(congress, "employees"));
        Compared(congress, "employees", "640", "≥", "wc.form.minEmployees", "100", true);

        TraceNode meeting = Node(Evaluate("""{ "form": "allEmployeeMeeting", "employees": 99, "womenEmployees": 40, "delegates": [] }"""), "WC-FORM");
        Assert.Equal("allEmployeeMeeting", Fact(meeting, "form"));
        Assert.Equal("99", Fact(meeting, "employees"));
        Compared(meeting, "employees", "99", "≥", "wc.form.minEmployees", "100", false);
        Assert.Equal(RuleStatus.Passed, meeting.Status);
    }

    [Fact]
    public void WC_DELEGATES_records_headcount_and_delegates_and_compares_them_with_the_minimum()
    {
        TraceNode national = Node(Evaluate("{}"), "WC-DELEGATES");
        Assert.Equal("640", Fact(national, "employees"));
        Assert.Equal("58", Fact(national, "delegates"));
        Compared(national, "delegates", "58", "≥", "minimumDelegates", "32", true);

        TraceNode zhejiang = Node(Evaluate("{}", "330000"), "WC-DELEGATES");
        Compared(zhejiang, "delegates", "58", "≥", "minimumDelegates", "75", false);
        Assert.Equal("230", Fact(zhejiang, "womenEmployees"));
        Assert.Equal("21", Fact(zhejiang, "womenDelegates"));
        Compared(zhejiang, "women/delegates", "21/58", "≥", "womenEmployees/employees", "23/64", true);
    }

    [Fact]
    public void WC_DELEGATES_compares_the_disabled_delegates_share_with_the_disabled_employees_share()
    {
        const string patch = """
            { "employer": { "name": "x", "disabledPlacement": true }, "disabledEmployees": 64,
              "delegates": [ { "category": "frontLine", "count": 50, "women": 18, "disabled": 6 }, { "category": "middleManagement", "count": 8, "women": 3, "disabled": 0 } ] }
            """;
        TraceNode node = Node(Evaluate(patch, "330000"), "WC-DELEGATES");
        Assert.Equal("64", Fact(node, "disabledEmployees"));
        Assert.Equal("6", Fact(node, "disabledDelegates"));
        Compared(node, "disabled/delegates", "6/58", "≥", "disabledEmployees/employees", "1/10", true);
    }

    [Fact]
    public void WC_DELEGATES_compares_each_elections_turnout_and_votes_with_the_whole_constituency()
    {
        TraceNode node = Node(Evaluate("{}", "310000"), "WC-DELEGATES");
        Compared(node, "delegates", "58", "≥", "minimumDelegates", "55", true);
        Compared(node, "voted/electorate", "41/46", "≥", "wc.election.quorumRatio", "2/3", true);
        Compared(node, "inFavour/electorate", "35/46", "≥", "wc.election.passRatio", "1/2", true);
    }

    [Fact]
    public void WC_MANAGERS_records_delegates_and_managers_and_compares_the_share()
    {
        TraceNode node = Node(Evaluate("{}"), "WC-MANAGERS");
        Assert.Equal("58", Fact(node, "delegates"));
        Assert.Equal("10", Fact(node, "managers"));
        Compared(node, "managers/delegates", "10/58", "≤", "wc.managers.maxRatio", "1/5", true);
    }

    [Fact]
    public void WC_QUORUM_records_each_sessions_body_and_attendance()
    {
        TraceNode node = Node(Evaluate("{}"), "WC-QUORUM");
        Assert.Equal("58", Fact(node, "$.sessions[0].bodySize"));
        Assert.Equal("53", Fact(node, "$.sessions[0].present"));
        Assert.Equal("58", Fact(node, "$.sessions[1].bodySize"));
        Assert.Equal("55", Fact(node, "$.sessions[1].present"));
        Compared(node, "present/bodySize", "53/58", "≥", "wc.quorum.ratio", "2/3", true);
        Compared(node, "present/bodySize", "55/58", "≥", "wc.quorum.ratio", "2/3", true);
    }

    [Fact]
    public void WC_PASS_records_each_matters_votes_and_compares_them_with_all_delegates()
    {
        TraceNode node = Node(Evaluate("{}"), "WC-PASS");
        Assert.Equal("49", Fact(node, "$.sessions[0].resolutions[0].inFavour"));
        Assert.Equal("51", Fact(node, "$.sessions[1].resolutions[0].inFavour"));
        Assert.Equal("47", Fact(node, "$.sessions[1].resolutions[1].inFavour"));
        Compared(node, "inFavour/bodySize", "49/58", ">", "wc.pass.ratio", "1/2", true);
        Compared(node, "inFavour/bodySize", "47/58", ">", "wc.pass.ratio", "1/2", true);
    }

    [Fact]
    public void WC_FREQUENCY_records_the_last_session_and_compares_the_review_date_with_the_next_one_due()
    {
        TraceNode node = Node(Evaluate("{}"), "WC-FREQUENCY");
        Assert.Equal("2025-12-18", Fact(node, "lastSession"));
        Compared(node, "asOf", "2026-06-01", "≤", "nextSessionDue", "2026-12-18", true);

        TraceNode unmoved = Node(Evaluate("""{ "sessions": [ { "date": "2026-03-10", "present": 55 } ] }"""), "WC-FREQUENCY");
        Assert.Equal("2026-03-10", Fact(unmoved, "lastSession"));
        Compared(unmoved, "asOf", "2026-06-01", "≤", "nextSessionDue", "2027-03-10", true);
    }
}
