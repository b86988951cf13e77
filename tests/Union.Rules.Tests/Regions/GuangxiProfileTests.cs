using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>广西壮族自治区企业工资集体协商条例 read through the profile of 450000: every value it sets, on and after 2024-11-28, and the day before.</summary>
public sealed class GuangxiProfileTests
{
    private const string Region = "450000";
    private const string Cited = "广西壮族自治区企业工资集体协商条例（2024年修正）";
    private static readonly LocalDate InForce = new(2024, 11, 28);

    [Theory]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "moreThan", "第八条第一款")]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第十条第一款")]
    [InlineData("wn.negotiators.maxPerSide", "9", "person", "atMost", "第十条第一款")]
    [InlineData("wn.negotiators.sides", "employerAtMostEmployee", "choice", null, "第十条第一款")]
    [InlineData("wn.negotiators.groupTriggers", "female:1/10,disabled:1/10", "list", null, "第十条第二款")]
    [InlineData("wn.negotiators.employeeSideExcluded", "enterpriseHead,investor,hrHead,closeRelative", "list", null, "第十条第三款")]
    [InlineData("wn.negotiators.employerSideExcluded", "unionStaff", "list", null, "第十条第三款")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第十二条")]
    [InlineData("wn.negotiators.publicationPeriod", "3", "days", "atMost", "第十三条")]
    [InlineData("wn.protection.extensionNeedsConsent", "true", "boolean", null, "第十五条第一款")]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第十九条")]
    [InlineData("wn.reply.period", "10", "days", "atMost", "第二十三条第一款")]
    [InlineData("wn.talks.period", "10", "days", "atMost", "第二十三条第一款")]
    [InlineData("wn.request.employeeTriggerRatio", "1/5", "ratio", "atLeast", "第二十四条第一款")]
    [InlineData("wn.request.smallEnterpriseTriggerRatio", "1/3", "ratio", "atLeast", "第二十四条第一款")]
    [InlineData("wn.request.delegateTriggerRatio", "1/2", "ratio", "atLeast", "第二十四条第一款")]
    [InlineData("wn.materials.periodBefore", "5", "days", "atLeast", "第二十六条第一款")]
    [InlineData("wn.negotiation.period", "60", "days", "atMost", "第二十九条第一款")]
    [InlineData("wn.negotiation.extensionMax", "30", "days", "atMost", "第二十九条第一款")]
    [InlineData("wn.dispute.applicationAfter", "30", "days", null, "第三十条第一款")]
    [InlineData("wn.dispute.coordinationStart", "5", "days", "atMost", "第三十条第二款")]
    [InlineData("wn.dispute.coordinationPeriod", "30", "days", "atMost", "第三十条第三款")]
    [InlineData("wn.draft.period", "7", "days", "atMost", "第三十一条第一款")]
    [InlineData("wn.approval.quorumRatio", "2/3", "ratio", "atLeast", "第三十一条第一款")]
    [InlineData("wn.approval.passRatio", "1/2", "ratio", "atLeast", "第三十一条第一款")]
    [InlineData("wn.approval.retryPeriod", "30", "days", "atMost", "第三十一条第二款")]
    [InlineData("wn.filing.period", "5", "days", "atMost", "第三十二条")]
    [InlineData("wn.resubmission.period", "10", "days", "atMost", "第三十三条第一款")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第三十三条第二款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第三十三条第二款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第三十三条第二款")]
    [InlineData("wn.publication.period", "5", "days", "atMost", "第三十四条")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第三十五条第一款")]
    [InlineData("wn.term.maxYears", "3", "year", "atMost", "第三十五条第一款")]
    [InlineData("wn.term.binding", "true", "boolean", null, "第三十五条第一款")]
    [InlineData("wn.renewal.window", "60", "days", "atMost", "第三十五条第一款")]
    [InlineData("wn.renewal.binding", "true", "boolean", null, "第三十五条第一款")]
    [InlineData("wn.performanceReport.months", "12", "month", "atMost", "第三十七条")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.GuangxiWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.negotiators.electionRatio", "1/2")]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.maxPerSide", null)]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.negotiators.groupTriggers", null)]
    [InlineData("wn.negotiators.employeeSideExcluded", null)]
    [InlineData("wn.negotiators.employerSideExcluded", null)]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3")]
    [InlineData("wn.negotiators.publicationPeriod", null)]
    [InlineData("wn.protection.extensionNeedsConsent", null)]
    [InlineData("wn.workQuota.achievableShare", null)]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.talks.period", null)]
    [InlineData("wn.request.employeeTriggerRatio", null)]
    [InlineData("wn.request.smallEnterpriseTriggerRatio", null)]
    [InlineData("wn.request.delegateTriggerRatio", null)]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.negotiation.period", null)]
    [InlineData("wn.negotiation.extensionMax", null)]
    [InlineData("wn.dispute.applicationAfter", null)]
    [InlineData("wn.dispute.coordinationStart", null)]
    [InlineData("wn.dispute.coordinationPeriod", null)]
    [InlineData("wn.draft.period", null)]
    [InlineData("wn.approval.quorumRatio", "2/3")]
    [InlineData("wn.approval.passRatio", "1/2")]
    [InlineData("wn.approval.retryPeriod", null)]
    [InlineData("wn.filing.period", "7")]
    [InlineData("wn.resubmission.period", null)]
    [InlineData("wn.review.period", "15")]
    [InlineData("wn.review.trigger", "filed")]
    [InlineData("wn.review.deemedApproval", "true")]
    [InlineData("wn.publication.period", "5")]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "false")]
    [InlineData("wn.renewal.window", "60")]
    [InlineData("wn.renewal.binding", "false")]
    [InlineData("wn.performanceReport.months", null)]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Theory]
    [InlineData("wn.approval.passRatio", 15, 30, true)]
    [InlineData("wn.approval.passRatio", 14, 30, false)]
    [InlineData("wn.approval.quorumRatio", 20, 30, true)]
    [InlineData("wn.approval.quorumRatio", 19, 30, false)]
    [InlineData("wn.negotiators.electionRatio", 51, 100, true)]
    [InlineData("wn.negotiators.electionRatio", 50, 100, false)]
    [InlineData("wn.request.smallEnterpriseTriggerRatio", 10, 30, true)]
    [InlineData("wn.request.smallEnterpriseTriggerRatio", 9, 30, false)]
    [InlineData("wn.request.employeeTriggerRatio", 60, 300, true)]
    [InlineData("wn.request.employeeTriggerRatio", 59, 300, false)]
    public void A_share_on_the_line_is_judged_by_the_text_s_counting_word(string name, long part, long whole, bool holds) =>
        LocalBReadings.AssertShare(Region, name, part, whole, holds);

    [Theory]
    [InlineData("female", 10, 100, true)]
    [InlineData("disabled", 9, 100, false)]
    public void Women_and_disabled_employees_from_ten_percent_have_a_negotiator(string group, long members, long employees, bool required) =>
        LocalBReadings.AssertGroupTrigger(Region, group, members, employees, required);
}
