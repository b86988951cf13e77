using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class ShanghaiProfileTests
{
    private const string Sh = "310000";
    private const string Cc = "shanghai-collective-contract-regulations";
    private const string Wc = "shanghai-workers-congress-regulations";
    private const string Pay = "shanghai-wage-payment-measures";

    [Theory]
    [InlineData("cc.negotiators.minPerSide", "3", "person", "atLeast", "第六条")]
    [InlineData("cc.negotiators.sides", "employerAtMostEmployee", "choice", null, "第六条")]
    [InlineData("cc.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第七条第二款")]
    [InlineData("cc.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第七条第四款")]
    [InlineData("cc.negotiators.mandateWithoutContract", "6", "months", "atMost", "第八条")]
    [InlineData("cc.negotiators.preparationTime", "3", "workingDays", "atMost", "第十条第一款")]
    [InlineData("cc.reply.period", "15", "days", "atMost", "第十五条第一款")]
    [InlineData("cc.mandatoryTalks.layoffMin", "20", "person", "atLeast", "第十五条第二款第（一）项")]
    [InlineData("cc.mandatoryTalks.layoffRatio", "1/10", "ratio", "atLeast", "第十五条第二款第（一）项")]
    [InlineData("cc.negotiators.appointmentPeriod", "15", "days", "atMost", "第十七条第（一）项")]
    [InlineData("cc.signing.order", "beforeApproval", "choice", null, "第二十二条第一款")]
    [InlineData("cc.approval.passRatio", "1/2", "ratio", "atLeast", "第二十二条第二款")]
    [InlineData("cc.filing.period", "10", "days", "atMost", "第二十三条第一款")]
    [InlineData("cc.filing.trigger", "approvalNotice", "choice", null, "第二十三条第一款")]
    [InlineData("cc.review.period", "15", "days", "atMost", "第二十三条第三款")]
    [InlineData("cc.review.trigger", "received", "choice", null, "第二十三条第三款")]
    [InlineData("cc.term.minYears", "1", "year", "atLeast", "第二十五条第一款")]
    [InlineData("cc.term.maxYears", "3", "year", "atMost", "第二十五条第一款")]
    [InlineData("cc.term.binding", "false", "boolean", null, "第二十五条第一款")]
    [InlineData("wn.reply.period", "15", "days", "atMost", "第十五条第一款")]
    [InlineData("wn.negotiators.minPerSide", "3", "person", "atLeast", "第六条")]
    [InlineData("wn.negotiators.sides", "employerAtMostEmployee", "choice", null, "第六条")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第七条第四款")]
    [InlineData("wn.negotiators.electionRatio", "1/2", "ratio", "atLeast", "第七条第二款")]
    [InlineData("wn.signing.order", "beforeApproval", "choice", null, "第二十二条第一款")]
    [InlineData("wn.approval.passRatio", "1/2", "ratio", "atLeast", "第二十二条第二款")]
    [InlineData("wn.filing.period", "10", "days", "atMost", "第二十三条第一款")]
    [InlineData("wn.filing.trigger", "approvalNotice", "choice", null, "第二十三条第一款")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第二十三条第三款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第二十三条第三款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第二十三条第三款")]
    [InlineData("wn.term.usualYears", "1", "year", null, "第二十五条第一款")]
    public void Collective_contract_regulations_set_the_value_from_2008(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Sh, name, "2008-01-01", value, unit, comparison, Cc, article);
        AssertReads(Sh, name, "2026-11-25", value, unit, comparison, Cc, article);
        AssertNationalOrNothing(Sh, name, "2007-12-31");
    }

    [Theory]
    [InlineData("wc.form.minEmployees", "100", "person", "atLeast", "第四条第二款")]
    [InlineData("wc.election.quorumRatio", "2/3", "ratio", "atLeast", "第十五条第三款")]
    [InlineData("wc.election.passRatio", "1/2", "ratio", "atLeast", "第十五条第三款")]
    [InlineData("wc.managers.maxRatio", "1/5", "ratio", "atMost", "第十六条第一款")]
    [InlineData("wc.recall.passRatio", "1/2", "ratio", "atLeast", "第十九条第二款")]
    [InlineData("wc.delegates.min", "30", "person", "atLeast", "第二十一条第一款")]
    [InlineData("wc.term.minYears", "3", "year", "atLeast", "第二十二条第一款")]
    [InlineData("wc.term.maxYears", "5", "year", "atMost", "第二十二条第一款")]
    [InlineData("wc.term.maxExtension", "1", "year", "atMost", "第二十二条第一款")]
    [InlineData("wc.frequency.months", "12", "month", "atMost", "第二十二条第二款")]
    [InlineData("wc.convene.proposalRatio", "1/3", "ratio", "atLeast", "第二十二条第二款")]
    [InlineData("wc.presidium.frontlineMinRatio", "1/2", "ratio", "atLeast", "第二十三条第二款")]
    [InlineData("wc.quorum.ratio", "2/3", "ratio", "atLeast", "第二十八条")]
    [InlineData("wc.materials.periodBefore", "7", "days", "atLeast", "第三十条第一款")]
    [InlineData("wc.vote.secretBallot", "true", "boolean", null, "第三十一条")]
    [InlineData("wc.pass.ratio", "1/2", "ratio", "atLeast", "第三十一条")]
    [InlineData("wc.report.period", "7", "workingDays", "atMost", "第三十七条")]
    [InlineData("wc.regionalCongress.delegatesMin", "30", "person", "atLeast", "第四十一条第二款")]
    [InlineData("wc.regionalCongress.employersMaxRatio", "3/10", "ratio", "atMost", "第四十一条第二款")]
    [InlineData("wc.regionalCongress.frontlineMinRatio", "1/2", "ratio", "atLeast", "第四十一条第二款")]
    public void Workers_congress_regulations_set_the_value_from_the_2017_amendment(string name, string value, string unit, string? comparison, string article)
    {
        AssertReads(Sh, name, "2017-11-23", value, unit, comparison, Wc, article);
        AssertNationalOrNothing(Sh, name, "2017-11-22");
    }

    [Fact]
    public void A_resolution_passes_with_exactly_half_of_all_delegates_in_Shanghai_but_not_nationally()
    {
        ParameterReading sh = Read(Sh, "wc.pass.ratio", "2026-11-25");
        Assert.True(Holds(sh, 50, 100));
        Assert.False(Holds(sh, 49, 100));
        ParameterReading national = JurisdictionProfile.National.Get("wc.pass.ratio", Date("2026-11-25"));
        Assert.False(Holds(national, 50, 100));
        Assert.True(Holds(national, 51, 100));
    }

    [Theory]
    [InlineData(99, 30)]
    [InlineData(100, 30)]
    [InlineData(199, 30)]
    [InlineData(200, 35)]
    [InlineData(1000, 75)]
    [InlineData(2999, 170)]
    [InlineData(3000, 175)]
    [InlineData(20000, 175)]
    public void Delegate_seats_follow_the_headcount_tiers(int headcount, int fewest)
    {
        ParameterReading tiers = AssertReads(Sh, "wc.delegates.minByHeadcount", "2026-11-25", Read(Sh, "wc.delegates.minByHeadcount", "2026-11-25").Value.ToString(), "list", null, Wc, "第二十一条第一款");
        Assert.Equal(fewest, MinimumDelegates(tiers, headcount));
    }

    [Fact]
    public void A_layoff_of_20_or_of_a_tenth_cannot_be_kept_off_the_table()
    {
        ParameterReading people = Read(Sh, "cc.mandatoryTalks.layoffMin", "2026-11-25");
        ParameterReading share = Read(Sh, "cc.mandatoryTalks.layoffRatio", "2026-11-25");
        Assert.True(Holds(people, 20));
        Assert.False(Holds(people, 19));
        Assert.True(Holds(share, 19, 190));
        Assert.False(Holds(share, 19, 191));
    }

    [Fact]
    public void The_overtime_base_leaves_out_the_named_kinds_from_the_2016_measures()
    {
        ParameterReading r = AssertReads(Sh, "wage.overtimeBase.excludedComponents", "2016-08-01", "overtimePay,middleShiftAllowance,nightShiftAllowance,highTemperatureAllowance", "list", null, Pay, "第九条第二款");
        Assert.Subset(PayComponentKindNames(), List(r).ToHashSet());
        Assert.DoesNotContain("bonus", List(r));
        Assert.Equal("V-secondary", r.Verification);
        AssertNationalOrNothing(Sh, "wage.overtimeBase.excludedComponents", "2016-07-31");
        Assert.Equal(["overtimePay"], List(JurisdictionProfile.National.Get("wage.overtimeBase.excludedComponents", Date("2026-11-25"))));
    }

    [Theory]
    [InlineData("wage.overtimeBase.defaultRatio", "7/10", "ratio", "第九条第三款第（三）项")]
    [InlineData("wage.overtimeBase.minimumWageFloor", "true", "boolean", "第九条第四款")]
    public void The_overtime_base_rules_of_the_measures(string name, string value, string unit, string article)
    {
        AssertReads(Sh, name, "2026-11-25", value, unit, null, Pay, article);
        AssertNationalOrNothing(Sh, name, "2016-07-31");
    }
}
