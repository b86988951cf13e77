using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

/// <summary>天津市企业工资集体协商条例 read through the profile of 120000 beside the nation and the other layers (every value it sets is read in <see cref="RegionalTextTests"/>).</summary>
public sealed class TianjinProfileTests
{
    private const string Region = "120000";

    [Fact]
    public void The_review_runs_from_receipt_and_the_national_deemed_approval_stays()
    {
        JurisdictionProfile tianjin = JurisdictionProfile.For(RegionCode.Parse(Region));
        ParameterReading deemed = tianjin.Get("wn.review.deemedApproval", Today);
        Assert.Equal("national", deemed.Layer);
        Assert.Equal(ParameterScalar.FromBoolean(true), deemed.Value);
        Assert.Equal("received", tianjin.Get("wn.review.trigger", Today).Value.AsText());
        Assert.Equal("filed", JurisdictionProfile.National.Get("wn.review.trigger", Today).Value.AsText());
    }

    [Fact]
    public void A_reply_is_due_in_five_working_days_where_the_nation_allows_twenty_days()
    {
        ParameterReading local = JurisdictionProfile.For(RegionCode.Parse(Region)).Get("wn.reply.period", Today);
        ParameterReading nation = JurisdictionProfile.National.Get("wn.reply.period", Today);
        Assert.Equal(("5", "workingDays"), (local.Value.ToString(), local.Unit));
        Assert.Equal(("20", "days"), (nation.Value.ToString(), nation.Unit));
    }
}
