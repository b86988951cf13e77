using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>吉林省企业工资集体协商条例 read through the profile of 220000: every value it sets, on and after 2018-03-01, and the day before.</summary>
public sealed class JilinProfileTests
{
    private const string Region = "220000";
    private const string Cited = "吉林省企业工资集体协商条例";
    private static readonly LocalDate InForce = new(2018, 3, 1);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第八条第二款")]
    [InlineData("wn.negotiators.maxPerSide", "9", "person", "atMost", "第八条第二款")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第八条第二款")]
    [InlineData("wn.negotiators.oddPerSide", "true", "boolean", null, "第八条第二款")]
    [InlineData("wn.negotiators.groupTriggers", "female:8/100,dispatched:8/100,disabled:8/100,ethnicMinority:8/100,migrantWorker:8/100", "list", null, "第八条第三款")]
    [InlineData("wn.negotiators.employeeSideExcluded", "enterpriseHead,investor,hrHead", "list", null, "第九条")]
    [InlineData("wn.negotiators.employerSideExcluded", "unionStaff", "list", null, "第九条")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第十条第三款")]
    [InlineData("wn.negotiators.publicationPeriod", "3", "days", "atMost", "第十条第四款")]
    [InlineData("wn.advisers.maxPerSide", "2", "person", "atMost", "第十一条第四款")]
    [InlineData("wn.advisers.maxRatio", "1/3", "ratio", "atMost", "第十一条第四款")]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第二十条")]
    [InlineData("wn.reply.period", "20", "days", "atMost", "第二十二条第一款")]
    [InlineData("wn.talks.period", "10", "days", "atMost", "第二十二条第一款")]
    [InlineData("wn.materials.periodBefore", "5", "workingDays", "atLeast", "第二十四条第一款")]
    [InlineData("wn.negotiation.period", "60", "days", "atMost", "第二十五条第一款")]
    [InlineData("wn.dispute.applicationAfter", "30", "days", null, "第二十六条")]
    [InlineData("wn.dispute.coordinationStart", "5", "days", "atMost", "第二十六条")]
    [InlineData("wn.approval.noCongressRatio", "1/2", "ratio", "atLeast", "第二十七条第一款")]
    [InlineData("wn.renewal.window", "60", "days", "atMost", "第二十八条")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第二十九条第二款")]
    [InlineData("wn.term.maxYears", "3", "year", "atMost", "第二十九条第二款")]
    [InlineData("wn.term.binding", "true", "boolean", null, "第二十九条第二款")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第三十条")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第三十二条")]
    [InlineData("wn.review.trigger", "filed", "choice", null, "第三十二条")]
    [InlineData("wn.review.deemedApproval", "false", "boolean", null, "第三十三条")]
    [InlineData("wn.resubmission.period", "30", "days", "atMost", "第三十三条")]
    [InlineData("wn.publication.period", "5", "days", "atMost", "第三十四条")]
    [InlineData("wn.termination.filingPeriod", "10", "days", "atMost", "第三十七条第二款")]
    [InlineData("wn.performanceReport.months", "12", "month", "atMost", "第四十条")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.JilinWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.maxPerSide", null)]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.negotiators.oddPerSide", null)]
    [InlineData("wn.negotiators.groupTriggers", null)]
    [InlineData("wn.negotiators.employeeSideExcluded", null)]
    [InlineData("wn.negotiators.employerSideExcluded", null)]
    [InlineData("wn.negotiators.electionRatio", "1/2")]
    [InlineData("wn.negotiators.publicationPeriod", null)]
    [InlineData("wn.advisers.maxPerSide", null)]
    [InlineData("wn.advisers.maxRatio", null)]
    [InlineData("wn.workQuota.achievableShare", null)]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.talks.period", null)]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.negotiation.period", null)]
    [InlineData("wn.dispute.applicationAfter", null)]
    [InlineData("wn.dispute.coordinationStart", null)]
    [InlineData("wn.approval.noCongressRatio", null)]
    [InlineData("wn.renewal.window", "60")]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "false")]
    [InlineData("wn.filing.period", "7")]
    [InlineData("wn.review.period", "15")]
    [InlineData("wn.review.trigger", "filed")]
    [InlineData("wn.review.deemedApproval", "true")]
    [InlineData("wn.resubmission.period", null)]
    [InlineData("wn.publication.period", "5")]
    [InlineData("wn.termination.filingPeriod", null)]
    [InlineData("wn.performanceReport.months", null)]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Fact]
    public void The_agreement_takes_effect_only_with_the_written_opinion_where_the_nation_deems_it_approved()
    {
        Assert.Equal(ParameterScalar.FromBoolean(true), JurisdictionProfile.National.Get("wn.review.deemedApproval", LocalBReadings.Today).Value);
        Assert.Equal(ParameterScalar.FromBoolean(false), JurisdictionProfile.For(RegionCode.Parse(Region)).Get("wn.review.deemedApproval", LocalBReadings.Today).Value);
    }

    [Theory]
    [InlineData("wn.advisers.maxRatio", 2, 6, true)]
    [InlineData("wn.advisers.maxRatio", 2, 5, false)]
    [InlineData("wn.approval.noCongressRatio", 15, 30, true)]
    [InlineData("wn.approval.noCongressRatio", 14, 30, false)]
    [InlineData("wn.workQuota.achievableShare", 90, 100, true)]
    [InlineData("wn.workQuota.achievableShare", 89, 100, false)]
    public void A_share_on_the_line_meets_the_threshold_and_one_past_it_does_not(string name, long part, long whole, bool holds) =>
        LocalBReadings.AssertShare(Region, name, part, whole, holds);

    [Theory]
    [InlineData("ethnicMinority", 8, 100, true)]
    [InlineData("ethnicMinority", 7, 100, false)]
    [InlineData("migrantWorker", 8, 100, true)]
    [InlineData("dispatched", 7, 100, false)]
    public void A_group_from_eight_percent_has_a_negotiator(string group, long members, long employees, bool required) =>
        LocalBReadings.AssertGroupTrigger(Region, group, members, employees, required);
}
