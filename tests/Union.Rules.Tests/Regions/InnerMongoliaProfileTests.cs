using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>内蒙古自治区企业工资集体协商条例 read through the profile of 150000: every value it sets, on and after 2025-12-01, and the day before.</summary>
public sealed class InnerMongoliaProfileTests
{
    private const string Region = "150000";
    private const string Cited = "内蒙古自治区企业工资集体协商条例（2025年修正）";
    private static readonly LocalDate InForce = new(2025, 12, 1);

    [Theory]
    [InlineData("wn.increase.frontlineAboveAverage", "true", "boolean", null, "第五条第一款")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第九条第一款")]
    [InlineData("wn.negotiators.employeeSideExcluded", "enterpriseHead,investor,hrHead", "list", null, "第九条第二款")]
    [InlineData("wn.negotiators.employerSideExcluded", "unionStaff", "list", null, "第九条第二款")]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第十条")]
    [InlineData("wn.negotiators.maxPerSide", "9", "person", "atMost", "第十条")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第十条")]
    [InlineData("wn.negotiators.groupTriggers", "female:1/10,disabled:1/10", "list", null, "第十条")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第十四条第一款")]
    [InlineData("wn.workQuota.achievableShare", "4/5", "ratio", "atLeast", "第二十二条")]
    [InlineData("wn.reply.period", "15", "days", "atMost", "第二十四条第一款")]
    [InlineData("wn.higherUnionReport.periodBefore", "5", "workingDays", "atLeast", "第二十五条")]
    [InlineData("wn.materials.periodBefore", "5", "workingDays", "atLeast", "第二十六条")]
    [InlineData("wn.draft.period", "7", "days", "atMost", "第二十七条第一款")]
    [InlineData("wn.approval.quorumRatio", "2/3", "ratio", "atLeast", "第二十七条第二款")]
    [InlineData("wn.approval.passRatio", "1/2", "ratio", "atLeast", "第二十七条第二款")]
    [InlineData("wn.approval.retryPeriod", "30", "days", "atMost", "第二十七条第三款")]
    [InlineData("wn.filing.period", "7", "days", "atMost", "第二十八条")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第二十九条第一款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第二十九条第一款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第二十九条第一款")]
    [InlineData("wn.publication.period", "10", "days", "atMost", "第二十九条第二款")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第三十条")]
    [InlineData("wn.term.maxYears", "1", "year", "atMost", "第三十条")]
    [InlineData("wn.term.binding", "true", "boolean", null, "第三十条")]
    [InlineData("wn.renewal.window", "60", "days", "atMost", "第三十条")]
    [InlineData("wn.renewal.binding", "true", "boolean", null, "第三十条")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.InnerMongoliaWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.increase.frontlineAboveAverage", null)]
    [InlineData("wn.negotiators.electionRatio", "1/2")]
    [InlineData("wn.negotiators.employeeSideExcluded", null)]
    [InlineData("wn.negotiators.employerSideExcluded", null)]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.maxPerSide", null)]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.negotiators.groupTriggers", null)]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3")]
    [InlineData("wn.workQuota.achievableShare", null)]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.higherUnionReport.periodBefore", null)]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.draft.period", null)]
    [InlineData("wn.approval.quorumRatio", "2/3")]
    [InlineData("wn.approval.passRatio", "1/2")]
    [InlineData("wn.approval.retryPeriod", null)]
    [InlineData("wn.filing.period", "7")]
    [InlineData("wn.review.period", "15")]
    [InlineData("wn.review.trigger", "filed")]
    [InlineData("wn.review.deemedApproval", "true")]
    [InlineData("wn.publication.period", "5")]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "false")]
    [InlineData("wn.renewal.window", "60")]
    [InlineData("wn.renewal.binding", "false")]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Theory]
    [InlineData("wn.approval.passRatio", 15, 30, true)]
    [InlineData("wn.approval.passRatio", 14, 30, false)]
    [InlineData("wn.approval.quorumRatio", 20, 30, true)]
    [InlineData("wn.approval.quorumRatio", 19, 30, false)]
    [InlineData("wn.workQuota.achievableShare", 80, 100, true)]
    [InlineData("wn.workQuota.achievableShare", 79, 100, false)]
    public void A_share_on_the_line_meets_the_threshold_and_one_short_does_not(string name, long part, long whole, bool holds) =>
        LocalBReadings.AssertShare(Region, name, part, whole, holds);

    [Fact]
    public void The_2012_version_is_not_held_so_the_amended_values_start_on_2025_12_01()
    {
        JurisdictionProfile nm = JurisdictionProfile.For(RegionCode.Parse(Region));
        Assert.Equal("20", nm.Get("wn.reply.period", new LocalDate(2025, 11, 30)).Value.ToString());
        Assert.Equal("15", nm.Get("wn.reply.period", new LocalDate(2025, 12, 1)).Value.ToString());
    }

    [Theory]
    [InlineData("female", 10, 100, true)]
    [InlineData("disabled", 9, 100, false)]
    public void Women_and_disabled_employees_from_ten_percent_have_a_negotiator(string group, long members, long employees, bool required) =>
        LocalBReadings.AssertGroupTrigger(Region, group, members, employees, required);
}
