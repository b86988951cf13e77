using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NodaTime;
using Union.Domain.Hardship;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;

namespace Union.Cli.Batch;

/// <summary>
/// The batch pipeline (批量认定): one thread reads the file into chunks of households; the workers (one per core) read each
/// household with the library's reader and screen or assess it, and render the results; one writer puts the results out in
/// input order. The queue between them is bounded, so memory stays flat for any file size. Every household read ends as a
/// result or a rejection: rows = results + rejected.
/// </summary>
internal sealed class HardshipBatch
{
    private const int ShownRejections = 100;
    private readonly CliContext _ctx;
    private readonly string _path;
    private readonly bool _full;
    private readonly bool _fixedDate;
    private readonly ConcurrentDictionary<int, JurisdictionProfile> _profiles = new();
    private readonly ConcurrentDictionary<(int, LocalDate), HardshipScreener> _screeners = new();
    private readonly Lock _profileLock = new();

    // The outcomes and rendered bytes of chunks already written, reused by the next chunks (a chunk's arrays are large enough
    // to be allocated, and zeroed by the system, afresh each time otherwise).
    private readonly ConcurrentQueue<BatchOutcome[]> _freeOutcomes = new();
    private readonly ConcurrentQueue<ArrayBufferWriter<byte>> _freeBytes = new();

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? TabularJson;

    // One workspace per worker thread: a household is assessed into it without allocating, and its summary (the codes with
    // their provisions) is shared by every household whose evaluation took the same course.
    [ThreadStatic]
    private static HardshipWorkspace? Workspace;

    public HardshipBatch(CliContext ctx, string path, bool full, bool fixedDate)
    {
        _ctx = ctx;
        _path = path;
        _full = full;
        _fixedDate = fixedDate;
    }

    /// <summary>Gets or sets a hook run before each household is assessed, with the file and the line (tests make one fail).</summary>
    public Action<string, long>? BeforeAssessment { get; set; }

    /// <summary>Gets or sets how many workers assess in parallel (the cores by default).</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets whether households in the library's plain form are read by <see cref="FastHouseholdReader"/> (the rest always by the library's reader).</summary>
    public bool UseFastReader { get; set; } = Environment.GetEnvironmentVariable("UNION_BATCH_LIBRARY_READER") != "1";

    /// <summary>Gets or sets whether a progress line is written to standard error.</summary>
    public bool Progress { get; set; }

    /// <summary>Gets the counts after <see cref="Run"/>.</summary>
    public BatchSummary Summary { get; } = new();

    /// <summary>Runs the batch from a source into a result sink.</summary>
    /// <param name="source">The households.</param>
    /// <param name="sink">Where the results go.</param>
    /// <param name="rejects">Where rejected households go.</param>
    /// <param name="missing">Counts of what households not assessed lacked, added to.</param>
    /// <returns>0, or the exit code of a problem that stopped the batch.</returns>
    public int Run(BatchSource source, ResultSink sink, RejectsSink rejects, Dictionary<string, long> missing)
    {
        using var queue = new BlockingCollection<Task<(BatchOutcome[] Outcomes, int Count, ArrayBufferWriter<byte>? Bytes, double Share)>>(Math.Max(2, Workers * 2));
        int fatal = 0;
        Exception? writerError = null;
        var clock = Stopwatch.StartNew();
        TimeSpan lastProgress = TimeSpan.Zero;
        var writer = new Thread(() =>
        {
            try
            {
                foreach (var task in queue.GetConsumingEnumerable())
                {
                    var (outcomes, count, bytes, share) = task.GetAwaiter().GetResult();
                    if (fatal != 0 || writerError is not null)
                    {
                        continue;
                    }

                    for (int i = 0; i < count; i++)
                    {
                        ref BatchOutcome o = ref outcomes[i];
                        if (o.Fatal != 0)
                        {
                            _ctx.Error.WriteLine(o.Rejected?.Error);
                            fatal = o.Fatal;
                            break;
                        }

                        Summary.Rows++;
                        if (o.Rejected is { } r)
                        {
                            Summary.Rejected++;
                            rejects.Write(r);
                            if (Summary.Rejected <= ShownRejections)
                            {
                                _ctx.Error.WriteLine(o.Sheet is null && r.Column is null ? $"{_path}:{o.Line}: {r.Error}" : $"{_path}: {r.Error}");
                            }

                            continue;
                        }

                        Summary.Counts[o.Assessed ? (int)o.Category : 4]++;
                        foreach (string item in o.Missing ?? [])
                        {
                            missing[item] = missing.GetValueOrDefault(item) + 1;
                        }

                        if (o.NearThreshold is { } near)
                        {
                            Summary.AddNear(o, near);
                        }
                    }

                    if (fatal != 0)
                    {
                        continue;
                    }

                    sink.Write(outcomes.AsSpan(0, count), bytes is null ? default : bytes.WrittenSpan);
                    Recycle(outcomes, bytes);
                    if (Progress && clock.Elapsed - lastProgress > TimeSpan.FromMilliseconds(250))
                    {
                        lastProgress = clock.Elapsed;
                        _ctx.Error.Write("\r" + Commands.HardshipCommands.Progress(Summary.Rows, (long)(share * 1_000_000), 1_000_000, clock.Elapsed, _ctx.Chinese, source.Total));
                    }
                }
            }
#pragma warning disable CA1031 // An error of the writer (a full disk) is raised on the reader's thread after the queue is drained.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                writerError = ex;
                foreach (var _ in queue.GetConsumingEnumerable())
                {
                }
            }
        })
        { IsBackground = true, Name = "batch writer" };
        writer.Start();
        try
        {
            while (fatal == 0 && writerError is null && source.Next() is { } chunk)
            {
                double share = source.Share;
                queue.Add(Task.Run(() => Process(source, chunk, sink, share)));
            }
        }
        finally
        {
            queue.CompleteAdding();
            writer.Join();
        }

        if (writerError is not null)
        {
            throw new IOException(writerError.Message, writerError);
        }

        if (Progress)
        {
            _ctx.Error.WriteLine();
        }

        return fatal;
    }

    private (BatchOutcome[], int, ArrayBufferWriter<byte>?, double) Process(BatchSource source, BatchChunk chunk, ResultSink sink, double share)
    {
        int count = chunk.Count;
        BatchOutcome[] outcomes = _freeOutcomes.TryDequeue(out BatchOutcome[]? free) && free.Length >= count ? free : new BatchOutcome[BatchSource.ChunkHouseholds];
        for (int i = 0; i < count; i++)
        {
            outcomes[i] = One(chunk, ref chunk.Inputs[i]);
        }

        source.Return(chunk);
        ArrayBufferWriter<byte>? bytes = null;
        if (sink.RendersBytes)
        {
            bytes = _freeBytes.TryDequeue(out ArrayBufferWriter<byte>? writer) ? writer : new ArrayBufferWriter<byte>(count * 256);
            sink.Render(outcomes.AsSpan(0, count), bytes);
        }

        return (outcomes, count, bytes, share);
    }

    /// <summary>Gives back a chunk's outcomes and rendered bytes once written, for the next chunk to use.</summary>
    private void Recycle(BatchOutcome[] outcomes, ArrayBufferWriter<byte>? bytes)
    {
        if (_freeOutcomes.Count < 16)
        {
            _freeOutcomes.Enqueue(outcomes);
        }

        if (bytes is not null && _freeBytes.Count < 16)
        {
            bytes.ResetWrittenCount();
            _freeBytes.Enqueue(bytes);
        }
    }

    private BatchOutcome One(BatchChunk chunk, ref BatchInput input)
    {
        ReadOnlySpan<byte> json;
        if (input.Register is { } register)
        {
            // A household of rows: its JSON is built here, on the worker; the cell of each path only when it is rejected.
            ArrayBufferWriter<byte> buffer = TabularJson ??= new ArrayBufferWriter<byte>(4096);
            input.Origin = register.Build(input.Rows!, buffer, null, out input.ReadError);
            json = buffer.WrittenSpan;
        }
        else
        {
            json = chunk.Buffer.AsSpan(input.Start, input.Length);
        }

        var o = new BatchOutcome { Line = input.Line, Ref = input.Origin?.Ref, Sheet = input.Origin?.Sheet };
        if (input.ReadError is { } readError)
        {
            o.Rejected = new BatchRejection(input.Line, input.Origin?.Sheet, RegisterLayout.Letters(RegisterLayout.DateColumn), RegisterLayout.Columns[RegisterLayout.DateColumn].Chinese, null, readError);
            return o;
        }

        if (input.TooLong || !UseFastReader || !FastHouseholdReader.TryRead(json, out HardshipApplication? app))
        {
            // The library's reader: for every line the fast reader declines, so that every error is the library's.
            DocumentResult<HardshipApplication> read = input.TooLong
                ? DocumentResult.Failure<HardshipApplication>([ValidationIssue.Create("$", "document.tooLarge", InputMessages.Arguments(("limit", InputLimits.MaxDocumentBytes)), _path)])
                : HardshipDomain.Default.Read(json, _path);
            if (!read.IsValid)
            {
                if (input.Register is { } again)
                {
                    // Built again, noting the cell of each JSON path, to place the library's issues in their cells.
                    var cells = new List<(string, long, int)>();
                    input.Origin = again.Build(input.Rows!, new ArrayBufferWriter<byte>(4096), cells, out _);
                }

                o.Rejected = Reject(input, read.Issues);
                return o;
            }

            app = read.Value!;
        }

        HardshipApplication household = app!;

        LocalDate asOf = _fixedDate ? _ctx.AsOf : household.ApplicationDate;
        if (household.Applicant.Region is null && _ctx.RegionOption is null)
        {
            o.Fatal = ExitCodes.InvalidInput;
            string where = input.Origin is { } origin ? RegisterReader.Place(origin.Sheet, origin.FirstRow, -1, null, !_ctx.Chinese) : _ctx.T($"第 {input.Line} 行", $"line {input.Line}");
            o.Rejected = new BatchRejection(input.Line, null, null, null, "$.applicant.region", $"{_path}: $.applicant.region: " + _ctx.T(
                $"{where}的家庭未写明地区，也未给出 --region：困难标准是地方标准，无法评估。请用 --region 给出地区。",
                $"the household on {where} names no region and no --region was given: hardship standards are local, so nothing can be assessed. Give the region with --region."));
            return o;
        }

        int regionKey = household.Applicant.Region?.Value ?? 0;
        if (!_profiles.TryGetValue(regionKey, out JurisdictionProfile? profile))
        {
            lock (_profileLock)
            {
                if (!_profiles.TryGetValue(regionKey, out profile))
                {
                    if (!_ctx.TryProfileFor(household.Applicant.Region, _path, out profile))
                    {
                        o.Fatal = ExitCodes.InvalidInput;
                        return o;
                    }

                    _profiles[regionKey] = profile;
                }
            }
        }

        HardshipScreener screener = _screeners.GetOrAdd((regionKey, asOf), static (_, a) => HardshipScreener.Create(a.profile, a.asOf), (profile, asOf));
        o.DeepLimit = screener.DeepLimit;
        o.RelativeLimit = screener.RelativeLimit;
        try
        {
            BeforeAssessment?.Invoke(_path, input.Line);
            if (_full)
            {
                HardshipWorkspace w = Workspace ??= new HardshipWorkspace();
                o.Category = HardshipEngine.Default.Assess(household, asOf, profile, w, trace: false);
                o.Assessed = w.IsAssessed;
                o.PerHead = w.PerHeadMonthly;
                o.RelativePerHead = w.RelativePerHeadMonthly;
                o.Exclusions = w.Facts.Exclusions;
                o.FileStatus = w.Facts.FileStatus;
                o.NextReview = w.Facts.NextReview;
                ReportSummary summary = w.Summarize();
                o.Codes = summary.Describe(_ctx.Culture);
                o.Missing = w.IsAssessed ? null : summary.MissingParameters.Count > 0 ? [.. summary.MissingParameters] : [.. summary.NotAssessed];
            }
            else
            {
                HouseholdSnapshot snapshot = screener.Snapshot(household);
                ScreeningResult s = screener.Screen(snapshot);
                o.Category = s.Category;
                o.Assessed = s.IsAssessed;
                o.PerHead = s.IsAssessed ? s.PerHeadMonthly : null;
                o.RelativePerHead = s.IsAssessed ? s.RelativePerHeadMonthly : null;
                o.Exclusions = snapshot.Exclusions;
                o.Missing = s.IsAssessed ? null : screener.Missing(snapshot);
            }
        }
#pragma warning disable CA1031 // One household's failure is reported as a rejection; the rest of the batch is kept.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            o = new BatchOutcome { Line = input.Line, Ref = input.Origin?.Ref, Sheet = input.Origin?.Sheet };
            string problem = _ctx.T($"评估此行时出现内部错误（{ex.GetType().Name}：{ex.Message}）", $"internal error while assessing the line ({ex.GetType().Name}: {ex.Message})");
            o.Rejected = input.Origin is { } origin
                ? new BatchRejection(input.Line, origin.Sheet, null, null, "$", RegisterReader.Place(origin.Sheet, origin.FirstRow, -1, null, !_ctx.Chinese) + ": " + problem)
                : new BatchRejection(input.Line, null, null, null, "$", problem);
        }

        return o;
    }

    private BatchRejection Reject(in BatchInput input, IReadOnlyList<ValidationIssue> issues)
    {
        CultureInfo culture = _ctx.Culture;
        if (input.Origin is not { } origin)
        {
            long line = input.Line, offset = input.Offset;
            string problem = string.Join("; ", issues.Select(i => InFile(i, line, offset)).Select(i => $"{i.Path}: {i.Render(culture)}"));
            return new BatchRejection(input.Line, null, null, null, issues.Count > 0 ? issues[0].Path : "$", problem);
        }

        var parts = new List<string>();
        (long Row, int Column)? first = null;
        foreach (ValidationIssue issue in issues)
        {
            (long row, int column) = origin.CellOf(issue.Path);
            first ??= (row, column);
            string header = column >= 0 && column < origin.Headers.Count ? origin.Headers[column] : string.Empty;
            parts.Add($"{RegisterReader.Place(origin.Sheet, row, column, header, !_ctx.Chinese)} [{issue.Path}]: {issue.Render(culture)}");
        }

        (long r, int c) = first ?? (origin.FirstRow, -1);
        return new BatchRejection(r, origin.Sheet, c >= 0 ? RegisterLayout.Letters(c) : null, c >= 0 && c < origin.Headers.Count ? origin.Headers[c] : null, issues.Count > 0 ? issues[0].Path : "$", string.Join("; ", parts));
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
            "offset" when long.TryParse(a.Value, NumberStyles.None, CultureInfo.InvariantCulture, out long o) =>
                new KeyValuePair<string, string>("offset", (lineOffset + o).ToString(CultureInfo.InvariantCulture)),
            "line" => new KeyValuePair<string, string>("line", line.ToString(CultureInfo.InvariantCulture)),
            _ => a,
        })];
        return ValidationIssue.Create(issue.Path, key, placed, issue.Source, line, issue.Column);
    }
}

/// <summary>Writes bytes to a text writer as UTF-8 text (the results on a caller's writer instead of the console).</summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(16, buffer.Length + 4));
        int n = _decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, n);
        ArrayPool<char>.Shared.Return(chars);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
