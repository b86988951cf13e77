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
using Union.Cli.Batch;

namespace Union.Cli.Commands;

/// <summary><c>union hardship</c>: Hardship eligibility (困难职工认定): assess, batch, schema, example.</summary>
internal static class HardshipCommands
{
    /// <summary>Runs before each batch line is assessed, with the file and line number; tests set it to make one line's assessment fail.</summary>
    internal static Action<string, long>? BeforeBatchAssessment { get; set; }

    public static Command Create(CliGlobals globals)
    {
        Command command = DomainCommands.Create("hardship", "Hardship eligibility (困难职工认定): check (alias assess), schema, example, batch, households, template.", HardshipDomain.Default, globals, Batch(globals), Households(globals), Template(globals));
        command.Subcommands.First(c => c.Name == "check").Aliases.Add("assess");
        return command;
    }

    private static Command Batch(CliGlobals globals)
    {
        var file = new Argument<string>("FILE") { Description = "The households: JSON Lines (.jsonl, one application per line), CSV (.csv) or Excel (.xlsx) in the register's columns (see `union hardship template`)." };
        var outOption = new Option<string?>("--out") { Description = "Write the results to this file (.jsonl, .csv or .xlsx, by extension) instead of JSON Lines on the standard output." };
        var full = new Option<bool>("--full") { Description = "Full assessment (exclusions, file status, next review, codes and citations) instead of screening (category, per-head income, thresholds, gaps)." };
        var command = new Command("batch", "Assess many households in parallel, results in input order; a malformed household is rejected with its place (line and JSON path, or sheet, row and column) into a rejects file beside the output, never dropped: rows = results + rejected.") { file, outOption, full };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (!CliFiles.CheckFile(path, ctx.Error, ctx.Chinese, maxBytes: null))
            {
                return ExitCodes.InvalidInput;
            }

            string? outPath = parse.GetValue(outOption);
            if (BatchSource.FormatOf(path) is not { } inFormat)
            {
                return ctx.Invalid([new ValidationIssue("FILE", ctx.T($"{path}：不认识的扩展名；请用 .jsonl、.csv 或 .xlsx。", $"{path}: unknown extension; use .jsonl, .csv or .xlsx."))]);
            }

            BatchFormat outFormat = BatchFormat.Jsonl;
            if (outPath is not null)
            {
                if (BatchSource.FormatOf(outPath) is not { } f)
                {
                    return ctx.Invalid([new ValidationIssue("--out", ctx.T($"{outPath}：不认识的扩展名；请用 .jsonl、.csv 或 .xlsx。", $"{outPath}: unknown extension; use .jsonl, .csv or .xlsx."))]);
                }

                outFormat = f;
            }

            string rejectsPath = RejectsPathFor(outPath ?? path, outFormat);
            var missing = new Dictionary<string, long>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            var batch = new HardshipBatch(ctx, path, parse.GetValue(full), parse.GetValue(globals.AsOf) is not null)
            {
                BeforeAssessment = BeforeBatchAssessment,
                Progress = ReferenceEquals(ctx.Error, Console.Error) && !Console.IsErrorRedirected,
            };
            int fatal;
            BatchSource? source = null;
            try
            {
                if (File.Exists(rejectsPath))
                {
                    File.Delete(rejectsPath);
                }

                source = BatchSource.Open(path, inFormat, !ctx.Chinese);
                Stream output = outPath is null
                    ? (ReferenceEquals(ctx.Output, Console.Out) ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16) : new TextWriterStream(ctx.Output))
                    : new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
                using ResultSink sink = outFormat switch
                {
                    BatchFormat.Csv => new CsvSink(output, ctx.Chinese),
                    BatchFormat.Xlsx => new XlsxSink(output, ctx.Chinese),
                    _ => new JsonlSink(output),
                };
                using var rejects = new RejectsSink(rejectsPath, outFormat != BatchFormat.Jsonl, ctx.Chinese);
                fatal = batch.Run(source, sink, rejects, missing);
                if (fatal == 0)
                {
                    sink.Finish(batch.Summary);
                }

                foreach (string note in source.Notes)
                {
                    ctx.Error.WriteLine($"{path}: {note}");
                }
            }
            catch (BatchFileException ex)
            {
                ctx.Error.WriteLine($"{path}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                ctx.Error.WriteLine($"{outPath ?? path}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            finally
            {
                source?.Dispose();
                batch.Summary.Dispose();
            }

            if (fatal != 0)
            {
                return fatal;
            }

            BatchSummary s = batch.Summary;
            long[] counts = s.Counts;
            long results = s.Rows - s.Rejected;
            TextWriter summary = outPath is null ? ctx.Error : ctx.Output;
            summary.WriteLine(ctx.T(
                $"共 {s.Rows} 行，{clock.Elapsed.TotalSeconds:F1} 秒：深度困难 {counts[3]}，相对困难 {counts[2]}，意外致困 {counts[1]}，不符合 {counts[0]}，未能评估 {counts[4]}，格式错误 {s.Rejected}。",
                $"{s.Rows} lines in {clock.Elapsed.TotalSeconds:F1} s: deep {counts[3]}, relative {counts[2]}, accident-induced {counts[1]}, none {counts[0]}, not assessed {counts[4]}, malformed {s.Rejected}."));
            foreach ((string item, long households) in missing.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal))
            {
                summary.WriteLine(item.Contains('.', StringComparison.Ordinal) && !item.StartsWith('$')
                    ? ctx.T($"未能评估 {households} 户：缺少参数 {item}，请用 --region 或 --parameters 提供。", $"{households} not assessed: missing parameter {item}; supply it with --region or --parameters.")
                    : ctx.T($"未能评估 {households} 户：缺少 {item} 所需的信息。", $"{households} not assessed: {item} lacks what it needs."));
            }

            if (s.NearCount > 0)
            {
                summary.WriteLine(ctx.T($"临界户 {s.NearCount} 户：人均月收入高出标准不到 10%。", $"{s.NearCount} within 10 % above a threshold."));
            }

            // The equation every batch ends with: no household is dropped.
            summary.WriteLine(ctx.T($"输入 {s.Rows} 行 = 结果 {results} 行 + 拒收 {s.Rejected} 行", $"{s.Rows} rows = {results} results + {s.Rejected} rejected"));
            if (s.Rejected > 0)
            {
                summary.WriteLine(ctx.T($"拒收的行及原因见 {rejectsPath}", $"rejected rows and why: {rejectsPath}"));
            }

            // A batch with households not assessed is incomplete (exit 3), never a clean run.
            return s.Rejected > 0 ? ExitCodes.InvalidInput : counts[4] > 0 ? ExitCodes.Incomplete : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The rejects file beside a file: <c>out.rejects.jsonl</c>, or <c>out.rejects.csv</c> for CSV and Excel results.</summary>
    internal static string RejectsPathFor(string beside, BatchFormat format)
    {
        string stem = Path.Combine(Path.GetDirectoryName(beside) ?? string.Empty, Path.GetFileNameWithoutExtension(beside));
        return stem + (format == BatchFormat.Jsonl ? ".rejects.jsonl" : ".rejects.csv");
    }

    private static Command Template(CliGlobals globals)
    {
        var outOption = new Option<string>("--out") { Description = "The template to write: register.xlsx (with data validation) or register.csv.", Required = true };
        var command = new Command("template", "Write an empty register (困难职工档案) for batch: Chinese headers, a notes row, and in a workbook lists, dates and numbers validated.") { outOption };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string outPath = parse.GetValue(outOption)!;
            try
            {
                switch (BatchSource.FormatOf(outPath))
                {
                    case BatchFormat.Xlsx:
                        RegisterTemplate.WriteXlsx(outPath);
                        break;
                    case BatchFormat.Csv:
                        RegisterTemplate.WriteCsv(outPath);
                        break;
                    default:
                        return ctx.Invalid([new ValidationIssue("--out", ctx.T($"{outPath}：模板须为 .xlsx 或 .csv。", $"{outPath}: a template is .xlsx or .csv."))]);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                ctx.Error.WriteLine($"{outPath}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }

            ctx.Error.WriteLine(ctx.T($"已写出空白档案 {outPath}：申请日期所在行开始一户，成员、收入、支出等每行一项，续行的申请日期留空。", $"wrote the empty register {outPath}: a household starts on a row with its application date; members, incomes and costs go one per row, continuation rows leave the date empty."));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The progress line a terminal shows while a batch runs (stderr only, never when redirected): lines so far, the share of the
    /// file's bytes read, the rate and the time left at that rate.
    /// </summary>
    internal static string Progress(long lines, long bytesRead, long fileLength, TimeSpan elapsed, bool chinese, long? total = null)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        double share = fileLength > 0 ? Math.Clamp((double)bytesRead / fileLength, 0, 1) : 1;
        double left = share > 0 ? seconds * (1 - share) / share : 0;
        string rate = (lines / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        string count = lines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        string percent = (share * 100).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        string remaining = TimeSpan.FromSeconds(Math.Round(left)).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        string of = total is { } t ? " / " + t.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return chinese
            ? $"已处理 {count}{of} 行（{percent}%），每秒 {rate} 行，预计剩余 {remaining}   "
            : $"{count}{of} lines ({percent}%), {rate} lines/s, about {remaining} left   ";
    }

    private static Command Households(CliGlobals globals)
    {
        var count = new Argument<int>("N") { Description = "How many households." };
        var seed = new Option<int>("--seed") { Description = "The seed of the synthetic households.", DefaultValueFactory = _ => 20200531 };
        var outOption = new Option<string?>("--out") { Description = "Write them to this file instead: .jsonl, or a register in .csv or .xlsx (the layout `union hardship template` writes)." };
        var command = new Command("households", "Print N seeded synthetic households as JSON Lines (for batch), or write them as a register (--out FILE.csv|.xlsx).") { count, seed, outOption };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            int n = parse.GetValue(count);
            if (n < 0)
            {
                return ctx.Invalid([new ValidationIssue("N", "a count is not negative.")]);
            }

            string? outPath = parse.GetValue(outOption);
            BatchFormat? format = outPath is null ? BatchFormat.Jsonl : BatchSource.FormatOf(outPath);
            if (format is null)
            {
                return ctx.Invalid([new ValidationIssue("--out", ctx.T($"{outPath}：请用 .jsonl、.csv 或 .xlsx。", $"{outPath}: use .jsonl, .csv or .xlsx."))]);
            }

            if (format is BatchFormat.Csv or BatchFormat.Xlsx)
            {
                using var register = new RegisterWriter(outPath!, format == BatchFormat.Xlsx);
                foreach (HardshipApplication a in HardshipPopulation.Generate(n, parse.GetValue(seed)))
                {
                    register.Write(a);
                }

                return ExitCodes.Ok;
            }

            using TextWriter target = outPath is null ? TextWriter.Null : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(false), 1 << 16);
            TextWriter lines = outPath is null ? ctx.Output : target;
            foreach (HardshipApplication a in HardshipPopulation.Generate(n, parse.GetValue(seed)))
            {
                lines.WriteLine(JsonSerializer.Serialize(a, DomainJsonContext.Default.HardshipApplication));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
