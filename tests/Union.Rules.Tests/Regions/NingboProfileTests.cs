using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class NingboProfileTests
{
    private const string Nb = "330200";
    private const string Zj = "330000";
    private const string Wn = "ningbo-wage-negotiation-regulations";

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第八条第一款")]
    [InlineData("wn.negotiators.maxPerSide", "10", "person", "atMost", "第八条第一款")]
    [InlineData("wn.negotiators.minPerSideLargeEnterprise", "5", "person", "atLeast", "第八条第一款")]
    [InlineData("wn.negotiators.sides", "employerAtMostEmployee", "choice", null, "第八条第一款")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "moreThan", "第九条第一款")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第九条第二款")]
    [InlineData("wn.negotiators.publicationPeriod", "5", "workingDays", "atMost", "第十条")]
    [InlineData("wn.reply.period", "10", "workingDays", "atMost", "第十四条")]
    [InlineData("wn.negotiation.period", "30", "workingDays", "atMost", "第十六条第二款")]
    [InlineData("wn.negotiation.trigger", "firstMeeting", "choice", null, "第十六条第二款")]
    [InlineData("wn.materials.periodBefore", "7", "days", "atLeast", "第十七条第一款")]
    [InlineData("wn.suspension.maxPeriod", "60", "days", "atMost", "第十九条")]
    [InlineData("wn.approval.period", "15", "workingDays", "atMost", "第二十条第一款")]
    [InlineData("wn.signing.order", "afterApproval", "choice", null, "第二十条第一款")]
    [InlineData("wn.renewal.window", "90", "days", "atMost", "第二十二条第二款")]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第二十四条第一款")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第三十四条第一款")]
    [InlineData("wn.filing.trigger", "signing", "choice", null, "第三十四条第一款")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第三十五条第一款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第三十五条第一款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第三十五条第一款")]
    [InlineData("wn.publication.period", "5", "workingDays", "atMost", "第三十五条第二款")]
    [InlineData("wn.performanceReport.months", "12", "month", "atMost", "第三十六条")]
    public void The_city_regulations_set_the_value_from_2014_05_01(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Nb, name, "2014-05-01", value, unit, comparison, Wn, article);
        AssertAsProvince(Nb, Zj, name, "2014-04-30");
    }

    [Theory]
    [InlineData("wn.approval.quorumRatio", "2/3")]
    [InlineData("wn.approval.passRatio", "1/2")]
    [InlineData("wn.wageFloor.comparison", "moreThan")]
    [InlineData("wn.term.usualYears", "1")]
    [InlineData("wn.term.binding", "true")]
    public void The_vote_term_and_wage_floor_come_from_the_province(string name, string value)
    {
        ParameterReading r = Read(Nb, name, "2026-11-25");
        Assert.Equal(value, r.Value.ToString());
        Assert.Equal(Zj, r.Layer);
    }

    [Fact]
    public void Ningbo_counts_the_talks_in_working_days_from_the_first_meeting_where_Hangzhou_counts_days_from_the_offer()
    {
        Assert.Equal("workingDays", Read(Nb, "wn.negotiation.period", "2026-11-25").Unit);
        Assert.Equal("days", Read("330100", "wn.negotiation.period", "2026-11-25").Unit);
        Assert.Equal("offerSent", Read("330100", "wn.negotiation.trigger", "2026-11-25").Value.ToString());
        Assert.False(Profile(Zj).TryGet("wn.negotiation.period", Date("2026-11-25"), out _));
    }

    [Fact]
    public void Ten_a_side_is_the_maximum_and_five_the_minimum_above_designated_size()
    {
        Assert.True(Holds(Read(Nb, "wn.negotiators.maxPerSide", "2026-11-25"), 10));
        Assert.False(Holds(Read(Nb, "wn.negotiators.maxPerSide", "2026-11-25"), 11));
        Assert.True(Holds(Read(Nb, "wn.negotiators.minPerSideLargeEnterprise", "2026-11-25"), 5));
        Assert.False(Holds(Read(Nb, "wn.negotiators.minPerSideLargeEnterprise", "2026-11-25"), 4));
    }
}
