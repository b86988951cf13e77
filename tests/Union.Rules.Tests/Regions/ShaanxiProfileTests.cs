using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>陕西省企业工资集体协商条例 read through the profile of 610000: every value it sets, on and after 2019-03-01, and the day before.</summary>
public sealed class ShaanxiProfileTests
{
    private const string Region = "610000";
    private const string Cited = "陕西省企业工资集体协商条例";
    private static readonly LocalDate InForce = new(2019, 3, 1);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第九条第一款")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第九条第一款")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第九条第二款")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "moreThan", "第十条第一款")]
    [InlineData("wn.negotiators.groupTriggers", "female:8/100,disabled:8/100,dispatched:8/100", "list", null, "第十条第二款")]
    [InlineData("wn.negotiators.publicationPeriod", "3", "workingDays", "atMost", "第十条第三款")]
    [InlineData("wn.negotiators.employeeSideExcluded", "seniorManager,actualController,investor,closeRelative,hrHead", "list", null, "第十二条第一款")]
    [InlineData("wn.negotiators.employerSideExcluded", "unionStaff", "list", null, "第十二条第一款")]
    [InlineData("wn.reply.period", "10", "workingDays", "atMost", "第二十一条第一款")]
    [InlineData("wn.materials.periodBefore", "5", "workingDays", "atLeast", "第二十三条第一款")]
    [InlineData("wn.dispute.applicationAfter", "30", "days", null, "第二十四条第二款")]
    [InlineData("wn.dispute.coordinationPeriod", "5", "workingDays", "atMost", "第二十四条第二款")]
    [InlineData("wn.draft.noticeBefore", "5", "workingDays", "atLeast", "第二十六条")]
    [InlineData("wn.approval.quorumRatio", "2/3", "ratio", "atLeast", "第二十七条第一款")]
    [InlineData("wn.approval.passRatio", "1/2", "ratio", "moreThan", "第二十七条第一款")]
    [InlineData("wn.approval.secretBallot", "true", "boolean", null, "第二十七条第一款")]
    [InlineData("wn.filing.period", "5", "workingDays", "atMost", "第二十八条第一款")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第二十九条")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第二十九条")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第二十九条")]
    [InlineData("wn.publication.period", "5", "workingDays", "atMost", "第三十一条")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第三十二条")]
    [InlineData("wn.term.maxYears", "2", "year", "atMost", "第三十二条")]
    [InlineData("wn.term.binding", "false", "boolean", null, "第三十二条")]
    [InlineData("wn.renewal.window", "60", "days", "atMost", "第三十二条")]
    [InlineData("wn.renewal.binding", "true", "boolean", null, "第三十二条")]
    [InlineData("wn.performanceReport.months", "12", "month", "atMost", "第三十三条")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.ShaanxiWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3")]
    [InlineData("wn.negotiators.electionRatio", "1/2")]
    [InlineData("wn.negotiators.groupTriggers", null)]
    [InlineData("wn.negotiators.publicationPeriod", null)]
    [InlineData("wn.negotiators.employeeSideExcluded", null)]
    [InlineData("wn.negotiators.employerSideExcluded", null)]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.dispute.applicationAfter", null)]
    [InlineData("wn.dispute.coordinationPeriod", null)]
    [InlineData("wn.draft.noticeBefore", null)]
    [InlineData("wn.approval.quorumRatio", "2/3")]
    [InlineData("wn.approval.passRatio", "1/2")]
    [InlineData("wn.approval.secretBallot", null)]
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
    [InlineData("wn.performanceReport.months", null)]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Theory]
    [InlineData("wn.approval.passRatio", 16, 30, true)]
    [InlineData("wn.approval.passRatio", 15, 30, false)]
    [InlineData("wn.approval.quorumRatio", 20, 30, true)]
    [InlineData("wn.approval.quorumRatio", 19, 30, false)]
    [InlineData("wn.negotiators.electionRatio", 51, 100, true)]
    [InlineData("wn.negotiators.electionRatio", 50, 100, false)]
    [InlineData("wn.negotiators.externalMaxRatio", 2, 6, true)]
    [InlineData("wn.negotiators.externalMaxRatio", 3, 7, false)]
    public void A_share_on_the_line_is_judged_by_the_text_s_counting_word(string name, long part, long whole, bool holds) =>
        LocalBReadings.AssertShare(Region, name, part, whole, holds);

    [Fact]
    public void Exactly_half_passes_a_draft_nationally_but_fails_in_Shaanxi()
    {
        ParameterReading nation = JurisdictionProfile.National.Get("cc.approval.passRatio", LocalBReadings.Today);
        Assert.True(nation.Value.TryGetRatio(out Ratio half));
        Assert.True(nation.Comparison!.Value.Holds(15, 30, half));
        LocalBReadings.AssertShare(Region, "wn.approval.passRatio", 15, 30, false);
    }

    [Theory]
    [InlineData("female", 8, 100, true)]
    [InlineData("female", 7, 100, false)]
    [InlineData("disabled", 8, 100, true)]
    [InlineData("dispatched", 7, 100, false)]
    public void A_group_from_eight_percent_has_a_negotiator(string group, long members, long employees, bool required) =>
        LocalBReadings.AssertGroupTrigger(Region, group, members, employees, required);
}
