using System.Globalization;
using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

public class RuleSetTests
{
    private sealed record Meeting(int Delegates, int Present, LocalDate? Received, LocalDate? Replied);

    private sealed class QuorumRule() : Rule<Meeting>("CC-APPROVAL-QUORUM", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 36))
    {
        public override void Evaluate(Meeting facts, RuleContext context)
        {
            context.Fact("delegates", facts.Delegates);
            context.Fact("present", facts.Present);
            if (!context.TryRatio("cc.approval.quorumRatio", out Ratio ratio, out Comparison cmp))
            {
                return;
            }

            if (context.CompareFraction("present", facts.Present, "delegates", facts.Delegates, cmp, "cc.approval.quorumRatio", ratio))
            {
                context.Pass();
            }
            else
            {
                context.Fail(new MessageKey("X-TEST.short", "needed"), "$.approval.present", ("needed", ratio.MinimumCountOf(facts.Delegates)));
            }
        }
    }

    private sealed class ReplyRule() : Rule<Meeting>("CC-REPLY", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 32))
    {
        public override void Evaluate(Meeting facts, RuleContext context)
        {
            if (facts.Received is not { } received)
            {
                context.MissingInput("$.request.received");
                return;
            }

            if (context.TryNumber("cc.reply.period", out decimal days)
                && context.TryDeadline("replyDue", received, Period.FromDays((int)days), "$.request.received", out var due))
            {
                context.Pass();
                _ = due;
            }
        }
    }

    private static readonly RuleSet<Meeting> Rules = new([new QuorumRule(), new ReplyRule()]);

    [Theory]
    [InlineData(30, 20, false)]
    [InlineData(30, 19, true)]
    [InlineData(31, 21, false)]
    [InlineData(31, 20, true)]
    public void The_quorum_is_exact_at_two_thirds(int delegates, int present, bool violation)
    {
        RuleReport report = Rules.Evaluate(new Meeting(delegates, present, null, null), new LocalDate(2026, 11, 25), JurisdictionProfile.National);
        Assert.Equal(violation, report.HasViolations);
        TraceNode node = report.NodeFor("CC-APPROVAL-QUORUM")!;
        Assert.Equal(violation ? RuleStatus.Failed : RuleStatus.Passed, node.Status);
        ParameterReading p = Assert.Single(node.Parameters);
        Assert.Equal("cc.approval.quorumRatio", p.Name);
        Assert.Contains("第三十六条", p.Source);
        Assert.Equal("≥", Assert.Single(node.Comparisons).Operator);
    }

    [Fact]
    public void A_missing_input_is_not_assessed_never_guessed()
    {
        RuleReport report = Rules.Evaluate(new Meeting(30, 20, null, null), new LocalDate(2026, 11, 25), JurisdictionProfile.National);
        Finding f = Assert.Single(report.For("CC-REPLY"));
        Assert.Equal(RuleStatus.NotAssessed, f.Status);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal("$.request.received", f.Path);
        Assert.Equal("Not assessed: the input $.request.received is missing.", f.Render(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void A_deadline_in_a_year_without_holiday_data_is_not_assessed_naming_the_year()
    {
        RuleReport report = Rules.Evaluate(new Meeting(30, 20, new LocalDate(2027, 3, 1), null), new LocalDate(2027, 3, 5), JurisdictionProfile.National);
        Finding f = Assert.Single(report.For("CC-REPLY"));
        Assert.Equal("engine.calendarMissing", f.MessageKey);
        Assert.Equal("2027", f.Argument("year"));
    }

    [Fact]
    public void A_deadline_is_counted_with_the_regional_number_and_the_holidays()
    {
        RuleReport sh = Rules.Evaluate(new Meeting(30, 20, new LocalDate(2026, 9, 16), null), new LocalDate(2026, 11, 25), JurisdictionProfile.For(RegionCode.Shanghai));
        Assert.Equal("2026-10-08", sh.NodeFor("CC-REPLY")!.Outputs.Single(o => o.Name == "replyDue").Value);
        RuleReport national = Rules.Evaluate(new Meeting(30, 20, new LocalDate(2026, 9, 16), null), new LocalDate(2026, 11, 25), JurisdictionProfile.National);
        Assert.Equal("2026-10-08", national.NodeFor("CC-REPLY")!.Outputs.Single(o => o.Name == "replyDue").Value);
        // 20 days from 20 September end on Saturday 10 October 2026, a swapped working day (调休上班日): no move.
        RuleReport swapped = Rules.Evaluate(new Meeting(30, 20, new LocalDate(2026, 9, 20), null), new LocalDate(2026, 11, 25), JurisdictionProfile.National);
        Assert.Equal("2026-10-10", swapped.NodeFor("CC-REPLY")!.Outputs.Single(o => o.Name == "replyDue").Value);
    }

    [Fact]
    public void Suppressed_codes_do_not_run_and_tracing_can_be_turned_off()
    {
        RuleReport report = Rules.Without("CC-APPROVAL-QUORUM").Evaluate(new Meeting(30, 1, null, null), new LocalDate(2026, 11, 25), JurisdictionProfile.National, trace: false);
        Assert.False(report.HasViolations);
        Assert.Empty(report.Trace);
        Assert.Single(Rules.Without("CC-APPROVAL-QUORUM").Rules);
    }

    [Fact]
    public void A_missing_parameter_is_not_assessed_naming_parameter_region_and_date()
    {
        // 集体合同规定 took effect on 2004-05-01: before it, no quorum ratio is in force.
        RuleReport report = Rules.Evaluate(new Meeting(30, 20, null, null), new LocalDate(2003, 1, 1), JurisdictionProfile.National);
        Assert.False(report.HasViolations);
        Finding f = Assert.Single(report.For("CC-APPROVAL-QUORUM"));
        Assert.Equal("engine.parameterMissing", f.MessageKey);
        Assert.Equal("cc.approval.quorumRatio", f.Argument("parameter"));
        Assert.Equal("2003-01-01", f.Argument("date"));
        Assert.Equal("national", f.Argument("region"));
    }
}
