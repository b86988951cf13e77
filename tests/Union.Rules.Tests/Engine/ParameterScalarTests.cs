using System.Text;
using System.Text.Json;
using Union.Domain.Common;
using Union.Domain.Serialization;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>A parameter's value: its kind, what it converts to, equality, and its JSON form.</summary>
public class ParameterScalarTests
{
    [Fact]
    public void A_number_is_a_number_and_a_ratio_but_not_a_setting_or_a_text()
    {
        ParameterScalar v = ParameterScalar.FromNumber(0.8m);
        Assert.Equal(ParameterKind.Number, v.Kind);
        Assert.True(v.TryGetNumber(out decimal n));
        Assert.Equal(0.8m, n);
        Assert.True(v.TryGetRatio(out Ratio r));
        Assert.Equal(Ratio.Of(4, 5), r);
        Assert.False(v.TryGetBoolean(out _));
        Assert.Null(v.AsText());
        Assert.Equal("0.8", v.ToString());
    }

    [Fact]
    public void Zero_is_a_ratio_and_a_negative_number_is_not()
    {
        Assert.True(ParameterScalar.FromNumber(0m).TryGetRatio(out Ratio zero));
        Assert.Equal(Ratio.Of(0, 1), zero);
        Assert.False(ParameterScalar.FromNumber(-0.5m).TryGetRatio(out _));
    }

    [Fact]
    public void A_number_with_more_than_eighteen_decimals_is_not_a_ratio()
    {
        Assert.True(ParameterScalar.FromNumber(0.123456789012345678m).TryGetRatio(out _));
        Assert.False(ParameterScalar.FromNumber(0.1234567890123456789m).TryGetRatio(out _));
    }

    [Fact]
    public void A_text_is_a_ratio_when_it_reads_as_one()
    {
        ParameterScalar v = ParameterScalar.FromText("2/3");
        Assert.Equal(ParameterKind.Text, v.Kind);
        Assert.False(v.TryGetNumber(out _));
        Assert.True(v.TryGetRatio(out Ratio r));
        Assert.Equal(Ratio.Of(2, 3), r);
        Assert.Equal("2/3", v.AsText());
        Assert.False(ParameterScalar.FromText("signing").TryGetRatio(out _));
        Assert.False(ParameterScalar.FromText("signing").TryGetBoolean(out _));
    }

    [Fact]
    public void A_setting_is_true_or_false_and_nothing_else()
    {
        ParameterScalar yes = ParameterScalar.FromBoolean(true);
        ParameterScalar no = ParameterScalar.FromBoolean(false);
        Assert.True(yes.TryGetBoolean(out bool y));
        Assert.True(y);
        Assert.True(no.TryGetBoolean(out bool f));
        Assert.False(f);
        Assert.False(yes.TryGetNumber(out _));
        Assert.False(yes.TryGetRatio(out _));
        Assert.Null(yes.AsText());
        Assert.Equal("true", yes.ToString());
        Assert.Equal("false", no.ToString());
    }

    [Fact]
    public void Values_are_equal_only_in_kind_and_value()
    {
        Assert.Equal(ParameterScalar.FromNumber(10m), ParameterScalar.FromNumber(10m));
        Assert.True(ParameterScalar.FromText("2/3") == ParameterScalar.FromText("2/3"));
        Assert.True(ParameterScalar.FromNumber(10m) != ParameterScalar.FromNumber(11m));
        Assert.True(ParameterScalar.FromText("a") != ParameterScalar.FromText("b"));
        Assert.True(ParameterScalar.FromNumber(1m) != ParameterScalar.FromBoolean(true));
        Assert.True(ParameterScalar.FromNumber(0m) != ParameterScalar.FromBoolean(false));
        Assert.True(ParameterScalar.FromNumber(0m) != ParameterScalar.FromText("0"));
        Assert.False(ParameterScalar.FromNumber(10m).Equals((object)10m));
        Assert.True(ParameterScalar.FromNumber(10m).Equals((object)ParameterScalar.FromNumber(10m)));
        Assert.Equal(ParameterScalar.FromText("x").GetHashCode(), ParameterScalar.FromText("x").GetHashCode());
    }

    [Theory]
    [InlineData("10", ParameterKind.Number, "10")]
    [InlineData("0.80", ParameterKind.Number, "0.80")]
    [InlineData("\"2/3\"", ParameterKind.Text, "2/3")]
    [InlineData("true", ParameterKind.Boolean, "true")]
    [InlineData("false", ParameterKind.Boolean, "false")]
    public void Json_values_read_and_write_back(string json, ParameterKind kind, string text)
    {
        var options = new JsonSerializerOptions { Converters = { new ParameterScalarJsonConverter() } };
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        ParameterScalar v = new ParameterScalarJsonConverter().Read(ref reader, typeof(ParameterScalar), options);
        Assert.Equal(kind, v.Kind);
        Assert.Equal(text, v.ToString());
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new ParameterScalarJsonConverter().Write(writer, v, options);
        }

        Assert.Equal(json, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void A_number_beyond_a_decimal_is_refused_with_the_largest_allowed()
    {
        InputJsonException e = Assert.Throws<InputJsonException>(() => ReadValue("1e30"));
        Assert.Equal("number.tooLarge", e.Key);
        Assert.Contains(e.Arguments, a => a.Key == "max" && a.Value.StartsWith("79228162514264337593543950335", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[1]")]
    [InlineData("{\"a\": 1}")]
    public void A_value_that_is_not_a_number_a_text_or_a_setting_is_refused(string json)
    {
        InputJsonException e = Assert.Throws<InputJsonException>(() => ReadValue(json));
        Assert.Equal("value.invalid", e.Key);
        Assert.Contains(e.Arguments, a => a.Key == "detail" && a.Value.Contains("number, a string or a boolean", StringComparison.Ordinal));
    }

    private static ParameterScalar ReadValue(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new ParameterScalarJsonConverter().Read(ref reader, typeof(ParameterScalar), new JsonSerializerOptions());
    }
}
