using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>贵州省企业工资集体协商条例 read through the profile of 520000: every value it sets, on and after 2015-01-01, and the day before.</summary>
public sealed class GuizhouProfileTests
{
    private const string Region = "520000";
    private const string Cited = "贵州省企业工资集体协商条例";
    private static readonly LocalDate InForce = new(2015, 1, 1);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第八条第一款")]
    [InlineData("wn.negotiators.maxPerSide", "9", "person", "atMost", "第八条第一款")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第八条第一款")]
    [InlineData("wn.negotiators.groupTriggers", "female:1/10,dispatched:8/100", "list", null, "第八条第二款")]
    [InlineData("wn.negotiators.employeeSideExcluded", "enterpriseHead,investor,hrHead", "list", null, "第九条")]
    [InlineData("wn.negotiators.employerSideExcluded", "unionStaff", "list", null, "第九条")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第十条第三款")]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第十八条")]
    [InlineData("wn.reply.period", "20", "days", "atMost", "第二十条第一款")]
    [InlineData("wn.talks.period", "10", "days", "atMost", "第二十条第一款")]
    [InlineData("wn.request.employeeTriggerRatio", "1/3", "ratio", "atLeast", "第二十条第二款")]
    [InlineData("wn.materials.periodBefore", "5", "days", "atLeast", "第二十二条第一款")]
    [InlineData("wn.negotiation.period", "60", "days", "atMost", "第二十三条第一款")]
    [InlineData("wn.dispute.applicationAfter", "30", "days", null, "第二十四条")]
    [InlineData("wn.dispute.coordinationStart", "5", "days", "atMost", "第二十四条")]
    [InlineData("wn.approval.noCongressRatio", "1/2", "ratio", "atLeast", "第二十五条第一款")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第二十七条第一款")]
    [InlineData("wn.term.maxYears", "2", "year", "atMost", "第二十七条第一款")]
    [InlineData("wn.term.binding", "true", "boolean", null, "第二十七条第一款")]
    [InlineData("wn.renewal.window", "60", "days", "atMost", "第二十七条第二款")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第三十三条")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第三十三条")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第三十三条")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第三十三条")]
    [InlineData("wn.publication.period", "5", "days", "atMost", "第三十四条")]
    [InlineData("wn.performanceReport.months", "12", "month", "atMost", "第三十五条")]
    [InlineData("wn.unionDemand.replyPeriod", "15", "days", "atMost", "第四十条")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.GuizhouWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.maxPerSide", null)]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.negotiators.groupTriggers", null)]
    [InlineData("wn.negotiators.employeeSideExcluded", null)]
    [InlineData("wn.negotiators.employerSideExcluded", null)]
    [InlineData("wn.negotiators.electionRatio", "1/2")]
    [InlineData("wn.workQuota.achievableShare", null)]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.talks.period", null)]
    [InlineData("wn.request.employeeTriggerRatio", null)]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.negotiation.period", null)]
    [InlineData("wn.dispute.applicationAfter", null)]
    [InlineData("wn.dispute.coordinationStart", null)]
    [InlineData("wn.approval.noCongressRatio", null)]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "false")]
    [InlineData("wn.renewal.window", "60")]
    [InlineData("wn.filing.period", "7")]
    [InlineData("wn.review.period", "15")]
    [InlineData("wn.review.trigger", "filed")]
    [InlineData("wn.review.deemedApproval", "true")]
    [InlineData("wn.publication.period", "5")]
    [InlineData("wn.performanceReport.months", null)]
    [InlineData("wn.unionDemand.replyPeriod", null)]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Theory]
    [InlineData("wn.request.employeeTriggerRatio", 10, 30, true)]
    [InlineData("wn.request.employeeTriggerRatio", 9, 30, false)]
    [InlineData("wn.approval.noCongressRatio", 15, 30, true)]
    [InlineData("wn.approval.noCongressRatio", 14, 30, false)]
    public void A_share_on_the_line_meets_the_threshold_and_one_short_does_not(string name, long part, long whole, bool holds) =>
        LocalBReadings.AssertShare(Region, name, part, whole, holds);

    [Theory]
    [InlineData("female", 10, 100, true)]
    [InlineData("female", 9, 100, false)]
    [InlineData("dispatched", 8, 100, true)]
    [InlineData("dispatched", 7, 100, false)]
    public void Women_from_ten_percent_and_dispatched_workers_from_eight_percent_have_a_negotiator(string group, long members, long employees, bool required) =>
        LocalBReadings.AssertGroupTrigger(Region, group, members, employees, required);
}
