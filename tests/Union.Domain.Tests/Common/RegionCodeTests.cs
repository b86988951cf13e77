using Union.Domain.Common;

namespace Union.Domain.Tests.Common;

public class RegionCodeTests
{
    [Theory]
    [InlineData("110000", RegionLevel.Province)]
    [InlineData("310000", RegionLevel.Province)]
    [InlineData("440100", RegionLevel.Prefecture)]
    [InlineData("440305", RegionLevel.County)]
    public void Valid_codes_parse_with_their_level(string text, RegionLevel level)
    {
        RegionCode code = RegionCode.Parse(text);
        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("31000", "six digits")]
    [InlineData("3100000", "six digits")]
    [InlineData("31000a", "six digits")]
    [InlineData("000000", "first two digits")]
    [InlineData("990000", "first two digits")]
    [InlineData("440001", "prefecture part")]
    [InlineData("", "six digits")]
    public void Invalid_codes_are_rejected_with_a_clear_reason(string text, string reason)
    {
        Assert.False(RegionCode.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error);
        Assert.Contains(reason, Assert.Throws<FormatException>(() => RegionCode.Parse(text)).Message);
    }

    [Fact]
    public void Lineage_runs_from_province_to_county()
    {
        RegionCode nanshan = RegionCode.Parse("440305");
        Assert.Equal(["440000", "440300", "440305"], nanshan.Lineage.Select(c => c.ToString()));
        Assert.True(nanshan.IsWithin(RegionCode.Parse("440000")));
        Assert.False(nanshan.IsWithin(RegionCode.Shanghai));
        Assert.Equal("广东省", nanshan.ProvinceName);
        Assert.Null(RegionCode.Shanghai.Parent);
    }

    [Fact]
    public void Default_is_recognisable() => Assert.True(default(RegionCode).IsDefault);

    [Fact]
    public void FromValue_rejects_an_invalid_number() => Assert.Throws<ArgumentOutOfRangeException>(() => RegionCode.FromValue(1));
}
