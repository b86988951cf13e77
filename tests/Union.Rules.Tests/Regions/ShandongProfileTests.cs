using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class ShandongProfileTests
{
    private const string Sd = "370000";
    private const string Jinan = "370100";

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
}
