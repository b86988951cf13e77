using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>辽宁省企业工资集体协商条例 read through the profile of 210000: every value it sets, on and after 2016-01-01, and the day before.</summary>
public sealed class LiaoningProfileTests
{
    private const string Region = "210000";
    private const string Cited = "辽宁省企业工资集体协商条例";
    private static readonly LocalDate InForce = new(2016, 1, 1);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第十条")]
    [InlineData("wn.negotiators.maxPerSide", "9", "person", "atMost", "第十条")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第十条")]
    [InlineData("wn.reply.period", "20", "days", "atMost", "第二十四条")]
    [InlineData("wn.materials.periodBefore", "5", "days", "atLeast", "第二十五条")]
    [InlineData("wn.dispute.applicationAfter", "60", "days", null, "第二十七条第二款")]
    [InlineData("wn.draft.period", "7", "days", "atMost", "第二十八条第一款")]
    [InlineData("wn.approval.period", "10", "days", "atMost", "第二十八条第一款")]
    [InlineData("wn.signing.period", "5", "days", "atMost", "第二十八条第二款")]
    [InlineData("wn.filing.period", "7", "days", "atMost", "第二十九条第一款")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第二十九条第二款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第二十九条第二款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第二十九条第二款")]
    [InlineData("wn.publication.period", "5", "days", "atMost", "第三十条")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第三十一条")]
    [InlineData("wn.term.maxYears", "3", "year", "atMost", "第三十一条")]
    [InlineData("wn.term.binding", "true", "boolean", null, "第三十一条")]
    [InlineData("wn.termination.filingPeriod", "10", "days", "atMost", "第四十条第二款")]
    [InlineData("wn.renewal.window", "60", "days", "atMost", "第四十二条")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.LiaoningWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.maxPerSide", null)]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.dispute.applicationAfter", null)]
    [InlineData("wn.draft.period", null)]
    [InlineData("wn.approval.period", null)]
    [InlineData("wn.signing.period", null)]
    [InlineData("wn.filing.period", "7")]
    [InlineData("wn.review.period", "15")]
    [InlineData("wn.review.trigger", "filed")]
    [InlineData("wn.review.deemedApproval", "true")]
    [InlineData("wn.publication.period", "5")]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "false")]
    [InlineData("wn.termination.filingPeriod", null)]
    [InlineData("wn.renewal.window", "60")]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);
}
