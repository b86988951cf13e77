using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class HenanProfileTests
{
    private const string Ha = "410000";

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
}
