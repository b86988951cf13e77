using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class ShandongProfileTests
{
    private const string Sd = "370000";
    private const string Jinan = "370100";
    private const string Wn = "shandong-wage-negotiation-regulations";

    [Theory]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第七条第一款")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第七条第一款")]
    [InlineData("wn.negotiators.frontlineMinRatio", "1/3", "ratio", "atLeast", "第七条第二款")]
    [InlineData("wn.negotiators.congressApprovalRatio", "1/2", "ratio", "moreThan", "第八条第一款")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "moreThan", "第八条第二款")]
    [InlineData("wn.negotiators.publicationPeriod", "5", "days", "atMost", "第十一条第一款")]
    [InlineData("wn.negotiators.externalRole", "adviser", "choice", null, "第十二条第一款")]
    [InlineData("wn.term.usualYears", "1", "year", null, "第十七条第三款")]
    [InlineData("wn.term.maxYears", "3", "year", "atMost", "第十七条第三款")]
    [InlineData("wn.term.minYears", "0", "year", "atLeast", "第十七条第三款")]
    [InlineData("wn.term.binding", "true", "boolean", null, "第十七条第三款")]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第二十条")]
    [InlineData("wn.reply.period", "10", "days", "atMost", "第二十一条第二款")]
    [InlineData("wn.materials.periodBefore", "10", "days", "atLeast", "第二十三条第一款")]
    [InlineData("wn.higherUnionReport.periodBefore", "5", "days", "atLeast", "第二十四条")]
    [InlineData("wn.approval.passRatio", "1/2", "ratio", "moreThan", "第二十七条第一款")]
    [InlineData("wn.signing.order", "afterApproval", "choice", null, "第二十七条第二款")]
    [InlineData("wn.negotiation.period", "60", "days", "atMost", "第二十八条第一款")]
    [InlineData("wn.negotiation.trigger", "acceptance", "choice", null, "第二十八条第一款")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第二十九条")]
    [InlineData("wn.filing.trigger", "signing", "choice", null, "第二十九条")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第三十条第二款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第三十条第二款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第三十条第二款")]
    [InlineData("wn.publication.period", "7", "days", "atMost", "第三十一条第一款")]
    [InlineData("wn.performanceReport.months", "12", "month", "atMost", "第三十一条第二款")]
    [InlineData("wn.dissolution.passRatio", "1/2", "ratio", "moreThan", "第四十一条第二款")]
    [InlineData("wn.termination.filingPeriod", "7", "days", "atMost", "第四十一条第二款")]
    public void The_regulations_set_the_value_from_2017_01_01_and_Jinan_inherits_it(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Sd, name, "2017-01-01", value, unit, comparison, Wn, article);
        AssertReads(Jinan, name, "2026-11-25", value, unit, comparison, Wn, article, layer: Sd);
        AssertNationalOrNothing(Sd, name, "2016-12-31");
        AssertNationalOrNothing(Jinan, name, "2016-12-31");
    }

    [Fact]
    public void Jinan_keeps_its_own_minimum_wage_and_the_province_has_none()
    {
        Assert.Equal(Jinan, Read(Jinan, "standard.minimumWage.monthly", "2026-11-25").Layer);
        Assert.False(Profile(Sd).TryGet("standard.minimumWage.monthly", Date("2026-11-25"), out _));
    }

    [Fact]
    public void The_vote_needs_more_than_half_of_all_and_the_quorum_stays_national()
    {
        ParameterReading pass = Read(Sd, "wn.approval.passRatio", "2026-11-25");
        Assert.False(Holds(pass, 30, 60));
        Assert.True(Holds(pass, 31, 60));
        Assert.Equal("national", Read(Sd, "wn.approval.quorumRatio", "2026-11-25").Layer);
    }

    [Fact]
    public void A_three_year_agreement_is_the_longest_and_front_line_needs_a_third()
    {
        Assert.True(Holds(Read(Sd, "wn.term.maxYears", "2026-11-25"), 3));
        Assert.False(Holds(Read(Sd, "wn.term.maxYears", "2026-11-25"), 4));
        Assert.True(Holds(Read(Sd, "wn.term.minYears", "2026-11-25"), 0.5m));
        ParameterReading frontline = Read(Sd, "wn.negotiators.frontlineMinRatio", "2026-11-25");
        Assert.True(Holds(frontline, 2, 6));
        Assert.False(Holds(frontline, 1, 6));
    }
}
