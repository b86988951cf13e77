using System.Globalization;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

public class CitationTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(15, "十五")]
    [InlineData(20, "二十")]
    [InlineData(38, "三十八")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(203, "二百零三")]
    [InlineData(1259, "一千二百五十九")]
    [InlineData(1001, "一千零一")]
    public void Article_numbers_render_as_statutes_number_them(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Format(n));

    [Fact]
    public void A_citation_renders_in_both_languages()
    {
        var c = new Citation(Instruments.CollectiveContractProvisions, 38);
        Assert.Equal("《集体合同规定》第三十八条", c.ToChinese());
        Assert.Equal("Provisions on Collective Contracts, art. 38", c.ToEnglish());
        Assert.Equal(c.ToChinese(), c.Render(CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal(c.ToEnglish(), c.Render(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Paragraph_and_item_are_rendered()
    {
        var c = new Citation(Instruments.LabourLaw, 44, 1, 3);
        Assert.Equal("《劳动法》第四十四条第一款第（三）项", c.ToChinese());
        Assert.Equal("Labour Law, art. 44(1)(3)", c.ToEnglish());
    }
}
