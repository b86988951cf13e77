using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class HenanProfileTests
{
    private const string Ha = "410000";
    private const string Cc = "henan-collective-contract-regulations";
    private const string Wn = "henan-wage-negotiation-regulations";

    [Theory]
    [InlineData("cc.term.minYears", "1", "year", "atLeast", "第六条第二款")]
    [InlineData("cc.term.maxYears", "3", "year", "atMost", "第六条第二款")]
    [InlineData("cc.term.binding", "true", "boolean", null, "第六条第二款")]
    [InlineData("cc.reply.period", "15", "days", "atMost", "第九条")]
    [InlineData("cc.negotiators.sides", "equal", "choice", null, "第十条第一款")]
    [InlineData("cc.negotiators.minPerSide", "3", "person", "atLeast", "第十条第一款")]
    [InlineData("cc.negotiators.maxPerSide", "10", "person", "atMost", "第十条第一款")]
    [InlineData("cc.negotiators.maxBinding", "true", "boolean", null, "第十条第一款")]
    [InlineData("cc.negotiators.externalRole", "adviser", "choice", null, "第十条第四款")]
    [InlineData("cc.approval.passRatio", "1/2", "ratio", "atLeast", "第十四条第一款")]
    [InlineData("cc.signing.order", "afterApproval", "choice", null, "第十四条第一款")]
    [InlineData("cc.suspension.maxPeriod", "30", "days", "atMost", "第十五条第一款")]
    [InlineData("cc.negotiation.period", "60", "days", "atMost", "第十五条第二款")]
    [InlineData("cc.filing.period", "7", "days", "atMost", "第十六条第一款")]
    [InlineData("cc.filing.trigger", "signing", "choice", null, "第十六条第一款")]
    [InlineData("cc.review.period", "15", "days", "atMost", "第十八条第一款")]
    [InlineData("cc.review.trigger", "received", "choice", null, "第十八条第一款")]
    [InlineData("cc.publication.period", "10", "days", "atMost", "第十九条")]
    [InlineData("cc.renewal.window", "60", "days", "atMost", "第二十条")]
    [InlineData("cc.renewal.binding", "true", "boolean", null, "第二十条")]
    [InlineData("cc.performanceReport.months", "12", "month", "atMost", "第二十九条")]
    [InlineData("cc.dispute.coordinationPeriod", "30", "days", "atMost", "第三十一条第一款")]
    [InlineData("cc.dispute.coordinationExtension", "15", "days", "atMost", "第三十一条第一款")]
    public void The_1999_collective_contract_regulations_set_the_value_from_1999_12_01(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Ha, name, "1999-12-01", value, unit, comparison, Cc, article);
        AssertReads(Ha, name, "2026-11-25", value, unit, comparison, Cc, article);
        Assert.False(Profile(Ha).TryGet(name, Date("1999-11-30"), out _));
    }

    [Theory]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第八条第二款")]
    [InlineData("wn.negotiators.frontlineMinRatio", "1/3", "ratio", "atLeast", "第八条第三款")]
    [InlineData("wn.negotiators.femaleRepresentationThreshold", "1/10", "ratio", "atLeast", "第八条第四款")]
    [InlineData("wn.negotiators.disabledRepresentationThreshold", "1/10", "ratio", "atLeast", "第八条第五款")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第十一条")]
    [InlineData("wn.negotiators.sides", "equal", "choice", null, "第十二条")]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第十二条")]
    [InlineData("wn.negotiators.publicationPeriod", "3", "workingDays", "atMost", "第十三条第一款")]
    [InlineData("wn.workQuota.achievableShare", "9/10", "ratio", "atLeast", "第十九条")]
    [InlineData("wn.reply.period", "10", "workingDays", "atMost", "第二十一条第一款")]
    [InlineData("wn.materials.periodBefore", "5", "workingDays", "atLeast", "第二十三条第一款")]
    [InlineData("wn.negotiation.period", "2", "months", "atMost", "第二十六条第一款")]
    [InlineData("wn.negotiation.trigger", "offerReceived", "choice", null, "第二十六条第一款")]
    [InlineData("wn.signing.order", "afterApproval", "choice", null, "第二十七条")]
    [InlineData("wn.filing.period", "5", "workingDays", "atMost", "第二十八条")]
    [InlineData("wn.filing.trigger", "signing", "choice", null, "第二十八条")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第二十九条第三款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第二十九条第三款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第二十九条第三款")]
    [InlineData("wn.publication.period", "5", "days", "atMost", "第三十条")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第三十一条第二款")]
    [InlineData("wn.term.maxYears", "3", "year", "atMost", "第三十一条第二款")]
    [InlineData("wn.term.binding", "true", "boolean", null, "第三十一条第二款")]
    [InlineData("wn.renewal.window", "2", "months", "atMost", "第三十一条第二款")]
    [InlineData("wn.renewal.binding", "true", "boolean", null, "第三十一条第二款")]
    [InlineData("wn.dispute.applicationPeriod", "15", "days", "atMost", "第三十七条")]
    public void The_wage_negotiation_regulations_set_the_value_from_2014_01_01(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Ha, name, "2014-01-01", value, unit, comparison, Wn, article);
        AssertNationalOrNothing(Ha, name, "2013-12-31");
    }

    [Fact]
    public void Exactly_half_of_all_passes_a_draft_and_the_quorum_is_national_from_2004()
    {
        ParameterReading pass = Read(Ha, "cc.approval.passRatio", "2026-11-25");
        Assert.True(Holds(pass, 50, 100));
        Assert.False(Holds(pass, 49, 100));
        Assert.Equal("national", Read(Ha, "cc.approval.quorumRatio", "2026-11-25").Layer);
        Assert.False(Profile(Ha).TryGet("cc.approval.quorumRatio", Date("2004-04-30"), out _));
    }

    [Fact]
    public void Filing_is_7_days_for_a_collective_contract_and_5_working_days_for_a_wage_agreement()
    {
        Assert.Equal("days", Read(Ha, "cc.filing.period", "2026-11-25").Unit);
        Assert.Equal("7", Read(Ha, "cc.filing.period", "2026-11-25").Value.ToString());
        Assert.Equal("workingDays", Read(Ha, "wn.filing.period", "2026-11-25").Unit);
        Assert.Equal("10", JurisdictionProfile.National.Get("cc.filing.period", Date("2026-11-25")).Value.ToString());
    }

    [Fact]
    public void Representation_thresholds_include_ten_percent()
    {
        ParameterReading women = Read(Ha, "wn.negotiators.femaleRepresentationThreshold", "2026-11-25");
        Assert.True(Holds(women, 10, 100));
        Assert.False(Holds(women, 9, 100));
        Assert.True(Holds(Read(Ha, "cc.negotiators.maxPerSide", "2026-11-25"), 10));
        Assert.False(Holds(Read(Ha, "cc.negotiators.maxPerSide", "2026-11-25"), 11));
    }
}
