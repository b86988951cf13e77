using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>江西省企业工资集体协商条例 read through the profile of 360000: every value it sets, on and after 2013-11-01, and the day before.</summary>
public sealed class JiangxiProfileTests
{
    private const string Region = "360000";
    private const string Cited = "江西省企业工资集体协商条例";
    private static readonly LocalDate InForce = new(2013, 11, 1);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第八条第一款")]
    [InlineData("wn.negotiators.maxPerSide", "7", "person", "atMost", "第八条第一款")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第八条第一款")]
    [InlineData("wn.negotiators.groupTriggers", "female:1/10", "list", null, "第八条第二款")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第九条第一款")]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第十七条")]
    [InlineData("wn.reply.period", "20", "days", "atMost", "第十九条第三款")]
    [InlineData("wn.conclusion.period", "60", "days", "atMost", "第十九条第四款")]
    [InlineData("wn.materials.periodBefore", "5", "days", "atLeast", "第二十条第一款")]
    [InlineData("wn.draft.period", "7", "days", "atMost", "第二十一条第一款")]
    [InlineData("wn.filing.period", "7", "days", "atMost", "第二十二条")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第二十三条第一款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第二十三条第二款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第二十三条第二款")]
    [InlineData("wn.publication.period", "5", "days", "atMost", "第二十四条")]
    [InlineData("wn.termination.filingPeriod", "7", "days", "atMost", "第二十六条第二款")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第二十八条第一款")]
    [InlineData("wn.term.maxYears", "1", "year", "atMost", "第二十八条第一款")]
    [InlineData("wn.term.binding", "false", "boolean", null, "第二十八条第一款")]
    [InlineData("wn.renewal.window", "60", "days", "atMost", "第二十八条第二款")]
    [InlineData("wn.renewal.binding", "true", "boolean", null, "第二十八条第二款")]
    [InlineData("wn.dispute.coordinationPeriod", "30", "days", "atMost", "第三十四条")]
    [InlineData("wn.dispute.coordinationExtension", "15", "days", "atMost", "第三十四条")]
    [InlineData("wn.unionDemand.replyPeriod", "15", "days", "atMost", "第三十八条")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.JiangxiWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.maxPerSide", null)]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.negotiators.groupTriggers", null)]
    [InlineData("wn.negotiators.electionRatio", "1/2")]
    [InlineData("wn.workQuota.achievableShare", null)]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.conclusion.period", null)]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.draft.period", null)]
    [InlineData("wn.filing.period", "7")]
    [InlineData("wn.review.period", "15")]
    [InlineData("wn.review.trigger", "filed")]
    [InlineData("wn.review.deemedApproval", "true")]
    [InlineData("wn.publication.period", "5")]
    [InlineData("wn.termination.filingPeriod", null)]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "false")]
    [InlineData("wn.renewal.window", "60")]
    [InlineData("wn.renewal.binding", "false")]
    [InlineData("wn.dispute.coordinationPeriod", null)]
    [InlineData("wn.dispute.coordinationExtension", null)]
    [InlineData("wn.unionDemand.replyPeriod", null)]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Theory]
    [InlineData("wn.workQuota.achievableShare", 90, 100, true)]
    [InlineData("wn.workQuota.achievableShare", 89, 100, false)]
    [InlineData("wn.negotiators.electionRatio", 50, 100, true)]
    [InlineData("wn.negotiators.electionRatio", 49, 100, false)]
    public void A_share_on_the_line_meets_the_threshold_and_one_short_does_not(string name, long part, long whole, bool holds) =>
        LocalBReadings.AssertShare(Region, name, part, whole, holds);

    [Theory]
    [InlineData(10, 100, true)]
    [InlineData(9, 100, false)]
    public void A_woman_negotiator_is_required_from_one_tenth_women(long women, long employees, bool required) =>
        LocalBReadings.AssertGroupTrigger(Region, "female", women, employees, required);
}
