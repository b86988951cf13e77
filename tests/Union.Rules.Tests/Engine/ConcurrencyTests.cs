using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// Results do not depend on threads: eight threads give what one thread gives, for a province-sized run of hardship files and
/// for the contract report's JSON; profiles, screeners and the message catalog are shared between threads safely.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private static readonly LocalDate AsOf = new(2025, 3, 1);
    private static readonly JurisdictionProfile Beijing = JurisdictionProfile.For(RegionCode.Beijing);

    [Fact]
    public void Eight_threads_screen_100000_households_exactly_as_one_thread()
    {
        HardshipApplication[] population = HardshipPopulation.Generate(100_000).ToArray();
        HardshipScreener screener = HardshipScreener.Create(Beijing, AsOf);
        ScreeningResult[] serial = population.Select(screener.Screen).ToArray();

        var parallel = new ScreeningResult[population.Length];
        Parallel.For(0, population.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i => parallel[i] = screener.Screen(population[i]));

        Assert.Equal(serial, parallel);
        Assert.Contains(serial, r => r.Category == HardshipCategory.Deep);
        Assert.Contains(serial, r => r.Category == HardshipCategory.Relative);
    }

    [Fact]
    public void Eight_threads_assess_100000_households_in_full_exactly_as_one_thread()
    {
        HardshipApplication[] population = HardshipPopulation.Generate(100_000, seed: 11).ToArray();
        string[] serial = population.Select(a => Summary(HardshipEngine.Default.Assess(a, AsOf, Beijing, trace: false))).ToArray();

        var parallel = new string[population.Length];
        Parallel.For(0, population.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
            parallel[i] = Summary(HardshipEngine.Default.Assess(population[i], AsOf, Beijing, trace: false)));

        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void Eight_threads_render_the_contract_report_10000_times_each_byte_identical()
    {
        CollectiveContract contract = CollectiveContractDomain.Default.FlawedExample;
        var asOf = new LocalDate(2026, 6, 1);
        CultureInfo zh = CultureInfo.GetCultureInfo("zh-Hans");
        string expected = ReviewReport.From(CollectiveContractDomain.Default.Evaluate(contract, asOf, Beijing), zh).ToJson();
        var different = new ConcurrentBag<string>();

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            for (int i = 0; i < 10_000; i++)
            {
                string json = ReviewReport.From(CollectiveContractDomain.Default.Evaluate(contract, asOf, Beijing), zh).ToJson();
                if (json != expected)
                {
                    different.Add(json);
                }
            }
        });

        Assert.Empty(different);
        Assert.Contains("CC-", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Profiles_and_layers_read_from_many_threads_give_the_serial_readings()
    {
        RegionCode[] regions = [RegionCode.Beijing, RegionCode.Shanghai, RegionCode.Parse("330100"), RegionCode.Parse("440300"), RegionCode.Parse("500000")];
        LocalDate[] dates = [new(2017, 6, 1), new(2021, 3, 1), new(2025, 9, 1), new(2026, 11, 25)];
        string Read(RegionCode region, LocalDate date)
        {
            JurisdictionProfile profile = JurisdictionProfile.For(region);
            return string.Join('\n', profile.Names.Order(StringComparer.Ordinal).Select(n =>
                profile.TryGet(n, date, out ParameterReading r) ? $"{n}={r.Value}@{r.From}:{r.Source}:{r.Layer}" : $"{n}=-"));
        }

        var serial = regions.SelectMany(r => dates.Select(d => (r, d))).ToDictionary(k => k, k => Read(k.r, k.d));
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, Threads * 50, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
        {
            (RegionCode region, LocalDate date) = serial.Keys.ElementAt(i % serial.Count);
            if (Read(region, date) != serial[(region, date)])
            {
                failures.Add($"{region} {date}");
            }

            HardshipScreener screener = HardshipScreener.Create(JurisdictionProfile.For(region), date);
            if (screener.MissingParameters.Count != HardshipScreener.Create(JurisdictionProfile.For(region), date).MissingParameters.Count)
            {
                failures.Add($"screener {region} {date}");
            }

            _ = Messages.Default.Render("CC-REPLY.late", [new("reply", "2026-01-01"), new("due", "2025-12-31"), new("period", "20 days")], CultureInfo.GetCultureInfo(i % 2 == 0 ? "zh-Hans" : "en"));
        });

        Assert.Empty(failures);
    }

    private static string Summary(HardshipAssessment a) =>
        $"{a.Category}|{a.IsAssessed}|{a.PerCapita?.PerHeadMonthly}|{a.Exclusions}|{a.FileStatus}|"
        + string.Join(";", a.Report.Findings.Select(f => f.MessageKey + f.Path + string.Join(",", f.Arguments.Select(x => x.Key + "=" + x.Value))));
}
