using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class ChongqingProfileTests
{
    private const string Cq = "500000";

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
}
