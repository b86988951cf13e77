using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Consumer.Samples;

public static class Profiles
{
    public static int Run()
    {
        // sample: profiles
        var asOf = new LocalDate(2026, 11, 25);                                       // "today" is always a parameter
        JurisdictionProfile shanghai = JurisdictionProfile.For(RegionCode.Parse("310000"));
        ParameterReading reply = shanghai.Get("cc.reply.period", asOf);               // 15 days, 上海市集体合同条例 第十五条 (national: 20)
        ParameterReading wage = shanghai.Get("standard.minimumWage.monthly", asOf);   // 2740 from 2025-07-01, 沪人社规〔2025〕10号
        Console.WriteLine($"{reply.Name} = {reply.Value} {reply.Unit} ({reply.Source}); {wage.Name} = {wage.Value} from {wage.From}");

        // Your own figures (the year's wage guideline, a city's new 低保) as a JSON layer on top, without recompiling.
        // A layer that overrides a value gives only the values; a new parameter also gives its description and unit.
        string json = """
            { "region": "310000", "parameters": {
                "standard.minimumWage.monthly": { "values": [ { "from": "2027-07-01", "value": 2900, "source": "the next minimum-wage notice, as you read it" } ] },
                "standard.wageGuideline.base": { "description": "工资指导线基准线", "descriptionEn": "Wage guideline base line", "unit": "ratio",
                  "values": [ { "from": "2026-01-01", "value": "6%", "source": "the city's 2026 wage guideline notice" } ] } } }
            """;
        DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(json, "my-city.json");
        if (!layer.IsValid)
        {
            foreach (var issue in layer.Issues) Console.Error.WriteLine(issue);      // my-city.json: $.path: message
            return 2;
        }

        shanghai = shanghai.WithLayers(layer.Value);
        // end sample
        return reply.Value == ParameterScalar.FromNumber(15m) && wage.Value == ParameterScalar.FromNumber(2740m)
            && shanghai.Get("standard.wageGuideline.base", asOf).Layer == "my-city.json" ? 0 : 1;
    }
}
