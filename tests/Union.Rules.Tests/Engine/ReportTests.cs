using System.Globalization;
using NodaTime;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// A report read as a caller reads it: the verdict from its findings, a finding's citations and arguments, outputs by name and
/// type, and the one-line summary (each code once with its first provision, what was not assessed and which parameters).
/// </summary>
public sealed class ReportTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    private static readonly Citation Art44 = new(Instruments.LabourLaw, 44);

    private static readonly Citation Art41 = new(Instruments.LabourLaw, 41);

    private static readonly Citation Art36 = new(Instruments.LabourLaw, 36);

    private static Finding F(string code, RuleStatus status, Severity severity = Severity.Violation, Citation? citation = null, string? parameter = null, IReadOnlyList<Citation>? supporting = null) =>
        new(code, severity, status, code + ".key", citation ?? Art44, "$",
            parameter is null ? [] : [new KeyValuePair<string, string>("parameter", parameter)], supporting);

    private static RuleReport Report(params Finding[] findings) => new(new LocalDate(2026, 6, 1), null, findings, []);

    [Fact]
    public void A_violation_decides_the_verdict_then_a_rule_not_assessed_then_lawful()
    {
        Assert.Equal(ReviewVerdict.Lawful, Report().Verdict);
        Assert.Equal(ReviewVerdict.Lawful, Report(F("A", RuleStatus.Passed), F("B", RuleStatus.NotApplicable), F("C", RuleStatus.Computed)).Verdict);
        Assert.Equal(ReviewVerdict.Lawful, Report(F("A", RuleStatus.Failed, Severity.Warning), F("B", RuleStatus.Failed, Severity.Info)).Verdict);
        Assert.Equal(ReviewVerdict.Incomplete, Report(F("A", RuleStatus.Failed, Severity.Warning), F("B", RuleStatus.NotAssessed)).Verdict);
        Assert.Equal(ReviewVerdict.ViolationsFound, Report(F("B", RuleStatus.NotAssessed), F("A", RuleStatus.Failed)).Verdict);
        Assert.Equal(ReviewVerdict.ViolationsFound, Report(F("A", RuleStatus.Failed)).Verdict);
    }

    [Fact]
    public void Only_a_failed_mandatory_rule_is_a_violation()
    {
        Assert.True(F("A", RuleStatus.Failed).IsViolation);
        Assert.False(F("A", RuleStatus.Failed, Severity.Warning).IsViolation);
        Assert.False(F("A", RuleStatus.NotAssessed).IsViolation);
        Assert.False(F("A", RuleStatus.Passed).IsViolation);
        Assert.False(Report(F("A", RuleStatus.Failed, Severity.Warning), F("B", RuleStatus.NotAssessed)).HasViolations);
        Assert.True(Report(F("A", RuleStatus.Passed), F("B", RuleStatus.Failed)).HasViolations);
    }

    [Fact]
    public void The_findings_not_assessed_and_those_of_one_code_are_picked_out_in_order()
    {
        RuleReport r = Report(F("A", RuleStatus.NotAssessed, parameter: "p.one"), F("B", RuleStatus.Failed), F("A", RuleStatus.Passed), F("C", RuleStatus.NotAssessed));
        Assert.Equal(["A", "C"], r.NotAssessed.Select(f => f.Code));
        Assert.Equal([RuleStatus.NotAssessed, RuleStatus.Passed], r.For("A").Select(f => f.Status));
        Assert.Empty(r.For("Z"));
    }

    [Fact]
    public void The_node_of_a_code_is_its_first()
    {
        TraceNode a = new("A", Art44, RuleStatus.Passed, [], [], [], [], []);
        TraceNode b = new("B", Art41, RuleStatus.Failed, [], [], [], [], []);
        TraceNode b2 = b with { Status = RuleStatus.Passed };
        RuleReport r = new(new LocalDate(2026, 6, 1), null, [], [a, b, b2]);
        Assert.Same(b, r.NodeFor("B"));
        Assert.Null(r.NodeFor("C"));
    }

    [Fact]
    public void An_output_is_found_by_its_name_and_type_the_first_computed_first()
    {
        RuleReport r = Report() with
        {
            Outputs = [new RuleOutput("due", "text", "A"), new RuleOutput("due", new LocalDate(2026, 6, 11), "A"), new RuleOutput("due", new LocalDate(2026, 6, 12), "B"), new RuleOutput("other", 3, "A")],
        };
        Assert.True(r.TryGet(new Output<LocalDate>("due"), out LocalDate due));
        Assert.Equal(new LocalDate(2026, 6, 11), due);
        Assert.True(r.TryGet(new Output<int>("other"), out int other));
        Assert.Equal(3, other);
        Assert.False(r.TryGet(new Output<LocalDate>("other"), out LocalDate none));
        Assert.Equal(default, none);
        Assert.False(r.TryGet(new Output<int>("absent"), out _));
    }

    [Fact]
    public void A_finding_lists_its_deciding_citation_first_and_renders_them_in_each_language()
    {
        Finding alone = F("A", RuleStatus.Failed);
        Assert.Equal([Art44], alone.Citations);
        Assert.Equal([Art44], F("A", RuleStatus.Failed, supporting: []).Citations);
        Finding both = F("A", RuleStatus.Failed, citation: Art41, supporting: [Art44]);
        Assert.Equal([Art41, Art44], both.Citations);
        Assert.Equal("《劳动法》第四十一条；《劳动法》第四十四条", both.RenderCitations(Zh));
        Assert.Equal(Art41.Render(En) + "; " + Art44.Render(En), both.RenderCitations(En));
        Assert.Equal(Art44.Render(Zh), alone.RenderCitations(Zh));
    }

    [Fact]
    public void A_finding_renders_from_the_catalog_given_or_the_built_in_one()
    {
        Finding f = new("A", Severity.Info, RuleStatus.NotAssessed, "engine.inputMissing", Art44, "$.x", [new KeyValuePair<string, string>("field", "$.x")]);
        Messages own = Messages.Default.With([new MessageEntry("engine.inputMissing", "缺少 {field}（自定义）", "Missing {field} (own)")]);
        Assert.Equal("Missing $.x (own)", f.Render(En, own));
        Assert.Equal(Messages.Default.Render("engine.inputMissing", f.Arguments, En), f.Render(En));
        Assert.NotEqual(f.Render(En, own), f.Render(En));
    }

    [Fact]
    public void An_argument_is_read_by_its_name()
    {
        Finding f = F("A", RuleStatus.NotAssessed, parameter: "p.one");
        Assert.Equal("p.one", f.Argument("parameter"));
        Assert.Null(f.Argument("region"));
    }

    [Fact]
    public void A_summary_lists_each_code_that_applied_once_with_its_first_finding()
    {
        ReportSummary s = ReportSummary.Of(Report(
            F("A", RuleStatus.NotApplicable, citation: Art36),
            F("B", RuleStatus.Failed, citation: Art41),
            F("A", RuleStatus.Passed, citation: Art44),
            F("B", RuleStatus.Passed, citation: Art36),
            F("C", RuleStatus.Computed, citation: Art36)));
        Assert.Equal(
            [new AppliedCode("B", Art41, RuleStatus.Failed), new AppliedCode("A", Art44, RuleStatus.Passed), new AppliedCode("C", Art36, RuleStatus.Computed)],
            s.Applied);
        Assert.Empty(s.NotAssessed);
        Assert.Empty(s.MissingParameters);
    }

    [Fact]
    public void A_summary_names_each_rule_not_assessed_and_each_parameter_missing_once()
    {
        ReportSummary s = ReportSummary.Of(Report(
            F("A", RuleStatus.NotAssessed, parameter: "p.one"),
            F("A", RuleStatus.NotAssessed, parameter: "p.two"),
            F("B", RuleStatus.NotAssessed, parameter: "p.one"),
            F("C", RuleStatus.NotAssessed),
            F("D", RuleStatus.Failed, parameter: "p.three"),
            F("E", RuleStatus.NotApplicable, parameter: "p.four")));
        Assert.Equal(["A", "B", "C"], s.NotAssessed);
        Assert.Equal(["p.one", "p.two"], s.MissingParameters);
        Assert.Equal(["A", "B", "C", "D"], s.Applied.Select(a => a.Code));
    }

    [Fact]
    public void A_summary_is_written_code_by_code_in_each_language_and_the_same_text_each_time()
    {
        ReportSummary s = ReportSummary.Of(Report(F("B", RuleStatus.Failed, citation: Art41), F("A", RuleStatus.Passed)));
        string zh = s.Describe(Zh);
        Assert.Equal("B 《劳动法》第四十一条; A 《劳动法》第四十四条", zh);
        Assert.Equal("B " + Art41.Render(En) + "; A " + Art44.Render(En), s.Describe(En));
        Assert.Same(zh, s.Describe(Zh));
        Assert.Same(s.Describe(En), s.Describe(En));
        Assert.Equal(string.Empty, ReportSummary.Of(Report(F("A", RuleStatus.NotApplicable))).Describe(Zh));
    }
}
