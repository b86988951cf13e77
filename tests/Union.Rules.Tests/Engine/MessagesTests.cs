using System.Globalization;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

public class MessagesTests
{
    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (MessageEntry e in Messages.Default.Entries)
        {
            data.Add(e.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_message_has_both_languages_with_the_same_placeholders(string key)
    {
        MessageEntry e = Messages.Default.Entries.Single(x => x.Key == key);
        Assert.False(string.IsNullOrWhiteSpace(e.Zh));
        Assert.False(string.IsNullOrWhiteSpace(e.En));
        Assert.Matches("[\u4e00-\u9fff]", e.Zh);
        Assert.Equal(Messages.Placeholders(e.Zh).Order(), Messages.Placeholders(e.En).Order());
    }

    [Fact]
    public void A_placeholder_is_an_amount_in_both_languages_or_in_neither()
    {
        var mismatched = new List<string>();
        foreach (MessageEntry e in Messages.Default.Entries)
        {
            foreach (string name in Messages.Placeholders(e.Zh))
            {
                if (Messages.IsAmount(e.Zh, name, zh: true) != Messages.IsAmount(e.En, name, zh: false))
                {
                    mismatched.Add($"{e.Key} {{{name}}}");
                }
            }
        }

        Assert.True(mismatched.Count == 0, "元 in one language and not yuan in the other: " + string.Join(", ", mismatched));
    }

    [Theory]
    [InlineData("17490915.56", "17,490,915.56")]
    [InlineData("82000", "82,000")]
    [InlineData("0.5", "0.5")]
    [InlineData("-1234.50", "-1,234.50")]
    [InlineData("999", "999")]
    [InlineData("1000", "1,000")]
    [InlineData("29931.034482758620689655172414", "29,931.03")]
    [InlineData("42141.5224", "42,141.5224")]
    [InlineData("2.000005", "2.00")]
    [InlineData("2.005", "2.005")]
    [InlineData("not a number", "not a number")]
    public void Amounts_are_written_with_thousands_separators_and_their_recorded_decimals(string recorded, string written) =>
        Assert.Equal(written, Messages.FormatAmount(recorded));

    [Fact]
    public void An_amount_in_a_message_is_grouped_in_both_languages()
    {
        var args = new[] { new KeyValuePair<string, string>("counted", "82000"), new KeyValuePair<string, string>("exempt", "2700.5") };
        Assert.Equal("计入家庭收入 82,000 元；不计入 2,700.5 元。", Messages.Default.Render("HD-INCOME.total", args, CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal("Household income counted: 82,000 yuan; not counted: 2,700.5 yuan.", Messages.Default.Render("HD-INCOME.total", args, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_rule_has_a_title_in_both_languages()
    {
        foreach (IRule rule in RuleCatalog.All)
        {
            Assert.True(Messages.Default.Contains(rule.Code + ".title"), $"{rule.Code} has no title message");
        }
    }

    [Fact]
    public void Rendering_fills_placeholders_by_culture()
    {
        KeyValuePair<string, string>[] args = [new("field", "$.request.received")];
        Assert.Equal("未评估：缺少输入 $.request.received。", Messages.Default.Render("engine.inputMissing", args, CultureInfo.GetCultureInfo("zh-Hans")));
        Assert.Equal("Not assessed: the input $.request.received is missing.", Messages.Default.Render("engine.inputMissing", args, CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void An_unknown_key_renders_as_itself_and_callers_can_add_messages()
    {
        Assert.Equal("X-MINE.late (days=3)", Messages.Default.Render("X-MINE.late", [new("days", "3")], CultureInfo.InvariantCulture));
        Messages mine = Messages.Default.With([new MessageEntry("X-MINE.late", "迟了 {days} 天", "{days} days late")]);
        Assert.Equal("3 days late", mine.Render("X-MINE.late", [new("days", "3")], CultureInfo.GetCultureInfo("en")));
        Assert.False(Messages.Default.Contains("X-MINE.late"));
    }
}
