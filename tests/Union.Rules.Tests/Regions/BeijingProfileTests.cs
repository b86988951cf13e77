using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class BeijingProfileTests
{
    private const string Bj = "110000";
    private const string Cc = "beijing-collective-contract-regulations";

    [Theory]
    [InlineData("cc.negotiators.sides", "equal", "choice", null, "第七条第二款")]
    [InlineData("cc.negotiators.minPerSide", "3", "person", "atLeast", "第七条第二款")]
    [InlineData("cc.negotiators.maxPerSide", "10", "person", "atMost", "第七条第二款")]
    [InlineData("cc.negotiators.maxBinding", "false", "boolean", null, "第七条第二款")]
    [InlineData("cc.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第八条第一款")]
    [InlineData("cc.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第十条第一款")]
    [InlineData("cc.negotiatorProtection.onRequest", "true", "boolean", null, "第十八条")]
    [InlineData("cc.reply.period", "20", "days", "atMost", "第三十二条第二款")]
    [InlineData("cc.term.usualYears", "3", "year", null, "第三十六条")]
    [InlineData("cc.suspension.maxPeriod", "60", "days", "atMost", "第三十七条")]
    [InlineData("cc.approval.quorumRatio", "2/3", "ratio", "atLeast", "第三十八条第二款")]
    [InlineData("cc.approval.passRatio", "1/2", "ratio", "atLeast", "第三十八条第二款")]
    [InlineData("cc.signing.order", "afterApproval", "choice", null, "第三十九条")]
    [InlineData("cc.filing.period", "10", "days", "atMost", "第三十九条")]
    [InlineData("cc.filing.trigger", "signing", "choice", null, "第三十九条")]
    [InlineData("cc.review.period", "15", "days", "atMost", "第三十九条")]
    [InlineData("cc.review.trigger", "filed", "choice", null, "第三十九条")]
    [InlineData("cc.performanceReport.months", "12", "month", "atMost", "第四十一条")]
    [InlineData("cc.renewal.window", "3", "months", "atMost", "第四十三条第一款")]
    [InlineData("cc.termination.filingPeriod", "10", "days", "atMost", "第四十八条")]
    [InlineData("cc.dispute.coordinationPeriod", "30", "days", "atMost", "第五十条")]
    [InlineData("cc.dispute.coordinationExtension", "15", "days", "atMost", "第五十条")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第三十九条")]
    public void The_regulations_set_the_value_from_2005_11_01(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Bj, name, "2005-11-01", value, unit, comparison, Cc, article);
        AssertReads(Bj, name, "2026-11-25", value, unit, comparison, Cc, article);
        AssertNationalOrNothing(Bj, name, "2005-10-31");
    }

    [Fact]
    public void The_extension_of_a_negotiators_contract_follows_the_request_in_Beijing_and_is_automatic_nationally()
    {
        Assert.True(Read(Bj, "cc.negotiatorProtection.onRequest", "2026-11-25").Value.TryGetBoolean(out bool beijing) && beijing);
        ParameterReading national = JurisdictionProfile.National.Get("cc.negotiatorProtection.onRequest", Date("2026-11-25"));
        Assert.True(national.Value.TryGetBoolean(out bool automatic) && !automatic);
        Assert.StartsWith("集体合同规定", national.Source, StringComparison.Ordinal);
        Assert.Contains("第二十八条", national.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_a_side_is_the_usual_limit_and_eleven_is_past_it()
    {
        ParameterReading max = Read(Bj, "cc.negotiators.maxPerSide", "2026-11-25");
        Assert.True(Holds(max, 10));
        Assert.False(Holds(max, 11));
        Assert.True(Holds(Read(Bj, "cc.negotiators.minPerSide", "2026-11-25"), 3));
        Assert.False(Holds(Read(Bj, "cc.negotiators.minPerSide", "2026-11-25"), 2));
    }

    [Fact]
    public void A_suspension_of_60_days_is_allowed_and_61_is_not()
    {
        ParameterReading r = Read(Bj, "cc.suspension.maxPeriod", "2026-11-25");
        Assert.True(Holds(r, 60));
        Assert.False(Holds(r, 61));
    }
}
