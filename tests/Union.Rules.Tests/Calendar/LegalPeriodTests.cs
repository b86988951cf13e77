using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

public class LegalPeriodTests
{
    [Fact]
    public void The_factories_give_the_unit_and_the_count()
    {
        Assert.Equal(new LegalPeriod(10, PeriodUnit.Days), LegalPeriod.Days(10));
        Assert.Equal(new LegalPeriod(10, PeriodUnit.WorkingDays), LegalPeriod.WorkingDays(10));
        Assert.Equal(new LegalPeriod(3, PeriodUnit.Months), LegalPeriod.Months(3));
        Assert.Equal(new LegalPeriod(1, PeriodUnit.Years), LegalPeriod.Years(1));
        Assert.NotEqual(LegalPeriod.Days(10), LegalPeriod.WorkingDays(10));
    }

    [Fact]
    public void A_period_counts_at_least_one_unit()
    {
        Assert.Equal(1, LegalPeriod.Days(1).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriod.Days(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriod.WorkingDays(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriod.Months(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriod.Years(int.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LegalPeriod(0, PeriodUnit.Days));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LegalPeriod(1, (PeriodUnit)4));
    }

    [Theory]
    [InlineData(10, PeriodUnit.WorkingDays, "10 workingDays")]
    [InlineData(60, PeriodUnit.Days, "60 days")]
    [InlineData(3, PeriodUnit.Months, "3 months")]
    [InlineData(1, PeriodUnit.Years, "1 years")]
    public void A_period_renders_with_its_parameter_unit(int count, PeriodUnit unit, string expected)
    {
        var period = new LegalPeriod(count, unit);

        Assert.Equal(expected, period.ToString());
        string[] parts = expected.Split(' ');
        Assert.True(LegalPeriod.TryFromUnit(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1], out LegalPeriod read));
        Assert.Equal(period, read);
    }

    [Theory]
    [InlineData("10", "workingDays", 10, PeriodUnit.WorkingDays)]
    [InlineData("10", "days", 10, PeriodUnit.Days)]
    [InlineData("15", "day", 15, PeriodUnit.Days)]
    [InlineData("10.0", "day", 10, PeriodUnit.Days)]
    [InlineData("3", "months", 3, PeriodUnit.Months)]
    [InlineData("2", "month", 2, PeriodUnit.Months)]
    [InlineData("1", "year", 1, PeriodUnit.Years)]
    [InlineData("3", "years", 3, PeriodUnit.Years)]
    [InlineData("1", "workingDays", 1, PeriodUnit.WorkingDays)]
    [InlineData("100000", "days", 100000, PeriodUnit.Days)]
    public void A_parameter_with_a_period_unit_reads_as_a_period(string count, string unit, int expectedCount, PeriodUnit expectedUnit)
    {
        Assert.True(LegalPeriod.TryFromUnit(decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture), unit, out LegalPeriod period));
        Assert.Equal(new LegalPeriod(expectedCount, expectedUnit), period);
    }

    [Theory]
    [InlineData("100001", "days")]
    [InlineData("0", "days")]
    [InlineData("-1", "workingDays")]
    [InlineData("0.5", "days")]
    [InlineData("1.5", "months")]
    [InlineData("10.000000001", "workingDays")]
    [InlineData("79228162514264337593543950335", "days")]
    [InlineData("-79228162514264337593543950335", "years")]
    [InlineData("10", "workingDay")]
    [InlineData("10", "WorkingDays")]
    [InlineData("10", "Days")]
    [InlineData("10", "weeks")]
    [InlineData("10", "hour")]
    [InlineData("10", "person")]
    [InlineData("10", "")]
    [InlineData("10", " days")]
    [InlineData("10", null)]
    public void Anything_else_is_not_a_period(string count, string? unit)
    {
        Assert.False(LegalPeriod.TryFromUnit(decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture), unit, out LegalPeriod period));
        Assert.Equal(default, period);
    }

    [Fact]
    public void Period_units_are_written_in_camel_case()
    {
        var options = new System.Text.Json.JsonSerializerOptions { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

        Assert.Equal("\"workingDays\"", System.Text.Json.JsonSerializer.Serialize(PeriodUnit.WorkingDays, options));
        Assert.Equal("\"days\"", System.Text.Json.JsonSerializer.Serialize(PeriodUnit.Days, options));
        Assert.Equal("\"months\"", System.Text.Json.JsonSerializer.Serialize(PeriodUnit.Months, options));
        Assert.Equal("\"years\"", System.Text.Json.JsonSerializer.Serialize(PeriodUnit.Years, options));
    }
}
