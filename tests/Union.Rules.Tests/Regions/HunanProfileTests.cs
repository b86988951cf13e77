using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>湖南省企业工资集体协商条例 read through the profile of 430000: every value it sets, on and after 2012-05-01, and the day before.</summary>
public sealed class HunanProfileTests
{
    private const string Region = "430000";
    private const string Cited = "湖南省企业工资集体协商条例";
    private static readonly LocalDate InForce = new(2012, 5, 1);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第七条")]
    [InlineData("wn.negotiators.maxPerSide", "9", "person", "atMost", "第七条")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第七条")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第八条第二款")]
    [InlineData("wn.negotiators.frontlineMinRatio", "1/2", "ratio", "atLeast", "第九条第一款")]
    [InlineData("wn.negotiators.groupTriggers", "female:1/10", "list", null, "第九条第二款")]
    [InlineData("wn.negotiators.employeeSideExcluded", "enterpriseHead,investor,hrHead", "list", null, "第十二条")]
    [InlineData("wn.negotiators.employerSideExcluded", "unionStaff", "list", null, "第十二条")]
    [InlineData("wn.negotiators.publicationPeriod", "5", "workingDays", "atMost", "第十三条")]
    [InlineData("wn.workQuota.achievableShare", "4/5", "ratio", "atLeast", "第二十条")]
    [InlineData("wn.request.employeeTriggerRatio", "1/5", "ratio", "atLeast", "第二十三条第一款")]
    [InlineData("wn.request.smallEnterpriseTriggerRatio", "1/3", "ratio", "atLeast", "第二十三条第一款")]
    [InlineData("wn.request.delegateTriggerRatio", "1/2", "ratio", "atLeast", "第二十三条第一款")]
    [InlineData("wn.reply.period", "20", "days", "atMost", "第二十五条")]
    [InlineData("wn.materials.periodBefore", "5", "workingDays", "atLeast", "第二十八条第一款")]
    [InlineData("wn.negotiation.period", "3", "months", "atMost", "第三十条第一款")]
    [InlineData("wn.mediation.period", "30", "days", "atMost", "第三十二条")]
    [InlineData("wn.filing.period", "5", "workingDays", "atMost", "第三十四条第一款")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第三十六条第一款")]
    [InlineData("wn.term.maxYears", "3", "year", "atMost", "第三十六条第一款")]
    [InlineData("wn.term.binding", "false", "boolean", null, "第三十六条第一款")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.HunanWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.maxPerSide", null)]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.negotiators.electionRatio", "1/2")]
    [InlineData("wn.negotiators.frontlineMinRatio", null)]
    [InlineData("wn.negotiators.groupTriggers", null)]
    [InlineData("wn.negotiators.employeeSideExcluded", null)]
    [InlineData("wn.negotiators.employerSideExcluded", null)]
    [InlineData("wn.negotiators.publicationPeriod", null)]
    [InlineData("wn.workQuota.achievableShare", null)]
    [InlineData("wn.request.employeeTriggerRatio", null)]
    [InlineData("wn.request.smallEnterpriseTriggerRatio", null)]
    [InlineData("wn.request.delegateTriggerRatio", null)]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.negotiation.period", null)]
    [InlineData("wn.mediation.period", null)]
    [InlineData("wn.filing.period", "7")]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "false")]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Theory]
    [InlineData("wn.request.smallEnterpriseTriggerRatio", 10, 30, true)]
    [InlineData("wn.request.smallEnterpriseTriggerRatio", 9, 30, false)]
    [InlineData("wn.request.employeeTriggerRatio", 20, 100, true)]
    [InlineData("wn.request.employeeTriggerRatio", 19, 100, false)]
    [InlineData("wn.request.delegateTriggerRatio", 15, 30, true)]
    [InlineData("wn.request.delegateTriggerRatio", 14, 30, false)]
    [InlineData("wn.negotiators.frontlineMinRatio", 3, 6, true)]
    [InlineData("wn.negotiators.frontlineMinRatio", 2, 6, false)]
    [InlineData("wn.workQuota.achievableShare", 80, 100, true)]
    [InlineData("wn.workQuota.achievableShare", 79, 100, false)]
    public void A_share_on_the_line_meets_the_threshold_and_one_short_does_not(string name, long part, long whole, bool holds) =>
        LocalBReadings.AssertShare(Region, name, part, whole, holds);

    [Theory]
    [InlineData(10, 100, true)]
    [InlineData(9, 100, false)]
    public void A_woman_negotiator_is_required_from_ten_percent_women(long women, long employees, bool required) =>
        LocalBReadings.AssertGroupTrigger(Region, "female", women, employees, required);
}
