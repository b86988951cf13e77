using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

public class BeijingProfileTests
{
    private const string Bj = "110000";

    [Fact]
    public void The_extension_of_a_negotiators_contract_follows_the_request_in_Beijing_and_is_automatic_nationally()
    {
        Assert.True(Read(Bj, "cc.negotiatorProtection.onRequest", "2026-11-25").Value.TryGetBoolean(out bool beijing) && beijing);
        ParameterReading national = JurisdictionProfile.National.Get("cc.negotiatorProtection.onRequest", Date("2026-11-25"));
        Assert.True(national.Value.TryGetBoolean(out bool automatic) && !automatic);
        Assert.StartsWith("集体合同规定", national.Source, StringComparison.Ordinal);
        Assert.Contains("第二十八条", national.Source, StringComparison.Ordinal);
    }
}
