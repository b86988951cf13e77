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
