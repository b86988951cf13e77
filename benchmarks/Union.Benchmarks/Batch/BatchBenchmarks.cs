using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Union.Cli;

namespace Union.Benchmarks.Batch;

/// <summary>
/// The <c>union hardship batch</c> pipeline end to end, through the tool's own entry point (read, parse, screen or assess in
/// parallel, write in order): a generated population (<c>UNION_BENCH_HOUSEHOLDS</c>, one million by default, seed 20200531,
/// Beijing profile) in each input format, results written as JSON Lines to a temporary file. One operation = the whole file.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private string _dir = string.Empty;

    /// <summary>Gets or sets the input format.</summary>
    [Params("jsonl", "csv", "xlsx")]
    public string Format { get; set; } = "jsonl";

    /// <summary>Writes the households in the three formats once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        int count = int.TryParse(Environment.GetEnvironmentVariable("UNION_BENCH_HOUSEHOLDS"), out int n) ? n : 1_000_000;
        _dir = Path.Combine(Path.GetTempPath(), "union-batch-bench", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(_dir);
        string input = Input;
        if (!File.Exists(input))
        {
            Run("hardship", "households", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", input);
        }
    }

    private string Input => Path.Combine(_dir, "households." + Format);

    /// <summary>Screening: category, per-head income, thresholds and gaps.</summary>
    [Benchmark(Baseline = true)]
    public int Screening() => Run("hardship", "batch", Input, "--out", Path.Combine(_dir, "results.jsonl"), "--region", "110000");

    /// <summary>The full assessment with per-household results (exclusions, file status, next review, codes).</summary>
    [Benchmark]
    public int Full() => Run("hardship", "batch", Input, "--out", Path.Combine(_dir, "results.jsonl"), "--region", "110000", "--full");

    private static int Run(params string[] args)
    {
        int code = UnionCli.Run(args, TextWriter.Null, TextWriter.Null);
        return code is 0 or 3 ? code : throw new InvalidOperationException($"union {string.Join(' ', args)} exited {code}");
    }
}
