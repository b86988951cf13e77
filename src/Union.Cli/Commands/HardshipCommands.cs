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
        Command command = DomainCommands.Create("hardship", "Hardship eligibility (困难职工认定): check (alias assess), schema, example, batch.", HardshipDomain.Default, globals, Batch(globals), Households(globals));
        command.Subcommands.First(c => c.Name == "check").Aliases.Add("assess");
        return command;
    }

    /// <summary>The batch line's JSON contract on one line, Chinese characters unescaped (an error in Chinese stays readable).</summary>
    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<HardshipBatchLine> LineInfo =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<HardshipBatchLine>)new JsonSerializerOptions(UnionJson.Readable(RulesJsonContext.Default.Options)) { WriteIndented = false }
            .GetTypeInfo(typeof(HardshipBatchLine));

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
            var whyNotAssessed = new Dictionary<string, long>(StringComparer.Ordinal);
            void Tally(IReadOnlyList<string>? why)
            {
                foreach (string item in why ?? [])
                {
                    whyNotAssessed[item] = whyNotAssessed.GetValueOrDefault(item) + 1;
                }
            }

            long lines = 0, malformed = 0;
            bool progress = outPath is not null && ReferenceEquals(ctx.Error, Console.Error) && !Console.IsErrorRedirected;
            var clock = Stopwatch.StartNew();
            long fileLength = new FileInfo(path).Length;
            TextWriter? fileWriter = null;
            try
            {
                fileWriter = outPath is null ? null : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(false), 1 << 16);
                TextWriter results = fileWriter ?? ctx.Output;
                using var reader = new ByteLineReader(File.OpenRead(path), InputLimits.MaxDocumentBytes);
                while (reader.TryReadLine(out ReadOnlySpan<byte> line))
                {
                    lines = reader.LineNumber;
                    if (!reader.TooLong && line.Trim(" \t\r"u8).IsEmpty)
                    {
                        continue;
                    }

                    DocumentResult<HardshipApplication> read = reader.TooLong
                        ? DocumentResult.Failure<HardshipApplication>([ValidationIssue.Create("$", "document.tooLarge", InputMessages.Arguments(("limit", InputLimits.MaxDocumentBytes)), path)])
                        : HardshipDomain.Default.Read(line, path);
                    HardshipBatchLine row;
                    if (!read.IsValid)
                    {
                        malformed++;
                        string problem = string.Join("; ", read.Issues.Select(i => InFile(i, reader.LineNumber, reader.LineOffset)).Select(i => $"{i.Path}: {i.Render(ctx.Culture)}"));
                        ctx.Error.WriteLine($"{path}:{lines}: {problem}");
                        row = new HardshipBatchLine(lines, null, null, null, null, null, problem);
                    }
                    else
                    {
                        HardshipApplication app = read.Value!;
                        LocalDate asOf = fixedDate ? ctx.AsOf : app.ApplicationDate;
                        if (app.Applicant.Region is null && ctx.RegionOption is null)
                        {
                            return ctx.Invalid([new ValidationIssue("$.applicant.region", ctx.T(
                                $"第 {lines} 行的家庭未写明地区，也未给出 --region：困难标准是地方标准，无法评估。请用 --region 给出地区。",
                                $"the household on line {lines} names no region and no --region was given: hardship standards are local, so nothing can be assessed. Give the region with --region."), lines, path)]);
                        }

                        int regionKey = app.Applicant.Region?.Value ?? 0;
                        if (!profiles.TryGetValue(regionKey, out JurisdictionProfile? profile))
                        {
                            if (!ctx.TryProfileFor(app.Applicant.Region, path, out profile))
                            {
                                return ExitCodes.InvalidInput;
                            }

                            profiles[regionKey] = profile;
                        }

                        try
                        {
                            BeforeBatchAssessment?.Invoke(path, lines);
                            if (fullMode)
                            {
                                HardshipAssessment a = HardshipEngine.Default.Assess(app, asOf, profile, trace: false);
                                counts[a.IsAssessed ? (int)a.Category : 4]++;
                                string[]? why = a.IsAssessed ? null : MissingOf(a.Report);
                                Tally(why);
                                row = new HardshipBatchLine(lines, a.Category, a.IsAssessed, a.PerCapita?.PerHeadMonthly, a.Exclusions, a.FileStatus, null, why);
                            }
                            else
                            {
                                if (!screeners.TryGetValue((regionKey, asOf), out HardshipScreener? screener))
                                {
                                    screener = HardshipScreener.Create(profile, asOf);
                                    screeners[(regionKey, asOf)] = screener;
                                }

                                HouseholdSnapshot snapshot = screener.Snapshot(app);
                                ScreeningResult s = screener.Screen(snapshot);
                                counts[s.IsAssessed ? (int)s.Category : 4]++;
                                IReadOnlyList<string>? why = s.IsAssessed ? null : screener.Missing(snapshot);
                                Tally(why);
                                row = new HardshipBatchLine(lines, s.Category, s.IsAssessed, s.IsAssessed ? s.PerHeadMonthlyRounded : null, null, null, null, why);
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

                    results.WriteLine(JsonSerializer.Serialize(row, LineInfo));
                    if (progress && lines % 5000 == 0)
                    {
                        ctx.Error.Write("\r" + Progress(lines, reader.LineOffset, fileLength, clock.Elapsed, ctx.Chinese));
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
            foreach ((string missing, long households) in whyNotAssessed.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal))
            {
                summary.WriteLine(missing.Contains('.', StringComparison.Ordinal) && !missing.StartsWith('$')
                    ? ctx.T($"未能评估 {households} 户：缺少参数 {missing}，请用 --region 或 --parameters 提供。", $"{households} not assessed: missing parameter {missing}; supply it with --region or --parameters.")
                    : ctx.T($"未能评估 {households} 户：缺少 {missing} 所需的信息。", $"{households} not assessed: {missing} lacks what it needs."));
            }

            // A batch with households not assessed is incomplete (exit 3), never a clean run.
            return malformed > 0 ? ExitCodes.InvalidInput : counts[4] > 0 ? ExitCodes.Incomplete : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Places an encoding issue of one batch line in the file: its offset counts from the file's first byte and its line is the
    /// batch line (the line's own reader counts from the line's start).
    /// </summary>
    private static ValidationIssue InFile(ValidationIssue issue, long line, long lineOffset)
    {
        if (issue.Key is not { } key || !key.StartsWith("encoding.", StringComparison.Ordinal) || issue.Arguments is not { } args)
        {
            return issue;
        }

        KeyValuePair<string, string>[] placed = [.. args.Select(a => a.Key switch
        {
            "offset" when long.TryParse(a.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long o) =>
                new KeyValuePair<string, string>("offset", (lineOffset + o).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "line" => new KeyValuePair<string, string>("line", line.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => a,
        })];
        return ValidationIssue.Create(issue.Path, key, placed, issue.Source, line, issue.Column);
    }

    /// <summary>
    /// The progress line a terminal shows while a batch runs (stderr only, never when redirected): lines so far, the share of the
    /// file's bytes read, the rate and the time left at that rate.
    /// </summary>
    internal static string Progress(long lines, long bytesRead, long fileLength, TimeSpan elapsed, bool chinese)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        double share = fileLength > 0 ? Math.Clamp((double)bytesRead / fileLength, 0, 1) : 1;
        double left = share > 0 ? seconds * (1 - share) / share : 0;
        string rate = (lines / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        string count = lines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        string percent = (share * 100).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        string remaining = TimeSpan.FromSeconds(Math.Round(left)).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        return chinese
            ? $"已处理 {count} 行（{percent}%），每秒 {rate} 行，预计剩余 {remaining}   "
            : $"{count} lines ({percent}%), {rate} lines/s, about {remaining} left   ";
    }

    /// <summary>What a household's assessment lacked: the missing parameters where any is named, otherwise the rules not assessed.</summary>
    private static string[] MissingOf(RuleReport report)
    {
        string[] parameters = [.. report.NotAssessed.Select(f => f.Arguments.FirstOrDefault(x => x.Key == "parameter").Value).OfType<string>().Distinct(StringComparer.Ordinal)];
        return parameters.Length > 0 ? parameters : [.. report.NotAssessed.Select(f => f.Code).Distinct(StringComparer.Ordinal)];
    }

    private static Command Households(CliGlobals globals)
    {
        var count = new Argument<int>("N") { Description = "How many households." };
        var seed = new Option<int>("--seed") { Description = "The seed of the synthetic households.", DefaultValueFactory = _ => 20200531 };
        var command = new Command("households", "Print N seeded synthetic households as JSON Lines (for batch).") { count, seed };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            int n = parse.GetValue(count);
            if (n < 0)
            {
                return ctx.Invalid([new ValidationIssue("N", "a count is not negative.")]);
            }

            foreach (HardshipApplication a in HardshipPopulation.Generate(n, parse.GetValue(seed)))
            {
                ctx.Output.WriteLine(JsonSerializer.Serialize(a, DomainJsonContext.Default.HardshipApplication));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
