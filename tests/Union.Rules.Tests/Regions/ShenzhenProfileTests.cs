using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Regions;

/// <summary>深圳经济特区和谐劳动关系促进条例 read through the profile of 440300: every value it sets, on and after 2019-04-26, and the day before.</summary>
public sealed class ShenzhenProfileTests
{
    private const string Region = "440300";
    private const string Cited = "深圳经济特区和谐劳动关系促进条例（2019年修正）";
    private static readonly LocalDate InForce = new(2019, 4, 26);

    [Theory]
    [InlineData("cc.reply.period", "10", "days", "atMost", "第二十八条")]
    [InlineData("wn.reply.period", "10", "days", "atMost", "第二十八条")]
    [InlineData("cc.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第二十九条第二款")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3", "ratio", "atMost", "第二十九条第二款")]
    [InlineData("cc.review.period", "15", "days", "atMost", "第三十一条第二款")]
    [InlineData("cc.review.trigger", "received", "choice", null, "第三十一条第二款")]
    [InlineData("wn.review.period", "15", "days", "atMost", "第三十一条第二款")]
    [InlineData("wn.review.trigger", "received", "choice", null, "第三十一条第二款")]
    [InlineData("wn.review.deemedApproval", "true", "boolean", null, "第三十一条第二款")]
    [InlineData("wn.frequency.months", "12", "month", "atMost", "第三十三条")]
    [InlineData("wn.frequency.binding", "true", "boolean", null, "第三十三条")]
    public void The_regulation_sets_the_value(string name, string value, string unit, string? comparison, string article) =>
        LocalBReadings.AssertRegional(Region, Instruments.ShenzhenHarmoniousLabourRelationsRegulations, Cited, InForce, name, value, unit, comparison, article);

    [Theory]
    [InlineData("cc.reply.period", "20")]
    [InlineData("wn.reply.period", "20")]
    [InlineData("cc.negotiators.externalMaxRatio", "1/3")]
    [InlineData("wn.negotiators.externalMaxRatio", "1/3")]
    [InlineData("cc.review.period", "15")]
    [InlineData("cc.review.trigger", "received")]
    [InlineData("wn.review.period", "15")]
    [InlineData("wn.review.trigger", "filed")]
    [InlineData("wn.review.deemedApproval", "true")]
    [InlineData("wn.frequency.months", "12")]
    [InlineData("wn.frequency.binding", "false")]
    public void The_day_before_it_took_effect_the_national_value_or_none_applies(string name, string? national) =>
        LocalBReadings.AssertBeforeInForce(Region, InForce.PlusDays(-1), name, national);

    [Fact]
    public void Shenzhen_inherits_what_Guangdong_sets_and_overrides_what_it_sets_itself()
    {
        JurisdictionProfile shenzhen = JurisdictionProfile.For(RegionCode.Parse(Region));
        Assert.Equal("440000", shenzhen.Get("standard.averageMonthlyWage.fullCaliber", LocalBReadings.Today).Layer);
        Assert.Equal("440300", shenzhen.Get("cc.reply.period", LocalBReadings.Today).Layer);
        Assert.Equal("national", JurisdictionProfile.For(RegionCode.Parse("440000")).Get("cc.reply.period", LocalBReadings.Today).Layer);
        Assert.Equal("440300", JurisdictionProfile.For(RegionCode.Parse("440305")).Get("wn.reply.period", LocalBReadings.Today).Layer);
    }

    [Theory]
    [InlineData("cc.filing.period", "10")]
    [InlineData("wn.filing.period", "7")]
    [InlineData("cc.approval.quorumRatio", "2/3")]
    public void What_the_text_leaves_open_stays_national(string name, string national)
    {
        ParameterReading r = JurisdictionProfile.For(RegionCode.Parse(Region)).Get(name, LocalBReadings.Today);
        Assert.Equal("national", r.Layer);
        Assert.Equal(national, r.Value.ToString());
    }

    [Theory]
    [InlineData("cc.negotiators.externalMaxRatio", 3, 9, true)]
    [InlineData("cc.negotiators.externalMaxRatio", 4, 9, false)]
    [InlineData("wn.negotiators.externalMaxRatio", 1, 3, true)]
    [InlineData("wn.negotiators.externalMaxRatio", 2, 5, false)]
    public void Outside_members_up_to_a_third_are_lawful(string name, long outside, long side, bool holds) =>
        LocalBReadings.AssertShare(Region, name, outside, side, holds);
}
