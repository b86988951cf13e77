using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.Engine.TraceAssert;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// What each labour-file rule explains, not only what it decides: the facts it read, the comparisons it made, the parameters it
/// looked up, its own outputs and the paths and arguments of its findings, on the cases' base file (北京) with one change at a
/// time, and the limits a caller's layer may move (a share counted 不足 instead of 不超过, a lead time in months). The legal
/// outcomes themselves are in Cases/LabourStandards.
/// </summary>
public sealed class LabourExplanationTests
{
    private const string Base = """{ "region": "110000", "employer": "北京示例有限公司" }""";

    /// <summary>Evaluates the base file (北京) with <paramref name="patch"/> merged in, on <paramref name="asOf"/>, with the caller's layers.</summary>
    internal static RuleReport Evaluate(string patch, string asOf = "2026-06-01", params string[] layers)
    {
        var merged = JsonNode.Parse(Base)!.AsObject();
        Union.Rules.Tests.Cases.LegalCase.MergePatch(merged, JsonNode.Parse(patch)!.AsObject());
        var doc = LabourStandardsDomain.Default.Read(merged.ToJsonString(), "case");
        Assert.True(doc.IsValid, string.Join("; ", doc.Issues));
        JurisdictionProfile profile = JurisdictionProfile.For(doc.Value!.Region);
        foreach (string layer in layers)
        {
            var read = ParameterLayer.Parse(layer, "layer.json");
            Assert.True(read.IsValid, string.Join("; ", read.Issues));
            profile = profile.WithLayers(read.Value!);
        }

        return LabourStandardsDomain.Default.Evaluate(doc.Value!, LocalDatePattern.Iso.Parse(asOf).Value, profile).Report;
    }

    /// <summary>A caller's layer giving one parameter one value from 2000, with its unit and, when given, its comparison.</summary>
    internal static string Layer(string name, string value, string unit, string? comparison = null) =>
        "{ \"parameters\": { \"" + name + "\": { \"description\": \"测试用\", \"descriptionEn\": \"test\", \"unit\": \"" + unit + "\""
        + (comparison is null ? string.Empty : ", \"comparison\": \"" + comparison + "\"")
        + ", \"values\": [ { \"from\": \"2000-01-01\", \"value\": " + value + ", \"source\": \"测试用\", \"verification\": \"test\" } ] } } }";

    private static void Read(TraceNode node, params string[] parameters)
    {
        foreach (string p in parameters)
        {
            Assert.Contains(node.Parameters, r => r.Name == p);
        }
    }

    private static IEnumerable<Finding> Of(RuleReport report, string code) => report.Findings.Where(f => f.Code == code);

    private static Finding One(RuleReport report, string key) => Assert.Single(report.Findings, f => f.MessageKey == key);

    private static string Dispatch(long own, params (string Kind, int Workers, int? Months)[] posts) =>
        "{ \"dispatch\": { \"ownEmployees\": " + own + ", \"posts\": ["
        + string.Join(", ", posts.Select(p => "{ \"kind\": \"" + p.Kind + "\", \"workers\": " + p.Workers + (p.Months is { } m ? ", \"months\": " + m : string.Empty) + " }"))
        + "] } }";

    // LS-DISPATCH-CAP

    [Fact]
    public void LS_DISPATCH_CAP_records_both_counts_and_compares_the_share_of_the_workforce_with_the_cap()
    {
        RuleReport at = Evaluate(Dispatch(450, ("auxiliary", 30, null), ("substitute", 20, null)));
        TraceNode node = Node(at, "LS-DISPATCH-CAP");
        Assert.Equal("450", Fact(node, "dispatch.ownEmployees"));
        Assert.Equal("50", Fact(node, "dispatch.dispatched"));
        Compared(node, "dispatched/workforce", "50/500", "≤", "dispatch.maxRatio", "1/10", true);
        Assert.Equal("50", Output(node, "dispatch.largestLawful"));
        Read(node, "dispatch.maxRatio");
        Assert.Equal(RuleStatus.Computed, node.Status);

        RuleReport over = Evaluate(Dispatch(450, ("auxiliary", 31, null), ("substitute", 20, null)));
        Compared(Node(over, "LS-DISPATCH-CAP"), "dispatched/workforce", "51/501", "≤", "dispatch.maxRatio", "1/10", false);
        Finding f = One(over, "LS-DISPATCH-CAP.over");
        Assert.Equal("51", f.Argument("dispatched"));
        Assert.Equal("1", f.Argument("excess"));
    }

    [Fact]
    public void LS_DISPATCH_CAP_with_no_dispatched_worker_compares_nothing_and_with_an_exemption_reads_nothing()
    {
        TraceNode none = Node(Evaluate(Dispatch(90)), "LS-DISPATCH-CAP");
        Assert.Empty(none.Comparisons);
        Assert.Equal("0", Fact(none, "dispatch.dispatched"));
        Assert.Equal("10", Output(none, "dispatch.largestLawful"));

        RuleReport exempt = Evaluate("""{ "dispatch": { "ownEmployees": 5, "exemption": "foreignRepresentativeOffice", "posts": [ { "kind": "main", "workers": 40 } ] } }""");
        TraceNode node = Node(exempt, "LS-DISPATCH-CAP");
        Assert.Empty(node.Facts);
        Assert.Empty(node.Parameters);
        Assert.Empty(node.Comparisons);
    }

    [Fact]
    public void LS_DISPATCH_CAP_under_a_layer_counting_less_than_a_tenth_fails_exactly_a_tenth_and_allows_one_fewer()
    {
        string lessThan = Layer("dispatch.maxRatio", "\"1/10\"", "ratio", "lessThan");
        RuleReport at = Evaluate(Dispatch(450, ("auxiliary", 50, null)), "2026-06-01", lessThan);
        TraceNode node = Node(at, "LS-DISPATCH-CAP");
        Compared(node, "dispatched/workforce", "50/500", "<", "dispatch.maxRatio", "1/10", false);
        Assert.Equal("49", Output(node, "dispatch.largestLawful"));
        Finding f = One(at, "LS-DISPATCH-CAP.over");
        Assert.Equal("49", f.Argument("largest"));
        Assert.Equal("1", f.Argument("excess"));

        RuleReport below = Evaluate(Dispatch(450, ("auxiliary", 49, null)), "2026-06-01", lessThan);
        Compared(Node(below, "LS-DISPATCH-CAP"), "dispatched/workforce", "49/499", "<", "dispatch.maxRatio", "1/10", true);
        Assert.Empty(Of(below, "LS-DISPATCH-CAP"));
    }

    [Fact]
    public void LS_DISPATCH_CAP_under_a_layer_reading_the_cap_as_a_floor_is_not_assessed()
    {
        RuleReport report = Evaluate(Dispatch(450, ("auxiliary", 50, null)), "2026-06-01", Layer("dispatch.maxRatio", "\"1/10\"", "ratio", "atLeast"));
        TraceNode node = Node(report, "LS-DISPATCH-CAP");
        Assert.Equal(RuleStatus.NotAssessed, node.Status);
        Assert.Empty(node.Comparisons);
        Assert.Null(Output(node, "dispatch.largestLawful"));
        Finding f = Assert.Single(Of(report, "LS-DISPATCH-CAP"));
        Assert.Equal("engine.parameterInvalid", f.MessageKey);
        Assert.Equal("$", f.Path);
        Assert.Equal("dispatch.maxRatio", f.Argument("parameter"));
        Assert.Equal("1/10", f.Argument("value"));
        Assert.Equal("ratio", f.Argument("kind"));
    }

    [Fact]
    public void LS_DISPATCH_CAP_at_a_cap_of_the_whole_workforce_sets_no_largest_number_and_the_excess_counts_from_zero()
    {
        RuleReport report = Evaluate(Dispatch(0, ("auxiliary", 3, null)), "2026-06-01", Layer("dispatch.maxRatio", "\"1/1\"", "ratio", "lessThan"));
        TraceNode node = Node(report, "LS-DISPATCH-CAP");
        Compared(node, "dispatched/workforce", "3/3", "<", "dispatch.maxRatio", "1", false);
        Assert.Equal("0", Output(node, "dispatch.largestLawful"));
        Finding f = One(report, "LS-DISPATCH-CAP.over");
        Assert.Equal("0", f.Argument("largest"));
        Assert.Equal("3", f.Argument("excess"));

        RuleReport all = Evaluate(Dispatch(2, ("auxiliary", 3, null)), "2026-06-01", Layer("dispatch.maxRatio", "\"1/1\"", "ratio"));
        TraceNode none = Node(all, "LS-DISPATCH-CAP");
        Assert.Null(Output(none, "dispatch.largestLawful"));
        Compared(none, "dispatched/workforce", "3/5", "≤", "dispatch.maxRatio", "1", true);
    }

    [Theory]
    [InlineData(0L, "1/10", "atMost", 0L)]
    [InlineData(9L, "1/10", "atMost", 1L)]
    [InlineData(8L, "1/10", "atMost", 0L)]
    [InlineData(450L, "1/10", "atMost", 50L)]
    [InlineData(449L, "1/10", "atMost", 49L)]
    [InlineData(450L, "1/10", "lessThan", 49L)]
    [InlineData(451L, "1/10", "lessThan", 50L)]
    [InlineData(9L, "1/10", "lessThan", 0L)]
    [InlineData(10L, "1/10", "lessThan", 1L)]
    [InlineData(0L, "1/10", "lessThan", 0L)]
    [InlineData(3L, "1/2", "atMost", 3L)]
    [InlineData(3L, "1/2", "lessThan", 2L)]
    [InlineData(0L, "1/1", "lessThan", 0L)]
    public void DispatchCap_gives_the_largest_number_that_keeps_the_share_within_the_cap(long own, string ratio, string comparison, long largest)
    {
        Comparison c = comparison == "atMost" ? Comparison.AtMost : Comparison.LessThan;
        Ratio r = Ratio.Parse(ratio);
        Assert.Equal(largest, DispatchCap.LargestLawful(r, c, own));
        Assert.True(DispatchCap.IsLawful(r, c, own, largest));
        Assert.False(DispatchCap.IsLawful(r, c, own, largest + 1));
    }

    [Fact]
    public void DispatchCap_sets_no_limit_at_a_cap_of_the_whole_workforce_or_more_and_refuses_a_floor()
    {
        Assert.Null(DispatchCap.LargestLawful(Ratio.One, Comparison.AtMost, 0));
        Assert.Null(DispatchCap.LargestLawful(Ratio.One, Comparison.LessThan, 1));
        Assert.True(DispatchCap.IsLawful(Ratio.One, Comparison.LessThan, 1, 1_000_000));
        Assert.False(DispatchCap.IsLawful(Ratio.One, Comparison.LessThan, 0, 1));
        Assert.True(DispatchCap.IsLawful(Ratio.Parse("1/10"), Comparison.LessThan, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DispatchCap.LargestLawful(Ratio.Parse("1/10"), Comparison.AtLeast, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => DispatchCap.LargestLawful(Ratio.Parse("1/10"), Comparison.MoreThan, 10));
    }

    // LS-DISPATCH-POST

    [Fact]
    public void LS_DISPATCH_POST_compares_each_temporary_post_with_six_months_and_reads_the_limit_once()
    {
        RuleReport report = Evaluate(Dispatch(450, ("temporary", 2, 6), ("auxiliary", 3, null), ("temporary", 1, 7)));
        TraceNode node = Node(report, "LS-DISPATCH-POST");
        Compared(node, "$.dispatch.posts[0].months", "6", "≤", "dispatch.temporaryPostMaxMonths", "6", true);
        Compared(node, "$.dispatch.posts[2].months", "7", "≤", "dispatch.temporaryPostMaxMonths", "6", false);
        Assert.Equal(2, node.Comparisons.Count);
        Assert.Single(node.Parameters, p => p.Name == "dispatch.temporaryPostMaxMonths");
        Finding f = One(report, "LS-DISPATCH-POST.temporaryTooLong");
        Assert.Equal("$.dispatch.posts[2].months", f.Path);
        Assert.Equal("#3", f.Argument("post"));
        Assert.Equal("1", f.Argument("workers"));
        Assert.Equal("7 months", f.Argument("months"));
        Assert.Equal("6 months", f.Argument("max"));
        Assert.Equal(RuleStatus.Failed, node.Status);
    }

    [Fact]
    public void LS_DISPATCH_POST_checks_the_posts_after_one_without_its_life_and_reads_no_limit_without_a_temporary_post()
    {
        RuleReport report = Evaluate(Dispatch(450, ("temporary", 2, null), ("main", 1, null), ("temporary", 1, 7)));
        Assert.Equal(
            ["engine.inputMissing", "LS-DISPATCH-POST.mainPost", "LS-DISPATCH-POST.temporaryTooLong"],
            Of(report, "LS-DISPATCH-POST").Select(f => f.MessageKey));

        TraceNode main = Node(Evaluate(Dispatch(450, ("main", 1, null))), "LS-DISPATCH-POST");
        Assert.Empty(main.Parameters);
        Assert.Equal(RuleStatus.Failed, main.Status);
    }

    [Fact]
    public void LS_DISPATCH_POST_under_a_layer_counting_less_than_six_months_fails_a_post_of_six()
    {
        RuleReport report = Evaluate(Dispatch(450, ("temporary", 2, 6)), "2026-06-01", Layer("dispatch.temporaryPostMaxMonths", "6", "month", "lessThan"));
        Compared(Node(report, "LS-DISPATCH-POST"), "$.dispatch.posts[0].months", "6", "<", "dispatch.temporaryPostMaxMonths", "6", false);
        Assert.Equal("6 months", One(report, "LS-DISPATCH-POST.temporaryTooLong").Argument("months"));

        RuleReport five = Evaluate(Dispatch(450, ("temporary", 2, 5)), "2026-06-01", Layer("dispatch.temporaryPostMaxMonths", "6", "month", "lessThan"));
        Assert.Empty(Of(five, "LS-DISPATCH-POST"));
        Assert.Equal(RuleStatus.Passed, Node(five, "LS-DISPATCH-POST").Status);
    }

    [Fact]
    public void LS_DISPATCH_POST_with_the_life_of_a_temporary_post_in_days_is_not_assessed()
    {
        RuleReport report = Evaluate(Dispatch(450, ("temporary", 2, 6)), "2026-06-01", Layer("dispatch.temporaryPostMaxMonths", "180", "days"));
        TraceNode node = Node(report, "LS-DISPATCH-POST");
        Assert.Equal(RuleStatus.NotAssessed, node.Status);
        Assert.Empty(node.Comparisons);
        Finding f = Assert.Single(Of(report, "LS-DISPATCH-POST"));
        Assert.Equal("engine.parameterInvalid", f.MessageKey);
        Assert.Equal("$", f.Path);
        Assert.Equal("dispatch.temporaryPostMaxMonths", f.Argument("parameter"));
        Assert.Equal("180 days", f.Argument("value"));
        Assert.Equal("period", f.Argument("kind"));
    }

    [Fact]
    public void LS_DISPATCH_POST_before_the_limit_is_in_force_is_not_assessed_and_checks_no_later_post()
    {
        RuleReport report = Evaluate(Dispatch(450, ("temporary", 2, 7), ("main", 1, null)), "2014-02-28");
        TraceNode node = Node(report, "LS-DISPATCH-POST");
        Assert.Equal(RuleStatus.NotAssessed, node.Status);
        Finding f = Assert.Single(Of(report, "LS-DISPATCH-POST"));
        Assert.Equal("engine.parameterMissing", f.MessageKey);
        Assert.Equal("dispatch.temporaryPostMaxMonths", f.Argument("parameter"));
    }

    [Fact]
    public void LS_DISPATCH_POST_without_a_dispatched_worker_on_any_post_is_not_applicable_and_an_exemption_names_its_field()
    {
        RuleReport none = Evaluate(Dispatch(450, ("main", 0, null), ("temporary", 0, 9)));
        TraceNode node = Node(none, "LS-DISPATCH-POST");
        Assert.Equal(RuleStatus.NotApplicable, node.Status);
        Assert.Empty(node.Parameters);
        Assert.Empty(Of(none, "LS-DISPATCH-POST"));

        RuleReport exempt = Evaluate("""{ "dispatch": { "ownEmployees": 10, "exemption": "internationalSeafarers", "posts": [ { "kind": "temporary", "workers": 30, "months": 9 } ] } }""");
        Finding f = Assert.Single(Of(exempt, "LS-DISPATCH-POST"));
        Assert.Equal("LS-DISPATCH-POST.exempt", f.MessageKey);
        Assert.Equal("$.dispatch.exemption", f.Path);
        Assert.Empty(Node(exempt, "LS-DISPATCH-POST").Comparisons);
    }

    [Fact]
    public void The_exemptions_and_counts_are_named_as_the_messages_label_them()
    {
        Assert.Equal("foreignRepresentativeOffice", LabourFileFacts.Name(Union.Domain.LabourStandards.DispatchExemption.ForeignRepresentativeOffice));
        Assert.Equal("internationalSeafarers", LabourFileFacts.Name(Union.Domain.LabourStandards.DispatchExemption.InternationalSeafarers));
        Assert.Equal("none", LabourFileFacts.Name(Union.Domain.LabourStandards.DispatchExemption.None));
        Assert.Equal("3 months", LabourFileFacts.Months(3));
        Assert.Equal("29 days", LabourFileFacts.Days(29));
        Assert.Equal("$.employees[2]", LabourFileFacts.EmployeePath(2));
        Assert.Equal("$.layoffs[0]", LabourFileFacts.LayoffPath(0));
    }

    // LS-PROBATION

    private static string Probation(string term, int? termMonths, int probation, string extra = "") =>
        "{ \"employees\": [ { \"id\": \"p1\", \"name\": \"试用\", \"started\": \"2026-01-05\", \"contractSigned\": \"2026-01-05\", \"term\": \"" + term + "\""
        + (termMonths is { } t ? ", \"termMonths\": " + t : string.Empty) + ", \"probationMonths\": " + probation + extra + " } ] }";

    [Fact]
    public void LS_PROBATION_records_the_term_and_compares_the_probation_with_the_longest_for_the_term()
    {
        RuleReport at = Evaluate(Probation("fixedTerm", 12, 2), "2026-12-31");
        TraceNode node = Node(at, "LS-PROBATION");
        Assert.Equal("12", Fact(node, "$.employees[0].termMonths"));
        Compared(node, "$.employees[0].probationMonths", "2", "≤", "maxForTerm", "2", true);
        Assert.Equal("2", Output(node, "employees[0].probationMaxMonths"));
        Assert.Null(Output(node, "employees[0].probationDamages"));
        Read(node, "ls.probation.maxByTerm");
        Assert.Empty(Of(at, "LS-PROBATION"));

        RuleReport over = Evaluate(Probation("fixedTerm", 12, 3), "2026-12-31");
        TraceNode overNode = Node(over, "LS-PROBATION");
        Compared(overNode, "$.employees[0].probationMonths", "3", "≤", "maxForTerm", "2", false);
        Assert.Equal("2", Output(overNode, "employees[0].probationMaxMonths"));
        Assert.Null(Fact(overNode, "$.employees[0].monthlyWage"));
        Finding f = One(over, "LS-PROBATION.tooLong");
        Assert.Equal("$.employees[0].probationMonths", f.Path);
        Assert.Equal("试用", f.Argument("employee"));
        Assert.Equal("12 months", f.Argument("term"));
        Assert.Equal("3 months", f.Argument("probation"));
        Assert.Equal("2 months", f.Argument("max"));
    }

    [Fact]
    public void LS_PROBATION_compares_an_open_ended_contract_with_the_last_tier_and_a_short_term_with_the_first()
    {
        RuleReport open = Evaluate(Probation("openEnded", null, 7), "2026-12-31");
        TraceNode node = Node(open, "LS-PROBATION");
        Compared(node, "$.employees[0].probationMonths", "7", "≤", "openEndedMax", "6", false);
        Assert.Equal("6", Output(node, "employees[0].probationMaxMonths"));
        Finding f = One(open, "LS-PROBATION.tooLongOpenEnded");
        Assert.Equal("$.employees[0].probationMonths", f.Path);
        Assert.Equal("试用", f.Argument("employee"));
        Assert.Equal("7 months", f.Argument("probation"));
        Assert.Equal("6 months", f.Argument("max"));

        TraceNode six = Node(Evaluate(Probation("openEnded", null, 6), "2026-12-31"), "LS-PROBATION");
        Compared(six, "$.employees[0].probationMonths", "6", "≤", "openEndedMax", "6", true);
        Assert.Equal("6", Output(six, "employees[0].probationMaxMonths"));

        RuleReport shortTerm = Evaluate(Probation("fixedTerm", 2, 1), "2026-12-31");
        TraceNode shortNode = Node(shortTerm, "LS-PROBATION");
        Compared(shortNode, "$.employees[0].termMonths", "2", "≥", "shortestTermWithProbation", "3", false);
        Assert.Equal("0", Output(shortNode, "employees[0].probationMaxMonths"));
        Finding s = One(shortTerm, "LS-PROBATION.shortTerm");
        Assert.Equal("2 months", s.Argument("term"));
        Assert.Equal("3 months", s.Argument("min"));
        Assert.Equal("1 months", s.Argument("probation"));
    }

    [Fact]
    public void LS_PROBATION_without_the_term_computes_no_longest_probation_and_no_damages()
    {
        RuleReport noKind = Evaluate("""{ "employees": [ { "name": "甲", "started": "2026-01-05", "probationMonths": 3, "monthlyWage": 5000 } ] }""", "2026-12-31");
        TraceNode node = Node(noKind, "LS-PROBATION");
        Assert.Equal(RuleStatus.NotAssessed, node.Status);
        Assert.Null(Output(node, "employees[0].probationMaxMonths"));
        Assert.Null(Output(node, "employees[0].probationDamages"));
        Assert.Equal("$.employees[0].term", Assert.Single(Of(noKind, "LS-PROBATION")).Path);

        RuleReport noMonths = Evaluate(Probation("fixedTerm", null, 3, ", \"monthlyWage\": 5000"), "2026-12-31");
        TraceNode months = Node(noMonths, "LS-PROBATION");
        Assert.Null(Output(months, "employees[0].probationMaxMonths"));
        Assert.Null(Output(months, "employees[0].probationDamages"));
        Assert.Equal("$.employees[0].termMonths", Assert.Single(Of(noMonths, "LS-PROBATION")).Path);
        Assert.Empty(months.Comparisons);
    }

    [Fact]
    public void LS_PROBATION_with_tiers_that_do_not_read_reports_the_parameter_once_and_still_checks_what_needs_no_tier()
    {
        string bad = Layer("ls.probation.maxByTerm", "\"12:2,3:1\"", "list");
        RuleReport report = Evaluate(
            """{ "employees": [ { "name": "甲", "started": "2026-01-05", "term": "fixedTerm", "termMonths": 12, "probationMonths": 2 }, { "name": "乙", "started": "2026-01-05", "term": "openEnded", "probationMonths": 6 }, { "name": "丙", "started": "2026-01-05", "term": "taskBased", "probationMonths": 1 } ] }""",
            "2026-12-31",
            bad);
        Assert.Equal(["engine.parameterInvalid", "LS-PROBATION.taskBased"], Of(report, "LS-PROBATION").Select(f => f.MessageKey));
        Finding f = Of(report, "LS-PROBATION").First();
        Assert.Equal("$", f.Path);
        Assert.Equal("ls.probation.maxByTerm", f.Argument("parameter"));
        Assert.Equal("12:2,3:1", f.Argument("value"));
        Assert.Equal("list", f.Argument("kind"));
        TraceNode node = Node(report, "LS-PROBATION");
        Assert.Empty(node.Comparisons);
        Assert.Null(Output(node, "employees[0].probationMaxMonths"));
        Assert.Null(Output(node, "employees[1].probationMaxMonths"));
        Assert.Equal("0", Output(node, "employees[2].probationMaxMonths"));
    }

    [Fact]
    public void LS_PROBATION_before_the_tiers_are_in_force_is_not_assessed()
    {
        RuleReport report = Evaluate(
            """{ "employees": [ { "name": "甲", "started": "2007-06-01", "term": "fixedTerm", "termMonths": 12, "probationMonths": 3 }, { "name": "乙", "started": "2007-06-01", "term": "fixedTerm", "termMonths": 12, "probationMonths": 3 } ] }""",
            "2007-12-31");
        Finding f = Assert.Single(Of(report, "LS-PROBATION"));
        Assert.Equal("engine.parameterMissing", f.MessageKey);
        Assert.Equal("ls.probation.maxByTerm", f.Argument("parameter"));
        Assert.Equal(RuleStatus.NotAssessed, Node(report, "LS-PROBATION").Status);
    }

    [Fact]
    public void LS_PROBATION_skips_an_employee_without_probation_and_names_each_by_place()
    {
        RuleReport report = Evaluate(
            """{ "employees": [ { "started": "2026-01-05", "term": "fixedTerm", "termMonths": 12, "probationMonths": 0 }, { "started": "2026-01-05", "term": "fixedTerm", "termMonths": 12, "probationMonths": 3, "monthlyWage": 6000 } ] }""",
            "2026-04-04");
        TraceNode node = Node(report, "LS-PROBATION");
        Assert.Null(Output(node, "employees[0].probationMaxMonths"));
        Assert.Equal("2", Output(node, "employees[1].probationMaxMonths"));
        Assert.Equal("6000", Output(node, "employees[1].probationDamages"));
        Finding f = One(report, "LS-PROBATION.tooLong");
        Assert.Equal("#2", f.Argument("employee"));
        Assert.Equal("$.employees[1].probationMonths", f.Path);
        Finding d = One(report, "LS-PROBATION.damages");
        Assert.Equal("$.employees[1].monthlyWage", d.Path);
        Assert.Equal("#2", d.Argument("employee"));
        Assert.Equal("2026-03-05", d.Argument("from"));
        Assert.Equal("2026-04-04", d.Argument("to"));
        Assert.Equal("1 months", d.Argument("excess"));
        Assert.Equal("2026-04-04", d.Argument("asOf"));
        Assert.Equal("1 months", d.Argument("served"));
        Assert.Equal("6000", d.Argument("wage"));
        Assert.Equal("6000", d.Argument("amount"));
    }

    [Fact]
    public void LS_PROBATION_a_second_probation_owes_damages_from_the_first_day_and_a_probation_as_long_as_the_term_is_noted()
    {
        RuleReport second = Evaluate(Probation("fixedTerm", 36, 2, ", \"earlierProbation\": true, \"monthlyWage\": 5000"), "2026-03-03");
        TraceNode node = Node(second, "LS-PROBATION");
        Assert.Equal("0", Output(node, "employees[0].probationMaxMonths"));
        Assert.Equal("5000", Output(node, "employees[0].probationDamages"));
        Assert.Empty(node.Comparisons);
        Finding d = One(second, "LS-PROBATION.damages");
        Assert.Equal("2026-01-05", d.Argument("from"));
        Assert.Equal("2026-03-04", d.Argument("to"));
        Assert.Equal("2 months", d.Argument("excess"));
        Assert.Equal("1 months", d.Argument("served"));

        RuleReport all = Evaluate(Probation("fixedTerm", 3, 3), "2026-12-31");
        Finding note = One(all, "LS-PROBATION.onlyProbation");
        Assert.Equal("$.employees[0].probationMonths", note.Path);
        Assert.Equal("3 months", note.Argument("probation"));
        Assert.Equal("3 months", note.Argument("term"));
        Assert.Equal("试用", note.Argument("employee"));
        Assert.DoesNotContain(Of(Evaluate(Probation("fixedTerm", 4, 3), "2026-12-31"), "LS-PROBATION"), f => f.MessageKey == "LS-PROBATION.onlyProbation");
        Assert.Single(Of(Evaluate(Probation("fixedTerm", 3, 4), "2026-12-31"), "LS-PROBATION"), f => f.MessageKey == "LS-PROBATION.onlyProbation");
    }

    [Fact]
    public void Excess_runs_from_the_day_after_the_lawful_probation_and_counts_only_whole_months_served()
    {
        LocalDate started = new(2026, 1, 5);
        Assert.Equal((new LocalDate(2026, 3, 5), new LocalDate(2026, 4, 4), 1), ProbationWithinStatutoryLimitRule.Excess(started, 2, 3, new LocalDate(2026, 4, 4)));
        Assert.Equal((new LocalDate(2026, 3, 5), new LocalDate(2026, 4, 4), 0), ProbationWithinStatutoryLimitRule.Excess(started, 2, 3, new LocalDate(2026, 4, 3)));
        Assert.Equal((new LocalDate(2026, 1, 5), new LocalDate(2026, 3, 4), 2), ProbationWithinStatutoryLimitRule.Excess(started, 0, 2, new LocalDate(2026, 3, 4)));
        Assert.Equal((new LocalDate(2026, 1, 5), new LocalDate(2026, 3, 4), 1), ProbationWithinStatutoryLimitRule.Excess(started, 0, 2, new LocalDate(2026, 3, 3)));
        Assert.Equal((new LocalDate(2026, 1, 5), new LocalDate(2026, 3, 4), 0), ProbationWithinStatutoryLimitRule.Excess(started, 0, 2, new LocalDate(2026, 2, 3)));
        LocalDate first = new(2026, 1, 1);
        Assert.Equal((new LocalDate(2026, 7, 1), new LocalDate(2026, 8, 31), 1), ProbationWithinStatutoryLimitRule.Excess(first, 6, 8, new LocalDate(2026, 8, 30)));
        Assert.Equal((new LocalDate(2026, 7, 1), new LocalDate(2026, 8, 31), 2), ProbationWithinStatutoryLimitRule.Excess(first, 6, 8, new LocalDate(2026, 8, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbationWithinStatutoryLimitRule.Excess(first, -1, 2, first));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProbationWithinStatutoryLimitRule.Excess(first, 2, 2, first));
    }

    [Fact]
    public void ProbationTiers_reads_rising_whole_tiers_and_refuses_anything_else()
    {
        Assert.True(ProbationTiers.TryParse(["3:1", "12:2", "36:6"], out ProbationTiers? tiers));
        Assert.Equal([(3, 1), (12, 2), (36, 6)], tiers.Tiers);
        Assert.Equal(3, tiers.ShortestTermWithProbation);
        Assert.Equal(6, tiers.OpenEndedMax);
        Assert.True(ProbationTiers.TryParse([" 1 : 0 "], out ProbationTiers? one));
        Assert.Equal([(1, 0)], one.Tiers);
        Assert.Equal(0, one.OpenEndedMax);

        foreach (string[] items in new[]
        {
            Array.Empty<string>(), ["3"], ["3:1:2"], ["a:1"], ["3:b"], ["-3:1"], ["3:-1"], ["+3:1"], ["0:1"], ["12:2", "3:1"], ["3:1", "3:2"], ["3:1", "12"],
        })
        {
            Assert.False(ProbationTiers.TryParse(items, out ProbationTiers? none), string.Join(",", items));
            Assert.Null(none);
        }
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 1)]
    [InlineData(11, 1)]
    [InlineData(12, 2)]
    [InlineData(35, 2)]
    [InlineData(36, 6)]
    [InlineData(120, 6)]
    public void ProbationTiers_gives_the_tier_of_the_term_以上_and_不满(int termMonths, int? max)
    {
        Assert.True(ProbationTiers.TryParse(["3:1", "12:2", "36:6"], out ProbationTiers? tiers));
        Assert.Equal(max, tiers.MaxForFixedTerm(termMonths));
    }

    // LS-LAYOFF

    private static string Layoff(int headcount, int laidOff, string effective, string? explained, bool? heard, string? reported) =>
        "{ \"layoffs\": [ { \"headcount\": " + headcount + ", \"laidOff\": " + laidOff + ", \"effective\": \"" + effective + "\""
        + (explained is null ? string.Empty : ", \"explainedToUnion\": \"" + explained + "\"")
        + (heard is null ? string.Empty : ", \"opinionsHeard\": " + (heard.Value ? "true" : "false"))
        + (reported is null ? string.Empty : ", \"reportedToAdministration\": \"" + reported + "\"") + " } ] }";

    [Fact]
    public void LS_LAYOFF_compares_the_count_then_the_share_and_each_step_with_its_day()
    {
        RuleReport twenty = Evaluate(Layoff(1000, 20, "2026-04-30", "2026-03-31", true, "2026-04-10"), "2026-12-31");
        TraceNode node = Node(twenty, "LS-LAYOFF");
        Compared(node, "$.layoffs[0].laidOff", "20", "≥", "ls.layoff.minPersons", "20", true);
        Assert.DoesNotContain(node.Comparisons, c => c.Left == "laidOff/headcount");
        Compared(node, "$.layoffs[0].explainedToUnion", "2026-04-30", "≤", "effective", "2026-04-30", true);
        Compared(node, "$.layoffs[0].reportedToAdministration", "2026-04-10", "≤", "effective", "2026-04-30", true);
        Compared(node, "$.layoffs[0].reportedToAdministration", "2026-04-10", "≥", "explainedToUnion", "2026-03-31", true);
        Assert.Equal("2026-03-31", Output(node, "layoffs[0].explanationDue"));
        Assert.Equal("2026-04-30", Output(node, "layoffs[0].reportDue"));
        Read(node, "ls.layoff.minPersons", "ls.layoff.minRatio", "ls.layoff.explanationPeriod");

        RuleReport share = Evaluate(Layoff(190, 19, "2026-04-30", "2026-04-01", true, "2026-04-10"), "2026-12-31");
        TraceNode shareNode = Node(share, "LS-LAYOFF");
        Compared(shareNode, "$.layoffs[0].laidOff", "19", "≥", "ls.layoff.minPersons", "20", false);
        Compared(shareNode, "laidOff/headcount", "19/190", "≥", "ls.layoff.minRatio", "1/10", true);
        Compared(shareNode, "$.layoffs[0].explainedToUnion", "2026-05-01", "≤", "effective", "2026-04-30", false);
        Finding late = One(share, "LS-LAYOFF.explainedLate");
        Assert.Equal("$.layoffs[0].explainedToUnion", late.Path);
        Assert.Equal("2026-04-01", late.Argument("explained"));
        Assert.Equal("29 days", late.Argument("days"));
        Assert.Equal("2026-04-30", late.Argument("effective"));
        Assert.Equal("30 days", late.Argument("period"));
        Assert.Equal("2026-03-31", late.Argument("due"));

        RuleReport below = Evaluate(Layoff(191, 19, "2026-04-30", null, null, null), "2026-12-31");
        Compared(Node(below, "LS-LAYOFF"), "laidOff/headcount", "19/191", "≥", "ls.layoff.minRatio", "1/10", false);
        Finding b = Assert.Single(Of(below, "LS-LAYOFF"));
        Assert.Equal("LS-LAYOFF.belowThreshold", b.MessageKey);
        Assert.Equal("$.layoffs[0].laidOff", b.Path);
        Assert.Equal("19", b.Argument("laidOff"));
        Assert.Equal("191", b.Argument("headcount"));
        Assert.Equal("20", b.Argument("minPersons"));
        Assert.Equal("1/10", b.Argument("minRatio"));
        Assert.Null(Output(Node(below, "LS-LAYOFF"), "layoffs[0].explanationDue"));
    }

    [Fact]
    public void LS_LAYOFF_checks_each_layoff_on_its_own_and_skips_one_of_nobody()
    {
        RuleReport report = Evaluate(
            """{ "layoffs": [ { "headcount": 1000, "laidOff": 0, "effective": "2026-04-30" }, { "headcount": 1000, "laidOff": 25, "effective": "2026-06-30", "explainedToUnion": "2026-05-31", "opinionsHeard": true, "reportedToAdministration": "2026-07-01" } ] }""",
            "2026-12-31");
        TraceNode node = Node(report, "LS-LAYOFF");
        Assert.Null(Output(node, "layoffs[0].explanationDue"));
        Assert.Equal("2026-05-31", Output(node, "layoffs[1].explanationDue"));
        Finding f = Assert.Single(Of(report, "LS-LAYOFF"));
        Assert.Equal("LS-LAYOFF.reportedLate", f.MessageKey);
        Assert.Equal("$.layoffs[1].reportedToAdministration", f.Path);
        Assert.Equal("2026-07-01", f.Argument("reported"));
        Assert.Equal("2026-06-30", f.Argument("effective"));
        Assert.Equal(RuleStatus.Failed, node.Status);
    }

    [Fact]
    public void LS_LAYOFF_with_a_lead_time_in_working_days_is_not_assessed()
    {
        RuleReport report = Evaluate(Layoff(1000, 20, "2026-04-30", "2026-03-31", true, "2026-04-10"), "2026-12-31", Layer("ls.layoff.explanationPeriod", "22", "workingDays"));
        Finding f = Assert.Single(Of(report, "LS-LAYOFF"));
        Assert.Equal("engine.parameterInvalid", f.MessageKey);
        Assert.Equal("ls.layoff.explanationPeriod", f.Argument("parameter"));
        Assert.Equal("period", f.Argument("kind"));
        Assert.Empty(Node(report, "LS-LAYOFF").Comparisons);
    }

    [Fact]
    public void LS_LAYOFF_names_the_invalid_lead_time_with_its_value_and_kind()
    {
        RuleReport report = Evaluate(Layoff(1000, 20, "2026-04-30", "2026-03-31", true, "2026-04-10"), "2026-12-31", Layer("ls.layoff.explanationPeriod", "22", "workingDays"));
        Finding f = Assert.Single(Of(report, "LS-LAYOFF"));
        Assert.Equal("$", f.Path);
        Assert.Equal(["parameter=ls.layoff.explanationPeriod", "value=22 workingDays", "kind=period"], f.Arguments.Select(a => a.Key + "=" + a.Value));
    }

    [Fact]
    public void LS_LAYOFF_compares_the_count_and_the_share_as_a_callers_layer_says()
    {
        // 以上 read as "more than": 20 of 1000 is then not enough by count, nor 20/200 by share.
        string[] layers = [Layer("ls.layoff.minPersons", "20", "person", "moreThan"), Layer("ls.layoff.minRatio", "\"1/10\"", "ratio", "moreThan")];
        RuleReport count = Evaluate(Layoff(1000, 20, "2026-04-30", "2026-03-31", true, "2026-04-10"), "2026-12-31", layers);
        Compared(Node(count, "LS-LAYOFF"), "$.layoffs[0].laidOff", "20", ">", "ls.layoff.minPersons", "20", false);
        Assert.Equal("LS-LAYOFF.belowThreshold", Assert.Single(Of(count, "LS-LAYOFF")).MessageKey);

        RuleReport share = Evaluate(Layoff(200, 20, "2026-04-30", "2026-03-31", true, "2026-04-10"), "2026-12-31", layers);
        Compared(Node(share, "LS-LAYOFF"), "laidOff/headcount", "20/200", ">", "ls.layoff.minRatio", "1/10", false);
        Assert.Equal("LS-LAYOFF.belowThreshold", Assert.Single(Of(share, "LS-LAYOFF")).MessageKey);
    }

    [Fact]
    public void LS_LAYOFF_on_the_effective_day_needs_the_opinions_heard_and_the_day_before_does_not()
    {
        RuleReport onTheDay = Evaluate(Layoff(1000, 20, "2026-04-30", "2026-03-31", null, "2026-04-10"), "2026-04-30");
        Finding f = One(onTheDay, "engine.inputMissing");
        Assert.Equal("$.layoffs[0].opinionsHeard", f.Path);
        RuleReport before = Evaluate(Layoff(1000, 20, "2026-04-30", "2026-03-31", null, "2026-04-10"), "2026-04-29");
        Assert.DoesNotContain(Of(before, "LS-LAYOFF"), x => x.MessageKey == "engine.inputMissing");
    }

    [Fact]
    public void LS_LAYOFF_reported_before_the_union_was_told_names_both_days_on_the_report()
    {
        RuleReport report = Evaluate(Layoff(1000, 20, "2026-04-30", "2026-03-31", true, "2026-03-30"), "2026-12-31");
        Finding f = One(report, "LS-LAYOFF.reportedBeforeExplanation");
        Assert.Equal("$.layoffs[0].reportedToAdministration", f.Path);
        Assert.Equal(["reported=2026-03-30", "explained=2026-03-31"], f.Arguments.Select(a => a.Key + "=" + a.Value));
    }

    [Fact]
    public void LS_LAYOFF_with_a_lead_time_of_a_month_counts_to_the_month_end_where_the_day_has_no_counterpart()
    {
        // 民法典 第二百零二条: a month from 03-31 ends on 04-30 (April has no 31st), so 03-31 is still a month before 04-30.
        string month = Layer("ls.layoff.explanationPeriod", "1", "months");
        RuleReport lastDay = Evaluate(Layoff(1000, 20, "2026-04-30", "2026-03-31", true, "2026-04-10"), "2026-12-31", month);
        TraceNode node = Node(lastDay, "LS-LAYOFF");
        Assert.Equal("2026-03-31", Output(node, "layoffs[0].explanationDue"));
        Compared(node, "$.layoffs[0].explainedToUnion", "2026-04-30", "≤", "effective", "2026-04-30", true);
        Assert.Empty(Of(lastDay, "LS-LAYOFF"));

        RuleReport late = Evaluate(Layoff(1000, 20, "2026-04-29", "2026-03-30", true, "2026-04-10"), "2026-12-31", month);
        Assert.Equal("2026-03-29", Output(Node(late, "LS-LAYOFF"), "layoffs[0].explanationDue"));
        Assert.Equal("2026-03-29", One(late, "LS-LAYOFF.explainedLate").Argument("due"));

        Assert.Equal(new LocalDate(2026, 1, 31), LayoffProcedureRule.LatestExplanation(new LocalDate(2026, 2, 28), Union.Rules.Calendar.LegalPeriod.Months(1)));
        Assert.Equal(new LocalDate(2026, 2, 28), LayoffProcedureRule.LatestExplanation(new LocalDate(2026, 3, 30), Union.Rules.Calendar.LegalPeriod.Months(1)));
        Assert.Equal(new LocalDate(2024, 2, 29), LayoffProcedureRule.LatestExplanation(new LocalDate(2025, 2, 28), Union.Rules.Calendar.LegalPeriod.Years(1)));
        Assert.Equal(new LocalDate(2023, 2, 28), LayoffProcedureRule.LatestExplanation(new LocalDate(2024, 2, 29), Union.Rules.Calendar.LegalPeriod.Years(1)));
        Assert.Equal(new LocalDate(2026, 3, 31), LayoffProcedureRule.LatestExplanation(new LocalDate(2026, 4, 30), Union.Rules.Calendar.LegalPeriod.Days(30)));
    }

    // LS-OPEN-ENDED

    private static string Employee(string fields) => "{ \"employees\": [ { \"id\": \"o1\", \"name\": \"老李\", " + fields + " } ] }";

    [Fact]
    public void LS_OPEN_ENDED_compares_the_tenth_anniversary_with_the_review_date_and_the_terms_with_two()
    {
        RuleReport report = Evaluate(Employee("\"started\": \"2016-03-01\", \"contractSigned\": \"2016-03-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 2, \"hasDismissalGround\": false"), "2026-03-01");
        TraceNode node = Node(report, "LS-OPEN-ENDED");
        Compared(node, "$.employees[0].tenYearsOn", "2026-03-01", "≤", "asOf", "2026-03-01", true);
        Compared(node, "$.employees[0].consecutiveFixedTerms", "2", "≥", "ls.openEnded.fixedTerms", "2", true);
        Assert.Equal("2026-03-01", Output(node, "employees[0].tenYearsOn"));
        Read(node, "ls.openEnded.serviceYears", "ls.openEnded.fixedTerms", "ls.openEnded.yearsToRetirement");
        Finding ten = One(report, "LS-OPEN-ENDED.tenYears");
        Assert.Equal("$.employees[0].started", ten.Path);
        Assert.Equal("老李", ten.Argument("employee"));
        Assert.Equal("2016-03-01", ten.Argument("started"));
        Assert.Equal("10", ten.Argument("years"));
        Assert.Equal("2026-03-01", ten.Argument("tenYearsOn"));
        Finding terms = One(report, "LS-OPEN-ENDED.twoFixedTerms");
        Assert.Equal("$.employees[0].consecutiveFixedTerms", terms.Path);
        Assert.Equal("2", terms.Argument("terms"));

        TraceNode before = Node(Evaluate(Employee("\"started\": \"2016-03-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 1"), "2026-02-28"), "LS-OPEN-ENDED");
        Compared(before, "$.employees[0].tenYearsOn", "2026-03-01", "≤", "asOf", "2026-02-28", false);
        Compared(before, "$.employees[0].consecutiveFixedTerms", "1", "≥", "ls.openEnded.fixedTerms", "2", false);
        Assert.Null(Output(before, "employees[0].tenYearsOn"));
        Assert.Equal(RuleStatus.Passed, before.Status);
    }

    [Fact]
    public void LS_OPEN_ENDED_at_restructuring_compares_the_retirement_date_with_ten_years_after_the_conclusion()
    {
        RuleReport report = Evaluate(Employee("\"started\": \"1998-03-01\", \"contractSigned\": \"2024-03-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 1, \"retirementDate\": \"2034-02-28\", \"firstContractsOrRestructuring\": true"), "2026-06-01");
        TraceNode node = Node(report, "LS-OPEN-ENDED");
        Compared(node, "$.employees[0].tenYearsOn", "2008-03-01", "≤", "concluded", "2024-03-01", true);
        Compared(node, "$.employees[0].retirementDate", "2034-02-28", "<", "concluded + 10 years", "2034-03-01", true);
        Assert.Equal("2034-02-28", Output(node, "employees[0].retirementDate"));
        Finding f = One(report, "LS-OPEN-ENDED.firstContracts");
        Assert.Equal("$.employees[0].firstContractsOrRestructuring", f.Path);
        Assert.Equal("2024-03-01", f.Argument("concluded"));
        Assert.Equal("10", f.Argument("years"));
        Assert.Equal("2034-02-28", f.Argument("retirement"));
        Assert.Equal("10", f.Argument("yearsToRetirement"));

        RuleReport unknown = Evaluate(Employee("\"started\": \"1998-03-01\", \"contractSigned\": \"2024-03-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 1, \"firstContractsOrRestructuring\": true"), "2026-06-01");
        TraceNode u = Node(unknown, "LS-OPEN-ENDED");
        Assert.Null(Fact(u, "$.employees[0].retirementDate"));
        Assert.Null(Output(u, "employees[0].retirementDate"));

        RuleReport young = Evaluate(Employee("\"started\": \"2015-03-02\", \"contractSigned\": \"2025-03-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 1, \"retirementDate\": \"2030-01-01\", \"firstContractsOrRestructuring\": true"), "2025-03-01");
        TraceNode y = Node(young, "LS-OPEN-ENDED");
        Compared(y, "$.employees[0].tenYearsOn", "2025-03-02", "≤", "concluded", "2025-03-01", false);
        Assert.DoesNotContain(y.Comparisons, c => c.Left == "$.employees[0].retirementDate");
        Assert.Null(Output(y, "employees[0].retirementDate"));
    }

    [Fact]
    public void LS_OPEN_ENDED_does_not_count_the_terms_of_an_employee_with_a_dismissal_ground_and_names_the_assumption()
    {
        TraceNode ground = Node(Evaluate(Employee("\"started\": \"2020-01-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 2, \"hasDismissalGround\": true"), "2026-06-01"), "LS-OPEN-ENDED");
        Assert.DoesNotContain(ground.Comparisons, c => c.Left == "$.employees[0].consecutiveFixedTerms");

        RuleReport assumed = Evaluate(Employee("\"started\": \"2020-01-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 3"), "2026-06-01");
        Finding f = Assert.Single(Of(assumed, "LS-OPEN-ENDED"));
        Assert.Equal("LS-OPEN-ENDED.twoFixedTermsAssumed", f.MessageKey);
        Assert.Equal("3", f.Argument("terms"));
    }

    [Theory]
    [InlineData("ls.openEnded.serviceYears", "0", "year", false)]
    [InlineData("ls.openEnded.serviceYears", "1", "year", true)]
    [InlineData("ls.openEnded.fixedTerms", "1000", "times", true)]
    [InlineData("ls.openEnded.fixedTerms", "1001", "times", false)]
    [InlineData("ls.openEnded.fixedTerms", "2.5", "times", false)]
    [InlineData("ls.openEnded.yearsToRetirement", "0", "year", false)]
    public void LS_OPEN_ENDED_reads_each_number_as_whole_years_or_terms_from_1_to_1000(string name, string value, string unit, bool valid)
    {
        RuleReport report = Evaluate(Employee("\"started\": \"2020-01-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 1"), "2026-06-01", Layer(name, value, unit));
        TraceNode node = Node(report, "LS-OPEN-ENDED");
        if (valid)
        {
            Assert.DoesNotContain(Of(report, "LS-OPEN-ENDED"), f => f.MessageKey == "engine.parameterInvalid");
            Assert.NotEmpty(node.Comparisons);
        }
        else
        {
            Finding f = Assert.Single(Of(report, "LS-OPEN-ENDED"));
            Assert.Equal("engine.parameterInvalid", f.MessageKey);
            Assert.Equal("$", f.Path);
            Assert.Equal(name, f.Argument("parameter"));
            Assert.Equal(value, f.Argument("value"));
            Assert.Equal("number", f.Argument("kind"));
            Assert.Empty(node.Comparisons);
            Assert.Equal(RuleStatus.NotAssessed, node.Status);
        }
    }

    [Fact]
    public void LS_OPEN_ENDED_says_nothing_of_a_public_welfare_post_without_a_ground()
    {
        RuleReport report = Evaluate(Employee("\"started\": \"2020-01-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 1, \"publicWelfarePost\": true"), "2026-06-01");
        Assert.Empty(Of(report, "LS-OPEN-ENDED"));
        Assert.Equal(RuleStatus.Passed, Node(report, "LS-OPEN-ENDED").Status);
    }

    [Fact]
    public void LS_OPEN_ENDED_compares_the_terms_and_the_years_to_retirement_as_a_callers_layer_says()
    {
        // "连续订立二次以上" read as more than two; "距法定退休年龄不足十年" read as at most ten years.
        RuleReport terms = Evaluate(Employee("\"started\": \"2020-01-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 2, \"hasDismissalGround\": false"), "2026-06-01", Layer("ls.openEnded.fixedTerms", "2", "times", "moreThan"));
        Compared(Node(terms, "LS-OPEN-ENDED"), "$.employees[0].consecutiveFixedTerms", "2", ">", "ls.openEnded.fixedTerms", "2", false);
        Assert.Empty(Of(terms, "LS-OPEN-ENDED"));

        const string restructured = "\"started\": \"1998-03-01\", \"contractSigned\": \"2024-03-01\", \"term\": \"fixedTerm\", \"termMonths\": 36, \"consecutiveFixedTerms\": 1, \"retirementDate\": \"2034-03-01\", \"firstContractsOrRestructuring\": true";
        Assert.DoesNotContain(Of(Evaluate(Employee(restructured), "2026-06-01"), "LS-OPEN-ENDED"), f => f.MessageKey == "LS-OPEN-ENDED.firstContracts");
        RuleReport atMost = Evaluate(Employee(restructured), "2026-06-01", Layer("ls.openEnded.yearsToRetirement", "10", "year", "atMost"));
        Compared(Node(atMost, "LS-OPEN-ENDED"), "$.employees[0].retirementDate", "2034-03-01", "≤", "concluded + 10 years", "2034-03-01", true);
        Assert.Equal("2034-03-01", One(atMost, "LS-OPEN-ENDED.firstContracts").Argument("retirement"));
    }

    [Fact]
    public void LS_OPEN_ENDED_passes_over_an_open_ended_contract_beside_a_fixed_term()
    {
        RuleReport report = Evaluate(
            """{ "employees": [ { "name": "甲", "started": "2010-01-01", "term": "openEnded" }, { "name": "乙", "started": "2010-01-01", "term": "fixedTerm", "termMonths": 36, "consecutiveFixedTerms": 1 } ] }""",
            "2026-06-01");
        TraceNode node = Node(report, "LS-OPEN-ENDED");
        Assert.Null(Output(node, "employees[0].tenYearsOn"));
        Assert.Equal("2020-01-01", Output(node, "employees[1].tenYearsOn"));
        Assert.Equal("乙", One(report, "LS-OPEN-ENDED.tenYears").Argument("employee"));
    }

    // LS-WRITTEN-CONTRACT, LS-COMPENSATION, LS-DISPUTE

    [Fact]
    public void LS_WRITTEN_CONTRACT_names_an_employee_by_name_else_identifier_else_place()
    {
        RuleReport report = Evaluate(
            """{ "employees": [ { "started": "2026-05-20" }, { "id": "E2", "started": "2026-05-20" }, { "id": "E3", "name": "丙", "started": "2026-05-20" } ] }""");
        Finding[] due = [.. Of(report, "LS-WRITTEN-CONTRACT").Where(f => f.MessageKey == "LS-WRITTEN-CONTRACT.due")];
        Assert.Equal(["#1", "E2", "丙"], due.Select(f => f.Argument("employee")));
        Assert.Equal(["$.employees[0].contractSigned", "$.employees[1].contractSigned", "$.employees[2].contractSigned"], due.Select(f => f.Path));
        Assert.Equal("2026-06-20", due[0].Argument("due"));
    }

    [Fact]
    public void LS_WRITTEN_CONTRACT_signed_the_day_after_the_first_month_owes_no_double_wage_and_says_from_when_it_would()
    {
        RuleReport report = Evaluate("""{ "employees": [ { "name": "甲", "started": "2026-01-05", "contractSigned": "2026-02-06" } ] }""");
        Finding f = One(report, "LS-WRITTEN-CONTRACT.noDoubleWage");
        Assert.Equal("$.employees[0].contractSigned", f.Path);
        Assert.Equal(["employee=甲", "signed=2026-02-06", "start=2026-02-06"], f.Arguments.Select(a => a.Key + "=" + a.Value));
    }

    [Fact]
    public void LS_WRITTEN_CONTRACT_a_year_without_a_written_contract_is_deemed_open_ended_and_points_at_the_signing()
    {
        RuleReport report = Evaluate("""{ "employees": [ { "name": "甲", "started": "2024-01-01", "monthlyWage": 8000 } ] }""");
        Finding f = One(report, "LS-WRITTEN-CONTRACT.deemedOpenEnded");
        Assert.Equal("$.employees[0].contractSigned", f.Path);
        Assert.Equal("《劳动合同法》第十四条第三款", f.Citation.ToChinese());
        Assert.Equal("甲", f.Argument("employee"));
    }

    [Fact]
    public void LS_WRITTEN_CONTRACT_records_each_start_and_signing_and_skips_none()
    {
        RuleReport report = Evaluate(
            """{ "employees": [ { "name": "甲", "started": "2026-01-31", "contractSigned": "2026-02-28" }, { "name": "乙", "started": "2026-01-31", "contractSigned": "2026-03-03", "monthlyWage": 8700 } ] }""");
        TraceNode node = Node(report, "LS-WRITTEN-CONTRACT");
        Assert.Equal("2026-01-31", Fact(node, "$.employees[0].started"));
        Assert.Equal("2026-02-28", Fact(node, "$.employees[0].contractSigned"));
        Assert.Equal("2026-03-03", Fact(node, "$.employees[1].contractSigned"));
        Assert.Equal("2026-02-28", Output(node, "employees[0].signingDue"));
        Assert.Equal("2026-02-28", Output(node, "employees[1].signingDue"));
        Assert.Equal("2026-03-01", Output(node, "employees[1].doubleWageFrom"));
        Assert.Equal("2026-03-02", Output(node, "employees[1].doubleWageTo"));
        Assert.Null(Output(node, "employees[0].doubleWageFrom"));
        Finding late = One(report, "LS-WRITTEN-CONTRACT.late");
        Assert.Equal("$.employees[1].contractSigned", late.Path);
        Assert.Equal("乙", late.Argument("employee"));
        Assert.Equal("2026-01-31", late.Argument("started"));
        Assert.Equal("2026-03-03", late.Argument("signed"));
        Assert.Equal("2026-02-28", late.Argument("due"));
        Finding wage = One(report, "LS-WRITTEN-CONTRACT.doubleWage");
        Assert.Equal("$.employees[1]", wage.Path);
        Assert.Equal("2026-03-01", wage.Argument("from"));
        Assert.Equal("2026-03-02", wage.Argument("to"));
        Assert.Equal("8700", wage.Argument("wage"));
    }

    [Fact]
    public void LS_COMPENSATION_records_the_separation_of_each_employee_who_left()
    {
        RuleReport report = Evaluate(
            """{ "employees": [ { "name": "甲", "started": "2020-01-01", "contractSigned": "2020-01-01" }, { "name": "乙", "started": "2020-01-01", "contractSigned": "2020-01-01", "separation": { "date": "2025-12-31", "ground": "employeeResigned" } } ] }""");
        TraceNode node = Node(report, "LS-COMPENSATION");
        Assert.Equal("2025-12-31", Fact(node, "$.employees[1].separation.date"));
        Assert.Equal("employeeResigned", Fact(node, "$.employees[1].separation.ground"));
        Assert.DoesNotContain(node.Facts, f => f.Name.StartsWith("$.employees[0]", StringComparison.Ordinal));
        Finding f = Assert.Single(Of(report, "LS-COMPENSATION"));
        Assert.Equal("LS-COMPENSATION.notOwed", f.MessageKey);
        Assert.Equal("$.employees[1].separation.ground", f.Path);
        Assert.Equal("乙", f.Argument("employee"));
        Assert.Equal("separation.employeeResigned", f.Argument("ground"));
    }

    [Fact]
    public void LS_DISPUTE_records_when_the_infringement_was_known_the_application_and_the_claim()
    {
        RuleReport report = Evaluate(
            """{ "disputes": [ { "knewOfInfringement": "2025-12-01", "claimKind": "economicCompensation", "claimAmount": 30480, "arbitrationApplied": "2026-03-01" } ] }""",
            "2026-11-01");
        TraceNode node = Node(report, "LS-DISPUTE");
        Assert.Equal("2025-12-01", Fact(node, "$.disputes[0].knewOfInfringement"));
        Assert.Equal("2026-03-01", Fact(node, "$.disputes[0].arbitrationApplied"));
        Assert.Equal("30480", Fact(node, "$.disputes[0].claimAmount"));
    }
}

