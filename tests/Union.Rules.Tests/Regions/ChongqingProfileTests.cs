using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class ChongqingProfileTests
{
    private const string Cq = "500000";
    private const string Cc = "chongqing-collective-contract-regulations";

    [Theory]
    [InlineData("cc.negotiators.minPerSide", "3", "person", "atLeast", "第八条第二款")]
    [InlineData("cc.negotiators.maxPerSide", "15", "person", "atMost", "第八条第二款")]
    [InlineData("cc.negotiators.maxBinding", "true", "boolean", null, "第八条第二款")]
    [InlineData("cc.negotiators.sides", "employerAtMostEmployee", "choice", null, "第八条第二款")]
    [InlineData("cc.negotiators.femaleRepresentationThreshold", "1/5", "ratio", "atLeast", "第十条第三款")]
    [InlineData("cc.negotiators.dispatchedRepresentationThreshold", "1/20", "ratio", "moreThan", "第十条第四款")]
    [InlineData("cc.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第十一条第一款")]
    [InlineData("cc.vacancy.deadline", "beforeNextMeeting", "choice", null, "第十五条第三款")]
    [InlineData("cc.reply.period", "20", "days", "atMost", "第十九条第二款")]
    [InlineData("cc.materials.periodBefore", "10", "days", "atLeast", "第二十条")]
    [InlineData("cc.suspension.maxPeriod", "30", "days", "atMost", "第二十二条第三款")]
    [InlineData("cc.term.minYears", "1", "year", "atLeast", "第二十四条第三款")]
    [InlineData("cc.term.maxYears", "3", "year", "atMost", "第二十四条第三款")]
    [InlineData("cc.term.binding", "false", "boolean", null, "第二十四条第三款")]
    [InlineData("cc.approval.quorumRatio", "2/3", "ratio", "atLeast", "第二十六条第二款")]
    [InlineData("cc.approval.passRatio", "1/2", "ratio", "atLeast", "第二十六条第二款")]
    [InlineData("cc.signing.order", "afterApproval", "choice", null, "第二十七条第一款")]
    [InlineData("cc.filing.period", "10", "days", "atMost", "第二十八条第一款")]
    [InlineData("cc.filing.trigger", "signing", "choice", null, "第二十八条第一款")]
    [InlineData("cc.review.period", "15", "days", "atMost", "第二十八条第四款")]
    [InlineData("cc.review.trigger", "received", "choice", null, "第二十八条第四款")]
    [InlineData("cc.publication.period", "10", "days", "atMost", "第二十九条")]
    [InlineData("cc.performanceReport.months", "12", "month", "atMost", "第三十条第二款")]
    [InlineData("cc.wagePerformance.publicationInterval", "6", "months", "atMost", "第三十条第二款")]
    [InlineData("cc.renewal.window", "3", "months", "atMost", "第三十三条第一款")]
    [InlineData("cc.dispute.coordinationPeriod", "60", "days", "atMost", "第四十八条第三款")]
    [InlineData("cc.dispute.coordinationExtension", "30", "days", "atMost", "第四十八条第三款")]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第八条第二款")]
    [InlineData("wn.negotiators.maxPerSide", "15", "person", "atMost", "第八条第二款")]
    [InlineData("wn.negotiators.sides", "employerAtMostEmployee", "choice", null, "第八条第二款")]
    [InlineData("wn.reply.period", "20", "days", "atMost", "第十九条第二款")]
    [InlineData("wn.frequency.binding", "true", "boolean", null, "第十八条第三款")]
    [InlineData("wn.materials.periodBefore", "10", "days", "atLeast", "第二十条")]
    [InlineData("wn.suspension.maxPeriod", "30", "days", "atMost", "第二十二条第三款")]
    [InlineData("wn.approval.quorumRatio", "2/3", "ratio", "atLeast", "第二十六条第二款")]
    [InlineData("wn.approval.passRatio", "1/2", "ratio", "atLeast", "第二十六条第二款")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第二十八条第一款")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第二十八条第四款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第二十八条第四款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第二十八条第四款")]
    [InlineData("wn.publication.period", "10", "days", "atMost", "第二十九条")]
    public void The_2016_revision_sets_the_value_from_2017_01_01(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Cq, name, "2017-01-01", value, unit, comparison, Cc, article);
        AssertReads(Cq, name, "2026-11-25", value, unit, comparison, Cc, article);
        AssertNationalOrNothing(Cq, name, "2016-12-31");
    }

    [Fact]
    public void Publication_within_10_days_applies_from_2017_not_from_the_day_of_revision()
    {
        Assert.False(Profile(Cq).TryGet("cc.publication.period", Date("2016-11-24"), out _));
        Assert.False(Profile(Cq).TryGet("cc.publication.period", Date("2016-12-31"), out _));
        Assert.Equal(new NodaTime.LocalDate(2017, 1, 1), Read(Cq, "cc.publication.period", "2017-01-01").From);
    }

    [Fact]
    public void Fifteen_a_side_is_the_binding_maximum_and_the_employee_side_may_be_larger()
    {
        ParameterReading max = Read(Cq, "cc.negotiators.maxPerSide", "2026-11-25");
        Assert.True(Holds(max, 15));
        Assert.False(Holds(max, 16));
        Assert.Equal("equal", JurisdictionProfile.National.Get("cc.negotiators.sides", Date("2026-11-25")).Value.ToString());
    }

    [Fact]
    public void Representation_thresholds_count_their_words_exactly()
    {
        ParameterReading women = Read(Cq, "cc.negotiators.femaleRepresentationThreshold", "2026-11-25");
        Assert.True(Holds(women, 20, 100));
        Assert.False(Holds(women, 19, 100));
        ParameterReading dispatched = Read(Cq, "cc.negotiators.dispatchedRepresentationThreshold", "2026-11-25");
        Assert.False(Holds(dispatched, 5, 100));
        Assert.True(Holds(dispatched, 6, 100));
    }
}
