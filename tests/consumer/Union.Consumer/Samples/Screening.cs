using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Hardship;

namespace Union.Consumer.Samples;

public static class Screening
{
    public static int Run()
    {
        // sample: screening
        int count = 1_000_000;
        IEnumerable<HardshipApplication> households = HardshipPopulation.Generate(count, seed: 20200531); // or your own register
        var asOf = new LocalDate(2025, 6, 30);
        HardshipScreener beijing = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Beijing), asOf); // thresholds read once
        var byCategory = new Dictionary<HardshipCategory, int>();
        int notAssessed = 0;
        foreach (HardshipApplication household in households)
        {
            ScreeningResult result = beijing.Screen(household);                       // no allocation per household
            if (!result.IsAssessed) { notAssessed++; continue; }
            byCategory[result.Category] = byCategory.GetValueOrDefault(result.Category) + 1;
        }

        Console.WriteLine(string.Join(", ", byCategory.Select(c => $"{c.Key}: {c.Value}")) + $", not assessed: {notAssessed}");
        // end sample
        return byCategory.Values.Sum() + notAssessed == count ? 0 : 1;
    }
}
