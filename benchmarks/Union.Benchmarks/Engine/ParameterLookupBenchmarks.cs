using BenchmarkDotNet.Attributes;
using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Benchmarks.Engine;

/// <summary>The cost of reading a parameter in force from a layered profile.</summary>
[MemoryDiagnoser]
public class ParameterLookupBenchmarks
{
    private readonly JurisdictionProfile _shanghai = JurisdictionProfile.For(RegionCode.Shanghai);
    private readonly LocalDate _asOf = new(2026, 11, 25);

    /// <summary>A regional standard with several dated values.</summary>
    [Benchmark]
    public decimal MinimumWage()
    {
        _shanghai.TryGet("standard.minimumWage.monthly", _asOf, out ParameterReading r);
        r.Value.TryGetNumber(out decimal d);
        return d;
    }

    /// <summary>A national parameter under a regional profile (falls through two layers).</summary>
    [Benchmark]
    public decimal NationalThroughRegion()
    {
        _shanghai.TryGet("cc.filing.period", _asOf, out ParameterReading r);
        r.Value.TryGetNumber(out decimal d);
        return d;
    }
}
