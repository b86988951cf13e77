using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>天津市企业工资集体协商条例 read through the profile of 120000: every value it sets, on and after 2010-09-01, and the day before.</summary>
public sealed class TianjinProfileTests
{
    private const string Region = "120000";
    private const string Cited = "天津市企业工资集体协商条例";
    private static readonly LocalDate InForce = new(2010, 9, 1);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第九条")]
    [InlineData("wn.negotiators.maxPerSide", "7", "person", "atMost", "第九条")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第九条")]
    [InlineData("wn.negotiators.mandateMinYears", "1", "year", "atLeast", "第九条")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第七条第一款")]
    [InlineData("wn.negotiators.groupTriggers", "female:1/3", "list", null, "第七条第一款")]
    [InlineData("wn.reply.period", "5", "workingDays", "atMost", "第十七条第二款")]
    [InlineData("wn.materials.periodBefore", "5", "workingDays", "atLeast", "第十八条")]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第二十四条")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第二十六条第二款")]
    [InlineData("wn.term.maxYears", "1", "year", "atMost", "第二十六条第二款")]
    [InlineData("wn.term.binding", "false", "boolean", null, "第二十六条第二款")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第二十七条第一款")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第二十七条第二款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第二十七条第二款")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.TianjinWageNegotiationRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3")]
    [InlineData("wn.negotiators.maxPerSide", null)]
    [InlineData("wn.negotiators.sides", "equal")]
    [InlineData("wn.negotiators.mandateMinYears", null)]
    [InlineData("wn.negotiators.electionRatio", "1/2")]
    [InlineData("wn.negotiators.groupTriggers", null)]
    [InlineData("wn.reply.period", "20")]
    [InlineData("wn.materials.periodBefore", null)]
    [InlineData("wn.workQuota.achievableShare", null)]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "false")]
    [InlineData("wn.filing.period", "7")]
    [InlineData("wn.review.period", "15")]
    [InlineData("wn.review.trigger", "filed")]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Fact]
    public void The_review_runs_from_receipt_and_the_national_deemed_approval_stays()
    {
        JurisdictionProfile tianjin = JurisdictionProfile.For(RegionCode.Parse(Region));
        ParameterReading deemed = tianjin.Get("wn.review.deemedApproval", LocalBReadings.Today);
        Assert.Equal("national", deemed.Layer);
        Assert.Equal(ParameterScalar.FromBoolean(true), deemed.Value);
        Assert.Equal("received", tianjin.Get("wn.review.trigger", LocalBReadings.Today).Value.AsText());
        Assert.Equal("filed", JurisdictionProfile.National.Get("wn.review.trigger", LocalBReadings.Today).Value.AsText());
    }

    [Fact]
    public void A_reply_is_due_in_five_working_days_where_the_nation_allows_twenty_days()
    {
        ParameterReading local = JurisdictionProfile.For(RegionCode.Parse(Region)).Get("wn.reply.period", LocalBReadings.Today);
        ParameterReading nation = JurisdictionProfile.National.Get("wn.reply.period", LocalBReadings.Today);
        Assert.Equal(("5", "workingDays"), (local.Value.ToString(), local.Unit));
        Assert.Equal(("20", "days"), (nation.Value.ToString(), nation.Unit));
    }

    [Theory]
    [InlineData(10, 30, true)]
    [InlineData(9, 30, false)]
    public void A_woman_negotiator_is_required_from_one_third_women(long women, long employees, bool required) =>
        LocalBReadings.AssertGroupTrigger(Region, "female", women, employees, required);
}
