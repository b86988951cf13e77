using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class HangzhouProfileTests
{
    private const string Hz = "330100";
    private const string Zj = "330000";
    private const string Wn = "hangzhou-wage-negotiation-regulations";

    [Theory]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第十条第二款")]
    [InlineData("wn.wageFloor.comparison", "moreThan", "choice", null, "第十一条")]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第十六条")]
    [InlineData("wn.negotiators.maxPerSide", "9", "person", "atMost", "第十六条")]
    [InlineData("wn.negotiators.minPerSideLargeEnterprise", "5", "person", "atLeast", "第十六条")]
    [InlineData("wn.negotiators.sides", "employerAtMostEmployee", "choice", null, "第十六条")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第十七条")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "moreThan", "第十八条第一款")]
    [InlineData("wn.term.usualYears", "1", "year", null, "第二十三条第一款")]
    [InlineData("wn.renewal.window", "90", "days", "atMost", "第二十三条第二款")]
    [InlineData("wn.reply.period", "10", "workingDays", "atMost", "第二十四条第一款")]
    [InlineData("wn.materials.periodBefore", "7", "workingDays", "atLeast", "第二十五条第二款")]
    [InlineData("wn.suspension.maxPeriod", "30", "days", "atMost", "第二十七条第二款")]
    [InlineData("wn.approval.period", "15", "workingDays", "atMost", "第二十八条第一款")]
    [InlineData("wn.approval.quorumRatio", "2/3", "ratio", "atLeast", "第二十八条第二款")]
    [InlineData("wn.approval.passRatio", "1/2", "ratio", "moreThan", "第二十八条第二款")]
    [InlineData("wn.signing.order", "afterApproval", "choice", null, "第二十八条第二款")]
    [InlineData("wn.approval.retryPeriod", "5", "workingDays", "atMost", "第二十八条第三款")]
    [InlineData("wn.negotiation.period", "60", "days", "atMost", "第二十九条")]
    [InlineData("wn.negotiation.trigger", "offerSent", "choice", null, "第二十九条")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第四十条")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第四十条")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第四十条")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第四十条")]
    [InlineData("wn.publication.period", "5", "workingDays", "atMost", "第四十一条")]
    [InlineData("wn.performanceReport.months", "12", "month", "atMost", "第四十二条第一款")]
    public void The_city_regulations_set_the_value_from_2014_05_01(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Hz, name, "2014-05-01", value, unit, comparison, Wn, article);
        AssertAsProvince(Hz, Zj, name, "2014-04-30");
    }

    [Theory]
    [InlineData("wn.term.minYears", "1")]
    [InlineData("wn.term.maxYears", "3")]
    [InlineData("wn.term.binding", "true")]
    [InlineData("cc.reply.period", "10")]
    [InlineData("cc.approval.passRatio", "1/2")]
    [InlineData("wc.pass.ratio", "1/2")]
    public void What_the_city_does_not_set_comes_from_the_province(string name, string value)
    {
        ParameterReading r = Read(Hz, name, "2026-11-25");
        Assert.Equal(value, r.Value.ToString());
        Assert.Equal(Zj, r.Layer);
    }

    [Fact]
    public void The_city_overrides_the_province_where_it_sets_its_own()
    {
        Assert.Equal("days", Read(Zj, "wn.materials.periodBefore", "2026-11-25").Unit);
        Assert.Equal("workingDays", Read(Hz, "wn.materials.periodBefore", "2026-11-25").Unit);
        Assert.Equal("60", Read(Zj, "wn.suspension.maxPeriod", "2026-11-25").Value.ToString());
        Assert.Equal("30", Read(Hz, "wn.suspension.maxPeriod", "2026-11-25").Value.ToString());
        Assert.Equal(Hz, Read(Hz, "standard.minimumWage.monthly", "2026-11-25").Layer);
    }

    [Fact]
    public void Exactly_half_does_not_pass_and_ninety_percent_meets_the_quota_rule()
    {
        ParameterReading pass = Read(Hz, "wn.approval.passRatio", "2026-11-25");
        Assert.False(Holds(pass, 40, 80));
        Assert.True(Holds(pass, 41, 80));
        ParameterReading quota = Read(Hz, "wn.workQuota.achievableShare", "2026-11-25");
        Assert.True(Holds(quota, 90, 100));
        Assert.False(Holds(quota, 89, 100));
        Assert.False(JurisdictionProfile.National.TryGet("wn.workQuota.achievableShare", Date("2026-11-25"), out _));
    }

    [Fact]
    public void Nine_a_side_is_the_maximum()
    {
        ParameterReading max = Read(Hz, "wn.negotiators.maxPerSide", "2026-11-25");
        Assert.True(Holds(max, 9));
        Assert.False(Holds(max, 10));
    }
}
