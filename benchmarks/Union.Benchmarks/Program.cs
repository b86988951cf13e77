using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Union.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Union.Benchmarks -- --filter '*'</c>;
/// add <c>--job short</c> for a quick run. <c>--quick</c> runs a short job (1 warm-up, 3 iterations, 20,000 households)
/// that finishes in under two minutes: <c>dotnet run -c Release --project benchmarks/Union.Benchmarks -- --quick --filter '*Hardship*'</c>.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, and <c>--quick</c>.</param>
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Contains("--quick"))
        {
            IConfig config = DefaultConfig.Instance.AddJob(Job.ShortRun
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
                .WithEnvironmentVariables(new EnvironmentVariable("UNION_BENCH_HOUSEHOLDS", "20000")));
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
