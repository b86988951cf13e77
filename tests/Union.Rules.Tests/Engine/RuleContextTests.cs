using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Calendar;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>The rule context's parts, each on its own: parameters, calendar, comparisons, findings, explanation and outputs.</summary>
public sealed class RuleContextTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 1);

    private static readonly Citation Article44 = new(Instruments.LabourLaw, 44);

    internal sealed class TestRule : IRule
    {
        public string Code => "X-TEST";

        public Severity Severity => Severity.Warning;

        public IReadOnlyList<Citation> Citations { get; } = [Article44];
    }

    internal sealed record Run(RuleContext Context, List<Finding> Findings, List<RuleOutput> Outputs)
    {
        public TraceNode? Node => Context.Build();
    }

    /// <summary>A context for a test rule (X-TEST, a warning citing 劳动法 第四十四条) on 2026-06-01.</summary>
    internal static Run Start(bool trace = true, JurisdictionProfile? profile = null)
    {
        List<Finding> findings = [];
        List<RuleOutput> outputs = [];
        return new Run(new RuleContext(new TestRule(), AsOf, profile ?? JurisdictionProfile.National, trace, findings, outputs), findings, outputs);
    }

    public sealed class Parameters
    {
        [Fact]
        public void A_look_up_is_recorded_as_a_fact_with_the_values_first_day_and_adds_no_finding_or_reading()
        {
            Run run = Start();
            Assert.True(run.Context.IsInForce(CollectiveContractParameters.FilingPeriod));
            Assert.False(run.Context.TryLookUp("x.test.absent", out _));
            Assert.Empty(run.Findings);
            Assert.Empty(run.Node!.Parameters);
            Assert.Equal(new TraceFact("inForce:cc.filing.period", "2004-05-01"), run.Node.Facts[0]);
            Assert.Equal(new TraceFact("inForce:x.test.absent", "none"), run.Node.Facts[1]);
        }

        [Fact]
        public void A_read_is_recorded_with_its_value_and_source()
        {
            Run run = Start();
            Assert.True(run.Context.TryRead(CollectiveContractParameters.FilingPeriod, out LegalPeriod period));
            Assert.Equal("10 days", period.ToString());
            ParameterReading reading = Assert.Single(run.Node!.Parameters);
            Assert.Equal("cc.filing.period", reading.Name);
            Assert.Equal(JurisdictionProfile.NationalLayerName, reading.Layer);
            Assert.Empty(run.Findings);
        }

        [Fact]
        public void A_parameter_not_in_force_is_a_not_assessed_finding_naming_it_the_region_and_the_date()
        {
            Run run = Start();
            Assert.False(run.Context.TryParameter("x.test.absent", out _));
            Finding f = Assert.Single(run.Findings);
            Assert.Equal("engine.parameterMissing", f.MessageKey);
            Assert.Equal(RuleStatus.NotAssessed, f.Status);
            Assert.Equal("x.test.absent", f.Argument("parameter"));
            Assert.Equal("national", f.Argument("region"));
            Assert.Equal("2026-06-01", f.Argument("date"));
            Assert.Equal(RuleStatus.NotAssessed, run.Context.Status);
        }

        [Fact]
        public void A_regional_value_with_an_article_is_cited_first_and_the_rules_own_provision_after_it()
        {
            const string json = """
            { "description": "test-regional", "parameters": {
              "cc.filing.period": { "values": [ { "from": "2020-01-01", "value": 15, "source": "劳动法 第十五条" } ] } } }
            """;
            DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(json, "test-regional");
            Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
            Run run = Start(profile: JurisdictionProfile.National.WithLayers(layer.Value!));
            Assert.True(run.Context.TryRead(CollectiveContractParameters.FilingPeriod, out LegalPeriod period));
            Assert.Equal("15 days", period.ToString());
            run.Context.Fail(new MessageKey("X-TEST.late"), "$.x");
            Finding f = Assert.Single(run.Findings);
            Assert.Equal(new Citation(Instruments.LabourLaw, 15), f.Citation);
            Assert.Equal([new Citation(Instruments.LabourLaw, 15), Article44], f.Citations);
        }

        [Fact]
        public void A_national_value_leaves_the_rules_own_citation()
        {
            Run run = Start();
            Assert.True(run.Context.TryRead(CollectiveContractParameters.FilingPeriod, out _));
            run.Context.Fail(new MessageKey("X-TEST.late"), "$.x");
            Assert.Equal(Article44, Assert.Single(run.Findings).Citation);
        }
    }

    public sealed class Calendar
    {
        [Fact]
        public void A_deadline_on_National_Day_moves_past_the_holiday_and_is_recorded_as_an_output()
        {
            Run run = Start(trace: false);
            Assert.True(run.Context.TryDeadline("due", new LocalDate(2026, 9, 30), LegalPeriod.Days(1), "$.event", out LegalDeadline deadline));
            Assert.Equal(new LocalDate(2026, 10, 1), deadline.NominalEnd);
            Assert.Equal(new LocalDate(2026, 10, 8), deadline.End);
            Assert.True(deadline.Moved);
            RuleOutput output = Assert.Single(run.Outputs);
            Assert.Equal(("due", (object?)new LocalDate(2026, 10, 8)), (output.Name, output.Value));
        }

        [Fact]
        public void A_year_without_holiday_data_is_not_assessed_and_nothing_is_guessed()
        {
            Run run = Start();
            Assert.False(run.Context.TryDeadline("due", new LocalDate(2099, 3, 1), LegalPeriod.Days(10), "$.event", out _));
            Finding f = Assert.Single(run.Findings);
            Assert.Equal("engine.calendarMissing", f.MessageKey);
            Assert.Equal("$.event", f.Path);
            Assert.Equal("2099", f.Argument("year"));
            Assert.Empty(run.Outputs);
        }
    }

    public sealed class Comparisons
    {
        [Theory]
        [InlineData(20, 30, true)]
        [InlineData(19, 30, false)]
        public void A_fraction_is_compared_exactly_and_recorded_with_both_sides(long part, long whole, bool holds)
        {
            Run run = Start();
            Assert.Equal(holds, run.Context.CompareFraction("present", part, "delegates", whole, Comparison.AtLeast, "quorum", Ratio.Of(2, 3)));
            TraceComparison c = Assert.Single(run.Node!.Comparisons);
            Assert.Equal(holds, c.Holds);
            Assert.Equal(("present/delegates", "quorum"), (c.Left, c.Right));
        }

        [Theory]
        [InlineData(Comparison.AtMost, 0, true)]
        [InlineData(Comparison.AtMost, 1, false)]
        [InlineData(Comparison.LessThan, 0, false)]
        [InlineData(Comparison.LessThan, -1, true)]
        public void Dates_compare_on_the_day(Comparison comparison, int offset, bool holds)
        {
            Run run = Start();
            Assert.Equal(holds, run.Context.CompareDates("sent", AsOf.PlusDays(offset), comparison, "due", AsOf));
            Assert.Equal(holds, Assert.Single(run.Node!.Comparisons).Holds);
        }

        [Fact]
        public void Without_tracing_a_comparison_still_answers()
        {
            Run run = Start(trace: false);
            Assert.True(run.Context.Compare("a", 2m, Comparison.MoreThan, "b", 1m));
            Assert.Null(run.Node);
        }
    }

    public sealed class Findings
    {
        [Fact]
        public void A_failure_takes_the_rules_severity_and_the_worst_status_wins()
        {
            Run run = Start();
            run.Context.Inform(new MessageKey("X-TEST.computed", "date"), "$.a", ("date", AsOf));
            Assert.Equal(RuleStatus.Computed, run.Context.Status);
            run.Context.Fail(new MessageKey("X-TEST.late", "amount"), "$.b", ("amount", Money.FromYuan(1234.5m)));
            run.Context.Pass();
            Assert.Equal(RuleStatus.Failed, run.Context.Status);
            Finding failure = run.Findings[1];
            Assert.Equal(Severity.Warning, failure.Severity);
            Assert.Equal("1234.5", failure.Argument("amount"));
            Assert.Equal("2026-06-01", run.Findings[0].Argument("date"));
            Assert.Equal(Severity.Info, run.Findings[0].Severity);
        }

        [Fact]
        public void A_missing_input_names_its_path()
        {
            Run run = Start();
            run.Context.MissingInput("$.term");
            Finding f = Assert.Single(run.Findings);
            Assert.Equal(("engine.inputMissing", "$.term", "$.term", RuleStatus.NotAssessed), (f.MessageKey, f.Path, f.Argument("field"), f.Status));
        }

        [Fact]
        public void Not_applicable_is_a_status_without_a_finding_and_a_rule_that_records_nothing_passed()
        {
            Run quiet = Start();
            Assert.Equal(RuleStatus.Passed, quiet.Node!.Status);
            Run run = Start();
            run.Context.NotApplicable();
            Assert.Empty(run.Findings);
            Assert.Equal(RuleStatus.NotApplicable, run.Node!.Status);
        }
    }

    public sealed class Trace
    {
        private static readonly Output<LocalDate> Due = new("due");

        [Fact]
        public void Outputs_are_recorded_whether_traced_or_not_and_a_later_read_sees_them()
        {
            foreach (bool trace in new[] { true, false })
            {
                Run run = Start(trace);
                run.Context.Set(Due, AsOf);
                Assert.True(run.Context.TryGet(Due, out LocalDate due));
                Assert.Equal(AsOf, due);
                Assert.Equal("due", Assert.Single(run.Outputs).Name);
            }
        }

        [Fact]
        public void Facts_are_kept_only_when_tracing()
        {
            Run traced = Start();
            traced.Context.Fact("received", AsOf);
            traced.Context.Fact("amount", 12.5m);
            Assert.Equal(["received=2026-06-01", "amount=12.5"], traced.Node!.Facts.Select(f => f.Name + "=" + f.Value));
            Run quiet = Start(trace: false);
            quiet.Context.Fact("received", AsOf);
            Assert.False(quiet.Context.IsTracing);
            Assert.Null(quiet.Node);
        }
    }
}
