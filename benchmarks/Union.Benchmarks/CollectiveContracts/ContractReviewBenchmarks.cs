using BenchmarkDotNet.Attributes;
using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Benchmarks.CollectiveContracts;

/// <summary>The cost of reviewing one collective contract (goal: at most 20 µs with the explanation trace).</summary>
[MemoryDiagnoser]
public class ContractReviewBenchmarks
{
    private readonly CollectiveContract _contract = CollectiveContractDocument.Read(CollectiveContractDocument.Example).Value!;
    private readonly JurisdictionProfile _beijing = JurisdictionProfile.For(RegionCode.Beijing);
    private readonly LocalDate _asOf = new(2026, 6, 1);

    /// <summary>Every CC rule, with the explanation trace.</summary>
    [Benchmark(Baseline = true)]
    public Review<CollectiveContract> ReviewWithTrace() => CollectiveContractDomain.Default.Evaluate(_contract, _asOf, _beijing, new ReviewOptions(Trace: true));

    /// <summary>Every CC rule, findings only.</summary>
    [Benchmark]
    public Review<CollectiveContract> ReviewWithoutTrace() => CollectiveContractDomain.Default.Evaluate(_contract, _asOf, _beijing, new ReviewOptions(Trace: false));
}
