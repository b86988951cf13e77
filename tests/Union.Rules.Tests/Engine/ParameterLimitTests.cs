using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>A layer's values must make sense in their unit: each limit exactly on the line and one past it.</summary>
public sealed class ParameterLimitTests
{
    [Theory]
    [InlineData("cc.reply.period", "days", "1", true)]
    [InlineData("cc.reply.period", "days", "0", false)]
    [InlineData("cc.reply.period", "days", "100000", true)]
    [InlineData("cc.reply.period", "days", "100001", false)]
    [InlineData("cc.reply.period", "days", "1.5", false)]
    [InlineData("hd.incomeWindow.months", "month", "0", false)]
    [InlineData("hd.review.months", "month", "12000", true)]
    [InlineData("hd.review.months", "month", "12001", false)]
    [InlineData("cc.term.minYears", "year", "1000", true)]
    [InlineData("cc.term.minYears", "year", "1001", false)]
    [InlineData("wage.paidDaysPerMonth", "day", "21.75", true)]
    [InlineData("wage.paidDaysPerMonth", "day", "1", true)]
    [InlineData("wage.paidDaysPerMonth", "day", "0.99", false)]
    [InlineData("wage.hoursPerDay", "hour", "8784", true)]
    [InlineData("wage.hoursPerDay", "hour", "8784.01", false)]
    [InlineData("cc.approval.quorumRatio", "ratio", "\"1\"", true)]
    [InlineData("cc.approval.quorumRatio", "ratio", "\"101/100\"", false)]
    [InlineData("cc.approval.quorumRatio", "ratio", "\"0\"", false)]
    [InlineData("overtime.workdayRate", "multiple", "100", true)]
    [InlineData("overtime.workdayRate", "multiple", "100.01", false)]
    [InlineData("overtime.workdayRate", "multiple", "0", false)]
    [InlineData("standard.minimumWage.monthly", "CNY/month", "1000000000000", true)]
    [InlineData("standard.minimumWage.monthly", "CNY/month", "1000000000000.01", false)]
    [InlineData("calendar.weekendMovesDeadline", "boolean", "1", false)]
    [InlineData("cc.filing.trigger", "choice", "true", false)]
    public void A_value_makes_sense_in_its_unit(string name, string unit, string value, bool valid)
    {
        string json = """{"parameters":{"NAME":{"description":"测试","descriptionEn":"test","unit":"UNIT","values":[{"from":"2025-01-01","value":VALUE,"source":"test"}]}}}"""
            .Replace("NAME", name, StringComparison.Ordinal).Replace("UNIT", unit, StringComparison.Ordinal).Replace("VALUE", value, StringComparison.Ordinal);
        DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(json, "mine.json");
        Assert.Equal(valid, layer.IsValid);
        if (!valid)
        {
            ValidationIssue issue = Assert.Single(layer.Issues);
            Assert.Equal($"$.parameters['{name}'].values[0].value", issue.Path);
            Assert.NotNull(issue.Line);
        }
    }

    [Fact]
    public void A_layer_cannot_lift_the_check_by_naming_another_unit()
    {
        string json = """{"parameters":{"hd.incomeWindow.months":{"description":"测试","descriptionEn":"test","unit":"weeks","values":[{"from":"2025-01-01","value":0,"source":"test"}]}}}""";
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(json, "mine.json").Issues);
        Assert.Equal("parameter.valueRange", issue.Key);
        Assert.Contains("'month'", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1200, true)]
    [InlineData(1201, false)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void The_adjustment_cycle_runs_from_1_to_1200_months(int months, bool valid)
    {
        string json = """{"parameters":{"standard.minimumWage.monthly":{"description":"测试","descriptionEn":"test","unit":"CNY/month","adjustmentCycleMonths":MONTHS,"values":[{"from":"2025-01-01","value":2740,"source":"test"}]}}}"""
            .Replace("MONTHS", months.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(valid, ParameterLayer.Parse(json, "mine.json").IsValid);
    }

    [Fact]
    public void Issues_of_a_layer_render_in_chinese()
    {
        string json = """{"parameters":{"wage.paidDaysPerMonth":{"description":"测试","descriptionEn":"test","unit":"day","values":[{"from":"2025-01-01","value":0,"source":"test"}]}}}""";
        ValidationIssue issue = Assert.Single(ParameterLayer.Parse(json, "mine.json").Issues);
        Assert.Equal("单位为 'day' 的参数，其取值应为1 至 366 的数；实际为 0。", issue.Render(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")));
    }
}
