using System.Globalization;
using NodaTime;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// What a rule's context records: the status a rule ends with (the worst of what it said), its outputs, facts, parameters,
/// comparisons and the arguments of its findings, each written culture-invariantly.
/// </summary>
public sealed class RuleContextRecordingTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 1);

    private static (RuleContext Context, List<Finding> Findings, List<RuleOutput> Outputs) Context(bool trace = true, JurisdictionProfile? profile = null)
    {
        var findings = new List<Finding>();
        var outputs = new List<RuleOutput>();
        return (new RuleContext(new SignedByBothChiefsAfterApprovalRule(), AsOf, profile ?? JurisdictionProfile.National, trace, findings, outputs), findings, outputs);
    }

    public static TheoryData<string, RuleStatus> Sequences => new()
    {
        { "", RuleStatus.Passed },
        { "notApplicable", RuleStatus.NotApplicable },
        { "pass", RuleStatus.Passed },
        { "inform", RuleStatus.Computed },
        { "notApplicable inform", RuleStatus.Computed },
        { "inform pass", RuleStatus.Computed },
        { "pass inform", RuleStatus.Computed },
        { "inform notAssessed", RuleStatus.NotAssessed },
        { "notAssessed inform", RuleStatus.NotAssessed },
        { "notAssessed fail", RuleStatus.Failed },
        { "fail notAssessed pass", RuleStatus.Failed },
        { "fail notApplicable", RuleStatus.Failed },
        { "notAssessed notApplicable", RuleStatus.NotAssessed },
        { "pass notApplicable", RuleStatus.Passed },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void A_rule_ends_with_the_worst_status_it_reported(string sequence, RuleStatus expected)
    {
        var (c, _, _) = Context();
        foreach (string step in sequence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (step)
            {
                case "notApplicable": c.NotApplicable(); break;
                case "pass": c.Pass(); break;
                case "inform": c.Inform(new MessageKey("k"), "$"); break;
                case "notAssessed": c.MissingInput("$.x"); break;
                case "fail": c.Fail(new MessageKey("k"), "$"); break;
            }
        }

        Assert.Equal(expected, c.Build()!.Status);
        if (sequence.Length > 0)
        {
            Assert.Equal(expected, c.Status);
        }
    }

    [Fact]
    public void Values_are_written_culture_invariantly()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Null(RuleContext.Format(null));
            Assert.Equal("text", RuleContext.Format("text"));
            Assert.Equal("2026-02-28", RuleContext.Format(new LocalDate(2026, 2, 28)));
            Assert.Equal("2540.50", RuleContext.Format(Money.FromYuan(2540.50m)));
            Assert.Equal("1.50", RuleContext.Format(1.50m));
            Assert.Equal("2/3", RuleContext.Format(Ratio.Of(2, 3)));
            Assert.Equal("1.5", RuleContext.Format(1.5d));
            Assert.Equal("12", RuleContext.Format(12));
            Assert.Equal("True", RuleContext.Format(true));
            Assert.Equal("[a]", RuleContext.Format(new Opaque("a")));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private sealed record Opaque(string Name)
    {
        public override string ToString() => "[" + Name + "]";
    }

    [Fact]
    public void An_output_set_twice_keeps_the_last_value_once_and_the_trace_keeps_both()
    {
        var (c, _, outputs) = Context();
        c.Output("due", new LocalDate(2026, 6, 10));
        c.Output("other", 1m);
        c.Output("due", new LocalDate(2026, 6, 11));
        Assert.Equal(2, outputs.Count);
        Assert.Equal(new LocalDate(2026, 6, 11), outputs[0].Value);
        Assert.Equal("due", outputs[0].Name);
        Assert.Equal("CC-SIGNING", outputs[0].Code);
        TraceNode node = c.Build()!;
        Assert.Equal(["2026-06-10", "1", "2026-06-11"], node.Outputs.Select(o => o.Value));
        Assert.Equal(RuleStatus.Computed, node.Status);
        Assert.True(c.TryGet(new Output<LocalDate>("due"), out LocalDate due));
        Assert.Equal(new LocalDate(2026, 6, 11), due);
        Assert.False(c.TryGet(new Output<LocalDate>("other"), out _));        // a decimal, not a date
        Assert.False(c.TryGet(new Output<LocalDate>("missing"), out LocalDate none));
        Assert.Equal(default, none);
    }

    [Fact]
    public void Facts_are_recorded_only_when_tracing()
    {
        var (c, _, _) = Context();
        c.Fact("s", "v");
        c.Fact("n", 1.50m);
        c.Fact("d", new LocalDate(2026, 1, 2));
        c.Fact("m", Money.FromYuan(3m));
        c.Fact("none", (decimal?)null);
        c.Fact("noDate", (LocalDate?)null);
        c.Fact("noMoney", (Money?)null);
        Assert.Equal(
            ["s=v", "n=1.50", "d=2026-01-02", "m=3", "none=", "noDate=", "noMoney="],
            c.Build()!.Facts.Select(f => f.Name + "=" + f.Value));

        var (quiet, _, _) = Context(trace: false);
        quiet.Fact("s", "v");
        quiet.Fact("n", 1m);
        quiet.Fact("d", new LocalDate(2026, 1, 2));
        quiet.Fact("m", Money.FromYuan(3m));
        Assert.False(quiet.IsTracing);
        Assert.Null(quiet.Build());
    }

    [Fact]
    public void Comparisons_record_both_sides_the_operator_and_the_outcome()
    {
        var (c, _, _) = Context();
        Assert.True(c.Compare("hours", 36m, Comparison.AtMost, "max", 36m));
        Assert.False(c.Compare("hours", 37m, Comparison.AtMost, "max", 36m));
        Assert.True(c.CompareDates("signed", new LocalDate(2026, 4, 20), Comparison.AtLeast, "approved", new LocalDate(2026, 4, 20)));
        Assert.False(c.CompareDates("signed", new LocalDate(2026, 4, 19), Comparison.AtLeast, "approved", new LocalDate(2026, 4, 20)));
        Assert.True(c.CompareDates("a", new LocalDate(2026, 4, 21), Comparison.MoreThan, "b", new LocalDate(2026, 4, 20)));
        Assert.False(c.CompareDates("a", new LocalDate(2026, 4, 20), Comparison.LessThan, "b", new LocalDate(2026, 4, 20)));
        Assert.True(c.CompareFraction("inFavour", 31, "all", 60, Comparison.MoreThan, "majority", Ratio.Of(1, 2)));
        Assert.False(c.CompareFraction("inFavour", 30, "all", 60, Comparison.MoreThan, "majority", Ratio.Of(1, 2)));
        TraceComparison[] all = [.. c.Build()!.Comparisons];
        Assert.Equal(new TraceComparison("hours", "37", "≤", "max", "36", false), all[1]);
        Assert.Equal(new TraceComparison("signed", "2026-04-19", "≥", "approved", "2026-04-20", false), all[3]);
        Assert.Equal(new TraceComparison("inFavour/all", "31/60", ">", "majority", "1/2", true), all[6]);
        Assert.Equal(8, all.Length);
    }

    [Fact]
    public void Findings_carry_the_rule_code_severity_status_key_path_and_arguments()
    {
        var (c, findings, _) = Context();
        c.Fail(new MessageKey("CC-SIGNING.beforeApproval", "signed", "count", "none"), "$.signing.date", ("signed", new LocalDate(2026, 4, 19)), ("count", 3), ("none", null));
        c.Fail(Severity.Warning, new MessageKey("w"), "$.w");
        var cited = new Citation(Instruments.LabourLaw, 41);
        c.Fail(cited, new MessageKey("c"), "$.c");
        c.Inform(cited, new MessageKey("i"), "$.i");
        c.Inform(new MessageKey("j", "a"), "$.j", ("a", 1.5m));
        c.NotAssessed(new MessageKey("n", "why"), "$.n", ("why", "x"));
        c.MissingInput("$.m");

        Finding f = findings[0];
        Assert.Equal("CC-SIGNING", f.Code);
        Assert.Equal(Severity.Violation, f.Severity);
        Assert.Equal(RuleStatus.Failed, f.Status);
        Assert.Equal("$.signing.date", f.Path);
        Assert.Equal(["signed=2026-04-19", "count=3", "none="], f.Arguments.Select(a => a.Key + "=" + a.Value));
        Assert.Equal(new Citation(Instruments.CollectiveContractProvisions, 37), f.Citation);
        Assert.True(f.IsViolation);

        Assert.Equal(Severity.Warning, findings[1].Severity);
        Assert.False(findings[1].IsViolation);
        Assert.Equal(cited, findings[2].Citation);
        Assert.Equal(Severity.Violation, findings[2].Severity);
        Assert.Equal((Severity.Info, RuleStatus.Computed), (findings[3].Severity, findings[3].Status));
        Assert.Equal(cited, findings[3].Citation);
        Assert.Equal("1.5", findings[4].Argument("a"));
        Assert.Equal((Severity.Info, RuleStatus.NotAssessed, "x"), (findings[5].Severity, findings[5].Status, findings[5].Argument("why")));
        Assert.Equal(("engine.inputMissing", "$.m", "$.m"), (findings[6].MessageKey, findings[6].Path, findings[6].Argument("field")));
    }

    [Fact]
    public void A_missing_parameter_is_not_assessed_naming_the_parameter_region_and_date()
    {
        var (c, findings, _) = Context();
        Assert.False(c.TryParameter("no.such.parameter", out _));
        Assert.False(c.TryNumber("no.such.parameter", out decimal n));
        Assert.Equal(0m, n);
        Assert.False(c.TryRatio("no.such.parameter", out Ratio r, out Comparison cmp));
        Assert.Equal((default(Ratio), Comparison.AtLeast), (r, cmp));
        Assert.True(c.Flag("no.such.parameter", fallback: true));
        Assert.False(c.Flag("no.such.parameter", fallback: false));
        Finding f = findings[0];
        Assert.Equal("engine.parameterMissing", f.MessageKey);
        Assert.Equal("no.such.parameter", f.Argument("parameter"));
        Assert.Equal("national", f.Argument("region"));
        Assert.Equal("2026-06-01", f.Argument("date"));
        Assert.Equal(RuleStatus.NotAssessed, c.Status);
        Assert.Equal(3, findings.Count);     // Flag falls back silently
    }

    [Fact]
    public void A_parameter_read_is_recorded_with_its_value()
    {
        var (c, findings, _) = Context(profile: JurisdictionProfile.For(RegionCode.Shanghai));
        Assert.True(c.TryParameter("cc.reply.period", out ParameterReading reading));
        Assert.Equal("cc.reply.period", reading.Name);
        Assert.True(c.TryNumber("cc.reply.period", out decimal days));
        Assert.Equal(15m, days);
        Assert.Empty(findings);
        Assert.Equal(2, c.Build()!.Parameters.Count);
        c.Fail(new MessageKey("k"), "$");
        Assert.Contains("上海市集体合同条例", findings[0].Citation.ToChinese(), StringComparison.Ordinal);   // a regional parameter's source is cited first
    }
}
