using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Hardship;
using Union.Rules.Serialization;

namespace Union.Cli.Commands;

/// <summary><c>union hardship</c>: Hardship eligibility (困难职工认定): assess, batch, schema, example.</summary>
internal static class HardshipCommands
{
    /// <summary>Runs before each batch line is assessed, with the file and line number; tests set it to make one line's assessment fail.</summary>
    internal static Action<string, long>? BeforeBatchAssessment { get; set; }

    public static Command Create(CliGlobals globals)
    {
        var command = new Command("hardship", "Hardship eligibility (困难职工认定): assess, batch, schema, example.");
        command.Subcommands.Add(Assess(globals));
        command.Subcommands.Add(Batch(globals));
        command.Subcommands.Add(Schema(globals));
        command.Subcommands.Add(Example(globals));
        return command;
    }

    private static Command Assess(CliGlobals globals)
    {
        var file = new Argument<string>("FILE") { Description = "The application (JSON); see `union hardship example`." };
        var command = new Command("assess", "Assess one application: category, per-head income with its computation, near misses, exclusions, assistance, review, citations.") { file };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (!ctx.TryReadFile(path, out byte[]? bytes))
            {
                return ExitCodes.InvalidInput;
            }

            DocumentResult<HardshipApplication> read = HardshipApplicationJson.Read(bytes, path);
            if (!read.IsValid)
            {
                ctx.WriteIssues(read.Issues);
                return ExitCodes.InvalidInput;
            }

            HardshipApplication app = read.Value!;
            LocalDate asOf = parse.GetValue(globals.AsOf) is null ? app.ApplicationDate : ctx.AsOf;
            JurisdictionProfile profile = ProfileFor(ctx.Profile, app.Applicant.Region);
            HardshipAssessment a = HardshipEngine.Default.Assess(app, asOf, profile);
            var report = HardshipReportDocument.Create(a, ctx.Culture);
            if (ctx.Json)
            {
                ctx.Output.WriteLine(JsonSerializer.Serialize(report, Readable.GetTypeInfo(typeof(HardshipReportDocument))));
            }
            else
            {
                ctx.Output.Write(report.ToText());
            }

            return a.Report.HasViolations ? ExitCodes.Violations : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Batch(CliGlobals globals)
    {
        var file = new Argument<string>("FILE") { Description = "One application per line (JSON Lines)." };
        var outOption = new Option<string?>("--out") { Description = "Write the results (JSON Lines) to this file instead of the standard output." };
        var full = new Option<bool>("--full") { Description = "Full assessment (exclusions, file status) instead of screening (category and per-head income)." };
        var command = new Command("batch", "Assess many households, one per line: results as JSON Lines, a summary by category; a malformed line is reported with its number and skipped.") { file, outOption, full };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (!CliFiles.CheckFile(path, ctx.Error, ctx.Chinese, maxBytes: null))
            {
                return ExitCodes.InvalidInput;
            }

            string? outPath = parse.GetValue(outOption);
            bool fullMode = parse.GetValue(full);
            bool fixedDate = parse.GetValue(globals.AsOf) is not null;
            var screeners = new Dictionary<(int Region, LocalDate Date), HardshipScreener>();
            var profiles = new Dictionary<int, JurisdictionProfile>();
            Span<long> counts = stackalloc long[5];
            long lines = 0, malformed = 0;
            bool progress = outPath is not null && ReferenceEquals(ctx.Error, Console.Error) && !Console.IsErrorRedirected;
            var clock = Stopwatch.StartNew();
            TextWriter? fileWriter = null;
            try
            {
                fileWriter = outPath is null ? null : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(false), 1 << 16);
                TextWriter results = fileWriter ?? ctx.Output;
                using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16);
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    lines++;
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }

                    DocumentResult<HardshipApplication> read = HardshipApplicationJson.Read(line, path);
                    HardshipBatchLine row;
                    if (!read.IsValid)
                    {
                        malformed++;
                        string problem = string.Join("; ", read.Issues.Select(i => $"{i.Path}: {i.Render(ctx.Culture)}"));
                        ctx.Error.WriteLine($"{path}:{lines}: {problem}");
                        row = new HardshipBatchLine(lines, null, null, null, null, null, problem);
                    }
                    else
                    {
                        try
                        {
                            HardshipApplication app = read.Value!;
                            BeforeBatchAssessment?.Invoke(path, lines);
                            LocalDate asOf = fixedDate ? ctx.AsOf : app.ApplicationDate;
                            int regionKey = app.Applicant.Region?.Value ?? 0;
                            if (!profiles.TryGetValue(regionKey, out JurisdictionProfile? profile))
                            {
                                profile = ProfileFor(ctx.Profile, app.Applicant.Region);
                                profiles[regionKey] = profile;
                            }

                            if (fullMode)
                            {
                                HardshipAssessment a = HardshipEngine.Default.Assess(app, asOf, profile, trace: false);
                                counts[a.IsAssessed ? (int)a.Category : 4]++;
                                row = new HardshipBatchLine(lines, a.Category, a.IsAssessed, a.PerCapita?.PerHeadMonthly, a.Exclusions, a.FileStatus, null);
                            }
                            else
                            {
                                if (!screeners.TryGetValue((regionKey, asOf), out HardshipScreener? screener))
                                {
                                    screener = HardshipScreener.Create(profile, asOf);
                                    screeners[(regionKey, asOf)] = screener;
                                }

                                ScreeningResult s = screener.Screen(app);
                                counts[s.IsAssessed ? (int)s.Category : 4]++;
                                row = new HardshipBatchLine(lines, s.Category, s.IsAssessed, s.IsAssessed ? s.PerHeadMonthlyRounded : null, null, null, null);
                            }
                        }
#pragma warning disable CA1031 // One line's failure is reported and skipped; the rest of the batch is kept.
                        catch (Exception ex)
#pragma warning restore CA1031
                        {
                            malformed++;
                            string problem = ctx.T($"评估此行时出现内部错误（{ex.GetType().Name}：{ex.Message}）", $"internal error while assessing the line ({ex.GetType().Name}: {ex.Message})");
                            ctx.Error.WriteLine($"{path}:{lines}: {problem}");
                            row = new HardshipBatchLine(lines, null, null, null, null, null, problem);
                        }
                    }

                    results.WriteLine(JsonSerializer.Serialize(row, RulesJsonContext.Default.HardshipBatchLine));
                    if (progress && lines % 5000 == 0)
                    {
                        ctx.Error.Write($"\r{lines:N0} …");
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                ctx.Error.WriteLine($"{outPath ?? path}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            finally
            {
                fileWriter?.Dispose();
            }

            if (progress)
            {
                ctx.Error.WriteLine();
            }

            TextWriter summary = outPath is null ? ctx.Error : ctx.Output;
            summary.WriteLine(ctx.T(
                $"共 {lines} 行，{clock.Elapsed.TotalSeconds:F1} 秒：深度困难 {counts[3]}，相对困难 {counts[2]}，意外致困 {counts[1]}，不符合 {counts[0]}，未能评估 {counts[4]}，格式错误 {malformed}。",
                $"{lines} lines in {clock.Elapsed.TotalSeconds:F1} s: deep {counts[3]}, relative {counts[2]}, accident-induced {counts[1]}, none {counts[0]}, not assessed {counts[4]}, malformed {malformed}."));
            foreach (string missing in screeners.Values.SelectMany(s => s.MissingParameters).Distinct(StringComparer.Ordinal))
            {
                summary.WriteLine(ctx.T($"缺少参数 {missing}：请用 --region 或 --parameters 提供。", $"Missing parameter {missing}: supply it with --region or --parameters."));
            }

            return malformed > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Schema(CliGlobals globals)
    {
        var command = new Command("schema", "Print the JSON Schema of an application.");
        UnionCli.SetAction(command, globals, (_, ctx) =>
        {
            ctx.Output.WriteLine(HardshipApplicationJson.Schema());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Example(CliGlobals globals)
    {
        var households = new Option<int?>("--households") { Description = "Print this many seeded synthetic households as JSON Lines (for `batch`) instead of the example." };
        var seed = new Option<int>("--seed") { Description = "The seed of the synthetic households.", DefaultValueFactory = _ => 20200531 };
        var command = new Command("example", "Print an example application (JSON), or synthetic households as JSON Lines.") { households, seed };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            if (parse.GetValue(households) is { } n)
            {
                if (n < 0)
                {
                    ctx.Error.WriteLine("--households: a count is not negative.");
                    return ExitCodes.InvalidInput;
                }

                foreach (HardshipApplication a in HardshipPopulation.Generate(n, parse.GetValue(seed)))
                {
                    ctx.Output.WriteLine(JsonSerializer.Serialize(a, DomainJsonContext.Default.HardshipApplication));
                }

                return ExitCodes.Ok;
            }

            ctx.Output.WriteLine(JsonSerializer.Serialize(HardshipExamples.Household, Readable.GetTypeInfo(typeof(HardshipApplication))));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static JsonSerializerOptions Readable { get; } = ReadableOptions();

    private static JsonSerializerOptions ReadableOptions()
    {
        var options = UnionJson.Readable(DomainJsonContext.Default.Options);
        options.TypeInfoResolverChain.Add(RulesJsonContext.Default);
        return options;
    }

    /// <summary>The region's profile with the caller's layers, when the application names a region and no --region was given.</summary>
    private static JurisdictionProfile ProfileFor(JurisdictionProfile given, RegionCode? applicationRegion)
    {
        if (given.Region is not null || applicationRegion is not { } region)
        {
            return given;
        }

        return JurisdictionProfile.For(region).WithLayers(given.Layers.Skip(1));
    }
}
