using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Union.Fuzz.Tests;

/// <summary>The figures of one fuzz run over one document type, and every distinct exception that escaped.</summary>
public sealed class FuzzRun
{
    /// <summary>The default number of cases per type; <c>UNION_FUZZ_CASES</c> overrides it.</summary>
    public const int DefaultCases = 5_000;

    /// <summary>The default seed; <c>UNION_FUZZ_SEED</c> overrides it.</summary>
    public const int DefaultSeed = 20_260_101;

    private FuzzRun(string target) => Target = target;

    /// <summary>Gets the target's name.</summary>
    public string Target { get; }

    /// <summary>Gets how many cases were tried.</summary>
    public int Tried { get; private set; }

    /// <summary>Gets how many the reader rejected with issues.</summary>
    public int Rejected { get; private set; }

    /// <summary>Gets how many were read and evaluated, their reports rendered in both languages.</summary>
    public int Evaluated { get; private set; }

    /// <summary>Gets how many threw.</summary>
    public int Escaped { get; private set; }

    /// <summary>Gets the time spent making the inputs.</summary>
    public TimeSpan MutationTime { get; private set; }

    /// <summary>Gets the time taken.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Gets the distinct escapes: exception type and the first frame in Union's code, with a first sample.</summary>
    public Dictionary<string, (int Count, string Mutations, string File, string Message)> Escapes { get; } = [];

    /// <summary>Gets the number of cases from <c>UNION_FUZZ_CASES</c>, or the default.</summary>
    public static int Cases => int.TryParse(Environment.GetEnvironmentVariable("UNION_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : DefaultCases;

    /// <summary>Gets the seed from <c>UNION_FUZZ_SEED</c>, or the default.</summary>
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("UNION_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : DefaultSeed;

    /// <summary>Runs <paramref name="cases"/> seeded mutations of the target's seed.</summary>
    public static FuzzRun Execute(FuzzTarget target, int cases, int seed)
    {
        var run = new FuzzRun(target.Name);
        // A stable mix of the seed and the target's name (HashCode is randomised per process): the same seed, the same inputs.
        int name = target.Name.Aggregate(17, (h, c) => unchecked((h * 31) + c));
        var mutator = new Mutator(unchecked((seed * 397) ^ name));
        string dir = Path.Combine(Environment.GetEnvironmentVariable("UNION_FUZZ_OUT") ?? Path.Combine(Path.GetTempPath(), "union-fuzz"), target.Name);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < cases; i++)
        {
            long before = clock.ElapsedTicks;
            (byte[] bytes, string mutations) = mutator.Mutate(target.Seed);
            run.MutationTime += TimeSpan.FromTicks((clock.ElapsedTicks - before) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
            run.Tried++;
            try
            {
                if (target.Run(bytes) == Outcome.Rejected)
                {
                    run.Rejected++;
                }
                else
                {
                    run.Evaluated++;
                }
            }
#pragma warning disable CA1031 // The fuzzer counts every escape.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                run.Escaped++;
                string signature = Signature(ex);
                if (run.Escapes.TryGetValue(signature, out var seen))
                {
                    run.Escapes[signature] = seen with { Count = seen.Count + 1 };
                }
                else
                {
                    Directory.CreateDirectory(dir);
                    string file = Path.Combine(dir, $"escape-{run.Escapes.Count + 1}.json");
                    File.WriteAllBytes(file, bytes);
                    run.Escapes[signature] = (1, mutations, file, ex.ToString());
                }
            }
        }

        run.Elapsed = clock.Elapsed;
        return run;
    }

    /// <summary>The figures as one line: target, tried, rejected, evaluated, escaped, seconds.</summary>
    public string Figures() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Target}: tried {Tried}, rejected cleanly {Rejected}, evaluated {Evaluated}, escaped {Escaped} ({Elapsed.TotalSeconds:F1} s, of which {MutationTime.TotalSeconds:F1} s making inputs)");

    /// <summary>The figures and each distinct escape with its sample.</summary>
    public string Describe()
    {
        var sb = new StringBuilder(Figures()).AppendLine();
        foreach ((string signature, var e) in Escapes)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {e.Count} × {signature}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"    mutations: {e.Mutations}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"    sample: {e.File}");
            sb.AppendLine("    " + string.Join("\n    ", e.Message.Split('\n').Take(12)));
        }

        return sb.ToString();
    }

    private static string Signature(Exception ex)
    {
        string frame = new StackTrace(ex, false).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType?.Namespace?.StartsWith("Union.", StringComparison.Ordinal) == true && m.DeclaringType.Namespace != "Union.Fuzz.Tests")
            .Select(m => $"{m!.DeclaringType!.Name}.{m.Name}")
            .FirstOrDefault() ?? "?";
        return $"{ex.GetType().Name} in {frame}";
    }
}
