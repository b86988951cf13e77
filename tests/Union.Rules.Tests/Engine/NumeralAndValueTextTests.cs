using System.Globalization;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// The text helpers the citations and messages stand on: Chinese article numerals read and written, periods written in each
/// language, value labels and lists, placeholders, and the rendering of a key the catalog does not hold.
/// </summary>
public class NumeralAndValueTextTests
{
    [Theory]
    [InlineData(0, "零")]
    [InlineData(5, "五")]
    [InlineData(9, "九")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(21, "二十一")]
    [InlineData(100, "一百")]
    [InlineData(105, "一百零五")]
    [InlineData(1010, "一千零一十")]
    [InlineData(1011, "一千零一十一")]
    [InlineData(1101, "一千一百零一")]
    [InlineData(2000, "二千")]
    [InlineData(9999, "九千九百九十九")]
    public void Numbers_are_written_as_articles_are_numbered(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Format(n));

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("一十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("四十", 40)]
    [InlineData("三十八", 38)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百〇五", 105)]
    [InlineData("二百零三", 203)]
    [InlineData("一千零一", 1001)]
    [InlineData("一千二百五十九", 1259)]
    [InlineData("九千九百九十九", 9999)]
    public void Numerals_are_read(string text, int expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("零")]
    [InlineData("〇")]
    [InlineData("第三")]
    [InlineData("三条")]
    [InlineData("38")]
    public void What_is_not_a_numeral_is_refused(string text) => Assert.False(ChineseNumerals.TryParse(text, out _));

    [Fact]
    public void Every_article_number_reads_back_to_itself()
    {
        for (int n = 1; n <= 9999; n++)
        {
            Assert.True(ChineseNumerals.TryParse(ChineseNumerals.Format(n), out int back), ChineseNumerals.Format(n));
            Assert.Equal(n, back);
        }
    }

    [Theory]
    [InlineData("1 days", false, "1 day")]
    [InlineData("2 days", false, "2 days")]
    [InlineData("2 days", true, "2 日")]
    [InlineData("1 workingDays", false, "1 working day")]
    [InlineData("5 workingDays", false, "5 working days")]
    [InlineData("5 workingDays", true, "5 个工作日")]
    [InlineData("1 months", false, "1 month")]
    [InlineData("3 months", false, "3 months")]
    [InlineData("3 months", true, "3 个月")]
    [InlineData("1 years", false, "1 year")]
    [InlineData("3 years", false, "3 years")]
    [InlineData("3 years", true, "3 年")]
    [InlineData("3 weeks", false, "3 weeks")]
    [InlineData(" days", false, " days")]
    [InlineData("ten days", false, "ten days")]
    [InlineData("-1 days", false, "-1 days")]
    [InlineData("days", true, "days")]
    public void Periods_are_written_in_the_language(string value, bool zh, string expected) => Assert.Equal(expected, Messages.LocalizeValue(value, zh));

    [Theory]
    [InlineData("employer", true, "用人单位")]
    [InlineData("employer", false, "employer")]
    [InlineData("employee,employer", true, "职工、用人单位")]
    [InlineData("employee, employer", false, "employee, employer")]
    [InlineData("employee,nobody", true, "employee,nobody")]
    [InlineData(",", true, ",")]
    [InlineData("10 workingDays", true, "10 个工作日")]
    [InlineData("no such label", true, "no such label")]
    public void Values_are_labelled_in_the_language(string value, bool zh, string expected) => Assert.Equal(expected, Messages.Default.Localize(value, zh));

    [Theory]
    [InlineData("{a} and {b} and {a}", "a,b")]
    [InlineData("{a}{b}", "a,b")]
    [InlineData("no placeholder", "")]
    [InlineData("{unclosed", "")]
    [InlineData("{a} then {unclosed", "a")]
    [InlineData("}{a}", "a")]
    public void Placeholders_are_listed_once_in_order(string template, string expected) =>
        Assert.Equal(expected, string.Join(",", Messages.Placeholders(template)));

    [Fact]
    public void A_key_the_catalog_lacks_renders_as_the_key_with_its_arguments()
    {
        Assert.Equal("X-NONE.key", Messages.Default.Render("X-NONE.key", null));
        Assert.Equal("X-NONE.key", Messages.Default.Render("X-NONE.key", []));
        Assert.Equal("X-NONE.key (days=3, due=2026-06-01)", Messages.Default.Render("X-NONE.key", [new("days", "3"), new("due", "2026-06-01")]));
    }

    [Theory]
    [InlineData("zh", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("zh-CN", true)]
    [InlineData("en", false)]
    [InlineData("en-US", false)]
    [InlineData("", false)]
    public void Chinese_is_decided_by_the_culture_name(string name, bool expected) => Assert.Equal(expected, Messages.IsChinese(CultureInfo.GetCultureInfo(name)));
}
