using NodaTime;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// Engine edges the rules rarely reach: a deadline or window that cannot be counted (a year without holiday data, a date past the
/// supported range), an outcome date labelled by the last part of its name, and a built-in rule found by its code.
/// </summary>
public sealed class EngineEdgeTests
{
    private static (RuleContext Context, List<Finding> Findings) Start()
    {
        RuleContextTests.Run run = RuleContextTests.Start();
        return (run.Context, run.Findings);
    }

    [Fact]
    public void A_window_reaching_a_year_without_holiday_data_is_not_assessed_naming_the_year()
    {
        (RuleContext c, List<Finding> findings) = Start();
        Assert.False(c.TryWindowOpens(new LocalDate(2040, 6, 30), LegalPeriod.WorkingDays(10), "$.end", out LocalDate opens));
        Assert.Equal(default, opens);
        Finding f = Assert.Single(findings);
        Assert.Equal(("engine.calendarMissing", "$.end", "2040"), (f.MessageKey, f.Path, f.Argument("year")));
        Assert.Equal(RuleStatus.NotAssessed, c.Status);
    }

    [Fact]
    public void A_window_that_opens_is_found_without_a_finding()
    {
        (RuleContext c, List<Finding> findings) = Start();
        Assert.True(c.TryWindowOpens(new LocalDate(2026, 6, 30), LegalPeriod.Days(60), "$.end", out LocalDate opens));
        Assert.Equal(new LocalDate(2026, 5, 2), opens);
        Assert.Empty(findings);
    }

    [Fact]
    public void A_deadline_past_the_supported_dates_is_not_assessed_naming_the_date()
    {
        (RuleContext c, List<Finding> findings) = Start();
        Assert.False(c.TryDeadline("due", new LocalDate(9999, 12, 30), LegalPeriod.Years(1), "$.signed", out _));
        Finding f = Assert.Single(findings);
        Assert.Equal(("engine.dateOutOfRange", "$.signed", "9999-12-30"), (f.MessageKey, f.Path, f.Argument("date")));
    }

    [Fact]
    public void A_window_past_the_supported_dates_is_not_assessed_naming_the_date()
    {
        (RuleContext c, List<Finding> findings) = Start();
        Assert.False(c.TryWindowOpens(new LocalDate(-9998, 1, 2), LegalPeriod.Years(1), "$.end", out _));
        Finding f = Assert.Single(findings);
        Assert.Equal(("engine.dateOutOfRange", "$.end", "-9998-01-02"), (f.MessageKey, f.Path, f.Argument("date")));
    }

    [Theory]
    [InlineData("filingDue", "outcome.filingDue", "")]
    [InlineData("vacancies[0].fillDue", "outcome.fillDue", "vacancies[0]")]
    [InlineData("a.b.c", "outcome.c", "a.b")]
    public void An_outcome_date_is_labelled_by_the_last_part_of_its_name_and_names_the_rest_as_its_subject(string name, string key, string subject)
    {
        OutcomeItem item = OutcomeItem.Date(name, new LocalDate(2026, 6, 11), "CC-FILING");
        Assert.Equal((name, "2026-06-11", key, "CC-FILING"), (item.Name, item.Value, item.MessageKey, item.Code));
        Assert.Equal(["value=2026-06-11", "subject=" + subject], item.Arguments.Select(a => a.Key + "=" + a.Value));
    }

    [Fact]
    public void A_built_in_rule_is_found_by_its_code_and_an_unknown_code_finds_none()
    {
        Assert.Equal("CC-FILING", RuleCatalog.Find("CC-FILING")!.Code);
        Assert.Equal("HD-DEEP", RuleCatalog.Find("HD-DEEP")!.Code);
        Assert.Null(RuleCatalog.Find("CC-NONE"));
    }
}
