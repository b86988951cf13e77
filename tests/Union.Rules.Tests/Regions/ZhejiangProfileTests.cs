using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class ZhejiangProfileTests
{
    private const string Zj = "330000";
    private const string Cc = "zhejiang-collective-contract-regulations";
    private const string Dm = "zhejiang-democratic-management-regulations";

    [Theory]
    [InlineData("cc.wageFloor.comparison", "moreThan", "choice", null, "第五条第三款")]
    [InlineData("cc.reply.period", "10", "workingDays", "atMost", "第七条")]
    [InlineData("cc.negotiators.minPerSide", "3", "person", "atLeast", "第十条第一款")]
    [InlineData("cc.negotiators.minPerSideLargeEnterprise", "5", "person", "atLeast", "第十条第一款")]
    [InlineData("cc.negotiators.sides", "employerAtMostEmployee", "choice", null, "第十条第一款")]
    [InlineData("cc.negotiators.electionRatio", "1/2", "ratio", "moreThan", "第十条第二款")]
    [InlineData("cc.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第十条第四款")]
    [InlineData("cc.negotiatorProtection.onRequest", "false", "boolean", null, "第十四条第二款")]
    [InlineData("cc.materials.periodBefore", "7", "days", "atLeast", "第十六条第二款")]
    [InlineData("cc.approval.period", "15", "workingDays", "atMost", "第二十四条第一款")]
    [InlineData("cc.approval.quorumRatio", "2/3", "ratio", "atLeast", "第二十四条第二款")]
    [InlineData("cc.approval.passRatio", "1/2", "ratio", "moreThan", "第二十四条第二款")]
    [InlineData("cc.signing.order", "afterApproval", "choice", null, "第二十四条第三款")]
    [InlineData("cc.approval.retryPeriod", "5", "workingDays", "atMost", "第二十四条第三款")]
    [InlineData("cc.term.minYears", "1", "year", "atLeast", "第三十条第一款")]
    [InlineData("cc.term.maxYears", "3", "year", "atMost", "第三十条第一款")]
    [InlineData("cc.term.binding", "true", "boolean", null, "第三十条第一款")]
    [InlineData("cc.renewal.window", "90", "days", "atMost", "第三十条第三款")]
    [InlineData("cc.termination.filingPeriod", "5", "workingDays", "atMost", "第三十三条")]
    [InlineData("cc.filing.period", "10", "days", "atMost", "第三十四条")]
    [InlineData("cc.filing.trigger", "signing", "choice", null, "第三十四条")]
    [InlineData("cc.review.period", "15", "days", "atMost", "第三十四条")]
    [InlineData("cc.review.trigger", "received", "choice", null, "第三十四条")]
    [InlineData("cc.publication.period", "5", "workingDays", "atMost", "第三十五条")]
    [InlineData("cc.performanceReport.months", "12", "month", "atMost", "第三十七条")]
    [InlineData("cc.dispute.coordinationPeriod", "30", "days", "atMost", "第三十九条第二款")]
    [InlineData("cc.dispute.coordinationExtension", "15", "days", "atMost", "第三十九条第二款")]
    [InlineData("wn.wageFloor.comparison", "moreThan", "choice", null, "第五条第三款")]
    [InlineData("wn.reply.period", "10", "workingDays", "atMost", "第七条")]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第十条第一款")]
    [InlineData("wn.negotiators.minPerSideLargeEnterprise", "5", "person", "atLeast", "第十条第一款")]
    [InlineData("wn.negotiators.sides", "employerAtMostEmployee", "choice", null, "第十条第一款")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "moreThan", "第十条第二款")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第十条第四款")]
    [InlineData("wn.materials.periodBefore", "7", "days", "atLeast", "第十六条第二款")]
    [InlineData("wn.approval.period", "15", "workingDays", "atMost", "第二十四条第一款")]
    [InlineData("wn.approval.quorumRatio", "2/3", "ratio", "atLeast", "第二十四条第二款")]
    [InlineData("wn.approval.passRatio", "1/2", "ratio", "moreThan", "第二十四条第二款")]
    [InlineData("wn.approval.retryPeriod", "5", "workingDays", "atMost", "第二十四条第三款")]
    [InlineData("wn.term.minYears", "1", "year", "atLeast", "第三十条第一款")]
    [InlineData("wn.term.maxYears", "3", "year", "atMost", "第三十条第一款")]
    [InlineData("wn.term.binding", "true", "boolean", null, "第三十条第一款")]
    [InlineData("wn.term.usualYears", "1", "year", null, "第三十条第二款")]
    [InlineData("wn.renewal.window", "90", "days", "atMost", "第三十条第三款")]
    [InlineData("wn.termination.filingPeriod", "5", "workingDays", "atMost", "第三十三条")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第三十四条")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第三十四条")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第三十四条")]
    [InlineData("wn.publication.period", "5", "workingDays", "atMost", "第三十五条")]
    [InlineData("wn.performanceReport.months", "12", "month", "atMost", "第三十七条")]
    public void The_collective_contract_regulations_set_the_value_from_2011(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Zj, name, "2011-01-01", value, unit, comparison, Cc, article);
        AssertNationalOrNothing(Zj, name, "2010-12-31");
    }

    [Theory]
    [InlineData("wc.form.minEmployees", "100", "person", "atLeast", "第七条第二款")]
    [InlineData("wc.delegates.min", "30", "person", "atLeast", "第十条第一款")]
    [InlineData("wc.managers.maxRatio", "1/5", "ratio", "atMost", "第十一条第二款")]
    [InlineData("wc.delegates.womenProportional", "true", "boolean", null, "第十一条第三款")]
    [InlineData("wc.delegates.disabledProportional", "true", "boolean", null, "第十一条第四款")]
    [InlineData("wc.frequency.months", "12", "month", "atMost", "第十五条第一款")]
    [InlineData("wc.convene.proposalRatio", "1/3", "ratio", "atLeast", "第十五条第一款")]
    [InlineData("wc.quorum.ratio", "2/3", "ratio", "atLeast", "第十五条第三款")]
    [InlineData("wc.vote.secretBallot", "true", "boolean", null, "第十五条第三款")]
    [InlineData("wc.pass.ratio", "1/2", "ratio", "moreThan", "第十五条第三款")]
    [InlineData("wc.regionalCongress.employersMaxRatio", "1/5", "ratio", "atMost", "第十八条第三款")]
    [InlineData("cc.suspension.maxPeriod", "60", "days", "atMost", "第二十九条第三款")]
    [InlineData("wn.suspension.maxPeriod", "60", "days", "atMost", "第二十九条第三款")]
    public void The_democratic_management_regulations_set_the_value_from_2010_10_01(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Zj, name, "2010-10-01", value, unit, comparison, Dm, article);
        AssertNationalOrNothing(Zj, name, "2010-09-30");
    }

    [Fact]
    public void Exactly_half_of_all_delegates_does_not_pass_a_draft_in_Zhejiang_but_does_nationally()
    {
        ParameterReading zj = Read(Zj, "cc.approval.passRatio", "2026-11-25");
        Assert.False(Holds(zj, 50, 100));
        Assert.True(Holds(zj, 51, 100));
        ParameterReading national = JurisdictionProfile.National.Get("cc.approval.passRatio", Date("2026-11-25"));
        Assert.True(Holds(national, 50, 100));
    }

    [Fact]
    public void The_reply_counts_working_days_and_the_renewal_window_counts_days()
    {
        Assert.Equal("workingDays", Read(Zj, "cc.reply.period", "2026-11-25").Unit);
        Assert.Equal("days", JurisdictionProfile.National.Get("cc.reply.period", Date("2026-11-25")).Unit);
        Assert.Equal("days", Read(Zj, "cc.renewal.window", "2026-11-25").Unit);
        Assert.Equal("months", JurisdictionProfile.National.Get("cc.renewal.window", Date("2026-11-25")).Unit);
    }

    [Theory]
    [InlineData(99, 30)]
    [InlineData(100, 30)]
    [InlineData(101, 40)]
    [InlineData(199, 40)]
    [InlineData(200, 47)]
    [InlineData(999, 96)]
    [InlineData(1000, 100)]
    [InlineData(1001, 100)]
    [InlineData(1999, 100)]
    [InlineData(2000, 120)]
    [InlineData(4999, 160)]
    [InlineData(5000, 200)]
    public void Delegate_seats_follow_the_headcount_bands(int headcount, int fewest)
    {
        ParameterReading tiers = Read(Zj, "wc.delegates.minByHeadcount", "2026-11-25");
        Assert.Equal("list", tiers.Unit);
        Assert.Same(Instrument(Dm), Instruments.FindByTitle(tiers.Source));
        Assert.Contains("第十条第一款", tiers.Source, StringComparison.Ordinal);
        Assert.Equal(fewest, MinimumDelegates(tiers, headcount));
    }
}
