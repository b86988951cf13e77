using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>Profiles for the written-contract, compensation and dispute tests: Beijing's minimum wage, and a caller's layer with the local average wage for the cap.</summary>
internal static class SeparationProfiles
{
    /// <summary>A layer that gives Beijing a local average monthly wage of 12000 yuan for the compensation cap (3 × = 36000).</summary>
    internal const string AverageWageLayer = """
        { "region": "110000", "parameters": {
          "ls.compensation.averageMonthlyWage": { "description": "本地区上年度职工月平均工资（测试）", "descriptionEn": "Local average monthly wage (test)", "unit": "CNY/month",
            "values": [ { "from": "2020-01-01", "value": 12000, "source": "test figure" } ] } } }
        """;

    internal static readonly JurisdictionProfile Beijing = JurisdictionProfile.For(RegionCode.Beijing);

    internal static readonly JurisdictionProfile BeijingWithAverage = Beijing.WithLayers(Layer(AverageWageLayer));

    internal static readonly JurisdictionProfile NationalWithAverage = JurisdictionProfile.National.WithLayers(Layer(AverageWageLayer.Replace("\"region\": \"110000\", ", string.Empty, StringComparison.Ordinal)));

    internal static ParameterLayer Layer(string json)
    {
        var layer = ParameterLayer.Parse(json, "test-layer.json");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        return layer.Value!;
    }

    /// <summary>A calculation's remarks in order, each as its key after <c>{code}.remark.</c> and its arguments: <c>period(from=…, to=…)</c>.</summary>
    internal static string[] Steps(IEnumerable<CalculatorRemark> remarks, string code) =>
        [.. remarks.Select(x => x.Key[(code.Length + ".remark.".Length)..] + "(" + string.Join(", ", x.Arguments.Select(a => a.Key + "=" + a.Value)) + ")")];

    internal static LocalDate D(int y, int m, int d) => new(y, m, d);

    internal static Money Y(decimal yuan) => Money.FromYuan(yuan);
}
