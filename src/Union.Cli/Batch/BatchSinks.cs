using System.Collections.Concurrent;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using SpreadCheetah;
using Union.Domain.Hardship;
using Union.Rules.Hardship;

namespace Union.Cli.Batch;

/// <summary>Labels of the result columns and values, in Chinese or English.</summary>
internal static class ResultLabels
{
    /// <summary>The result columns: Chinese header, English header.</summary>
    public static readonly (string Zh, string En)[] Columns =
    [
        ("档案编号", "ref"), ("行号", "row"), ("认定类别", "category"), ("已评估", "assessed"), ("人均月收入", "perHeadMonthly"),
        ("相对困难口径人均月收入", "relativePerHeadMonthly"), ("深度困难标准", "deepLimit"), ("相对困难标准", "relativeLimit"),
        ("高出深度困难标准", "deepGap"), ("高出相对困难标准", "relativeGap"), ("临界（差距在标准的10%以内）", "nearThreshold"),
        ("排除情形", "exclusions"), ("档案状态", "fileStatus"), ("下次复核日期", "nextReview"), ("认定依据", "codes"), ("未能评估的原因", "missing"),
    ];

    public static string Category(HardshipCategory c, bool zh) => zh
        ? c switch { HardshipCategory.Deep => "深度困难", HardshipCategory.Relative => "相对困难", HardshipCategory.AccidentInduced => "意外致困", _ => "不符合" }
        : c switch { HardshipCategory.Deep => "deep", HardshipCategory.Relative => "relative", HardshipCategory.AccidentInduced => "accidentInduced", _ => "none" };

    public static string Status(FileStatus s, bool zh) => zh
        ? s switch { FileStatus.NewFile => "建档", FileStatus.Continue => "保留档案", FileStatus.Exit => "退档", FileStatus.ExitRelapseWatch => "脱困监测", FileStatus.Relapse => "返困", _ => "不予建档" }
        : s switch { FileStatus.NewFile => "newFile", FileStatus.Continue => "continue", FileStatus.Exit => "exit", FileStatus.ExitRelapseWatch => "exitRelapseWatch", FileStatus.Relapse => "relapse", _ => "notEligible" };

    private static readonly (HardshipExclusions Kind, string Zh, string En)[] ExclusionNames =
    [
        (HardshipExclusions.PrivateSchool, "私立学校", "privateSchool"), (HardshipExclusions.StudyAbroad, "自费留学", "studyAbroad"),
        (HardshipExclusions.ControllingShareholder, "控股股东", "controllingShareholder"), (HardshipExclusions.Homes, "多套住房", "homes"),
        (HardshipExclusions.Vehicle, "机动车辆", "vehicle"), (HardshipExclusions.BusinessEmployer, "雇工经营", "businessEmployer"),
        (HardshipExclusions.NonCooperation, "不配合核查", "nonCooperation"), (HardshipExclusions.RefusesWork, "拒绝就业", "refusesWork"),
    ];

    public static IEnumerable<string> Exclusions(HardshipExclusions e, bool zh) =>
        ExclusionNames.Where(x => (e & x.Kind) != 0).Select(x => zh ? x.Zh : x.En);

    /// <summary>Rounds an amount to the fen, half away from zero, as the library's reports give per-head incomes and limits.</summary>
    public static decimal RoundToFen(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Money(decimal value) => RoundToFen(value).ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Writes results. Byte formats render a chunk on the worker that assessed it; the writer only copies the bytes.</summary>
internal abstract class ResultSink : IDisposable
{
    /// <summary>Gets whether <see cref="Render"/> is used (bytes rendered on the workers); otherwise <see cref="Write"/> is.</summary>
    public abstract bool RendersBytes { get; }

    /// <summary>Renders the results of a chunk to bytes (thread-safe; rejected households are skipped).</summary>
    public virtual void Render(ReadOnlySpan<BatchOutcome> outcomes, ArrayBufferWriter<byte> into) => throw new NotSupportedException();

    /// <summary>Writes rendered bytes, or the results themselves, in input order (the writer thread).</summary>
    public abstract void Write(ReadOnlySpan<BatchOutcome> outcomes, ReadOnlySpan<byte> rendered);

    /// <summary>Finishes the file: the summary sheet of a workbook.</summary>
    public virtual void Finish(BatchSummary summary)
    {
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

/// <summary>The counts a batch ends with, and the households near a threshold (kept in a temporary file, so memory stays flat).</summary>
internal sealed class BatchSummary : IDisposable
{
    private readonly string _nearPath = Path.GetTempFileName();
    private StreamWriter? _near;

    public long Rows { get; set; }

    public long Rejected { get; set; }

    public long[] Counts { get; } = new long[5];

    public long NearCount { get; private set; }

    /// <summary>Notes a household near a threshold.</summary>
    public void AddNear(in BatchOutcome o, HardshipCategory threshold)
    {
        _near ??= new StreamWriter(_nearPath, false, new UTF8Encoding(false));
        decimal limit = threshold == HardshipCategory.Deep ? o.DeepLimit!.Value : o.RelativeLimit!.Value;
        decimal value = threshold == HardshipCategory.Deep ? o.PerHead!.Value : o.RelativePerHead!.Value;
        _near.Write(o.Ref?.Replace('\t', ' ') ?? string.Empty);
        _near.Write('\t');
        _near.Write(o.Line.ToString(CultureInfo.InvariantCulture));
        _near.Write('\t');
        _near.Write((int)o.Category);
        _near.Write('\t');
        _near.Write((int)threshold);
        _near.Write('\t');
        _near.Write(ResultLabels.Money(value));
        _near.Write('\t');
        _near.Write(ResultLabels.Money(limit));
        _near.Write('\t');
        _near.WriteLine(ResultLabels.Money(value - limit));
        NearCount++;
    }

    /// <summary>Reads the households near a threshold back: ref, row, category, threshold, value, limit, gap.</summary>
    public IEnumerable<string[]> Near()
    {
        _near?.Dispose();
        _near = null;
        if (NearCount == 0)
        {
            yield break;
        }

        foreach (string line in File.ReadLines(_nearPath))
        {
            yield return line.Split('\t');
        }
    }

    public void Dispose()
    {
        _near?.Dispose();
        try
        {
            File.Delete(_nearPath);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>JSON Lines results: one object per household (<c>line</c> or <c>ref</c>/<c>row</c>, category, incomes, limits, gaps…).</summary>
internal sealed class JsonlSink(Stream output) : ResultSink
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    // The codes of a household are one of a few thousand shared texts (one per course of the evaluation): each is escaped and
    // encoded to UTF-8 once, not once per household.
    private static readonly ConcurrentDictionary<string, JsonEncodedText> Codes = new(ReferenceEqualityComparer.Instance);

    public override bool RendersBytes => true;

    private static JsonEncodedText Encoded(string codes)
    {
        if (Codes.TryGetValue(codes, out JsonEncodedText encoded))
        {
            return encoded;
        }

        encoded = JsonEncodedText.Encode(codes, Options.Encoder);
        if (Codes.Count < 8192)
        {
            Codes.TryAdd(codes, encoded);
        }

        return encoded;
    }

    public override void Render(ReadOnlySpan<BatchOutcome> outcomes, ArrayBufferWriter<byte> into)
    {
        using var w = new Utf8JsonWriter(into, Options);
        foreach (ref readonly BatchOutcome o in outcomes)
        {
            if (o.Rejected is not null || o.Fatal != 0)
            {
                continue;
            }

            w.WriteStartObject();
            if (o.Sheet is not null || o.Ref is not null)
            {
                if (o.Ref is not null)
                {
                    w.WriteString("ref"u8, o.Ref);
                }

                w.WriteNumber("row"u8, o.Line);
            }
            else
            {
                w.WriteNumber("line"u8, o.Line);
            }

            w.WriteString("category"u8, ResultLabels.Category(o.Category, zh: false));
            w.WriteBoolean("assessed"u8, o.Assessed);
            Number(w, "perHeadMonthly"u8, o.PerHead);
            Number(w, "relativePerHeadMonthly"u8, o.RelativePerHead);
            Number(w, "deepLimit"u8, o.Assessed ? o.DeepLimit : null);
            Number(w, "relativeLimit"u8, o.Assessed ? o.RelativeLimit : null);
            Number(w, "deepGap"u8, o.DeepGap);
            Number(w, "relativeGap"u8, o.RelativeGap);
            if (o.NearThreshold is { } near)
            {
                w.WriteString("nearThreshold"u8, ResultLabels.Category(near, zh: false));
            }

            if (o.Exclusions is { } e && e != HardshipExclusions.None)
            {
                w.WriteStartArray("exclusions"u8);
                foreach (string x in ResultLabels.Exclusions(e, zh: false))
                {
                    w.WriteStringValue(x);
                }

                w.WriteEndArray();
            }

            if (o.FileStatus is { } s)
            {
                w.WriteString("fileStatus"u8, ResultLabels.Status(s, zh: false));
            }

            if (o.NextReview is { } review)
            {
                w.WriteString("nextReview"u8, LocalDatePattern.Iso.Format(review));
            }

            if (o.Codes is not null)
            {
                w.WriteString("codes"u8, Encoded(o.Codes));
            }

            if (o.Missing is { Count: > 0 } missing)
            {
                w.WriteStartArray("missing"u8);
                foreach (string m in missing)
                {
                    w.WriteStringValue(m);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.Flush();
            into.Write("\n"u8);
            w.Reset();
        }
    }

    private static void Number(Utf8JsonWriter w, ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, ResultLabels.RoundToFen(v));
        }
    }

    public override void Write(ReadOnlySpan<BatchOutcome> outcomes, ReadOnlySpan<byte> rendered) => output.Write(rendered);

    protected override void Dispose(bool disposing) => output.Dispose();
}

/// <summary>CSV results (UTF-8 with a byte order mark, so that Excel opens the Chinese headers), the result columns.</summary>
internal sealed class CsvSink : ResultSink
{
    private readonly Stream _output;
    private readonly bool _zh;

    public CsvSink(Stream output, bool zh)
    {
        _output = output;
        _zh = zh;
        _output.Write([0xEF, 0xBB, 0xBF]);
        _output.Write(Encoding.UTF8.GetBytes(string.Join(',', ResultLabels.Columns.Select(c => zh ? c.Zh : c.En)) + "\r\n"));
    }

    public override bool RendersBytes => true;

    public override void Render(ReadOnlySpan<BatchOutcome> outcomes, ArrayBufferWriter<byte> into)
    {
        var line = new StringBuilder(256);
        foreach (ref readonly BatchOutcome o in outcomes)
        {
            if (o.Rejected is not null || o.Fatal != 0)
            {
                continue;
            }

            line.Clear();
            string?[] cells = Cells(o, _zh);
            for (int i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                Csv.Append(line, cells[i]);
            }

            line.Append("\r\n");
            int max = Encoding.UTF8.GetMaxByteCount(line.Length);
            Span<byte> span = into.GetSpan(max);
            int n = 0;
            foreach (ReadOnlyMemory<char> part in line.GetChunks())
            {
                n += Encoding.UTF8.GetBytes(part.Span, span[n..]);
            }

            into.Advance(n);
        }
    }

    /// <summary>The result cells of one household, as text, in <see cref="ResultLabels.Columns"/> order.</summary>
    public static string?[] Cells(in BatchOutcome o, bool zh) =>
    [
        o.Ref,
        o.Line.ToString(CultureInfo.InvariantCulture),
        ResultLabels.Category(o.Category, zh),
        o.Assessed ? (zh ? "是" : "true") : (zh ? "否" : "false"),
        o.PerHead is { } p ? ResultLabels.Money(p) : null,
        o.RelativePerHead is { } rp ? ResultLabels.Money(rp) : null,
        o.Assessed && o.DeepLimit is { } dl ? ResultLabels.Money(dl) : null,
        o.Assessed && o.RelativeLimit is { } rl ? ResultLabels.Money(rl) : null,
        o.DeepGap is { } dg ? ResultLabels.Money(dg) : null,
        o.RelativeGap is { } rg ? ResultLabels.Money(rg) : null,
        o.NearThreshold is { } n ? ResultLabels.Category(n, zh) : null,
        o.Exclusions is { } e && e != HardshipExclusions.None ? string.Join(zh ? "、" : "; ", ResultLabels.Exclusions(e, zh)) : null,
        o.FileStatus is { } s ? ResultLabels.Status(s, zh) : null,
        o.NextReview is { } r ? LocalDatePattern.Iso.Format(r) : null,
        o.Codes,
        o.Missing is { Count: > 0 } m ? string.Join("; ", m) : null,
    ];

    public override void Write(ReadOnlySpan<BatchOutcome> outcomes, ReadOnlySpan<byte> rendered) => _output.Write(rendered);

    protected override void Dispose(bool disposing) => _output.Dispose();
}

/// <summary>CSV quoting (RFC 4180): a cell with a comma, quote or line break is quoted, its quotes doubled.</summary>
internal static class Csv
{
    public static void Append(StringBuilder line, string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(cell);
            return;
        }

        line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public static string Line(IEnumerable<string?> cells)
    {
        var line = new StringBuilder();
        bool first = true;
        foreach (string? c in cells)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            Append(line, c);
        }

        return line.ToString();
    }
}

/// <summary>
/// An Excel workbook of results: the sheet 认定结果 (one row per household, the result columns; a further sheet past Excel's
/// 1,048,576 rows) and the sheet 汇总 (counts by category, and every household within 10 % of a threshold).
/// </summary>
internal sealed class XlsxSink : ResultSink
{
    private const int MaxRows = 1_048_576;
    private readonly Stream _output;
    private readonly Spreadsheet _book;
    private readonly bool _zh;
    private readonly DataCell[] _row = new DataCell[ResultLabels.Columns.Length];
    private int _rows;
    private int _sheets;

    public XlsxSink(Stream output, bool zh)
    {
        _output = output;
        _zh = zh;
        _book = Wait(Spreadsheet.CreateNewAsync(output));
        StartResults();
    }

    public override bool RendersBytes => false;

    private string ResultsName => _zh ? "认定结果" : "Results";

    private void StartResults()
    {
        _sheets++;
        Wait(_book.StartWorksheetAsync(_sheets == 1 ? ResultsName : $"{ResultsName} ({_sheets})"));
        Wait(_book.AddHeaderRowAsync([.. ResultLabels.Columns.Select(c => _zh ? c.Zh : c.En)]));
        _rows = 1;
    }

    public override void Write(ReadOnlySpan<BatchOutcome> outcomes, ReadOnlySpan<byte> rendered)
    {
        foreach (ref readonly BatchOutcome o in outcomes)
        {
            if (o.Rejected is not null || o.Fatal != 0)
            {
                continue;
            }

            if (_rows == MaxRows)
            {
                StartResults();
            }

            string?[] text = CsvSink.Cells(o, _zh);
            for (int i = 0; i < text.Length; i++)
            {
                _row[i] = i switch
                {
                    1 => new DataCell(o.Line),
                    4 => new DataCell(Round(o.PerHead)),
                    5 => new DataCell(Round(o.RelativePerHead)),
                    6 => new DataCell(o.Assessed ? Round(o.DeepLimit) : null),
                    7 => new DataCell(o.Assessed ? Round(o.RelativeLimit) : null),
                    8 => new DataCell(Round(o.DeepGap)),
                    9 => new DataCell(Round(o.RelativeGap)),
                    _ => new DataCell(text[i]),
                };
            }

            Wait(_book.AddRowAsync(_row));
            _rows++;
        }
    }

    private static decimal? Round(decimal? d) => d is { } v ? ResultLabels.RoundToFen(v) : null;

    public override void Finish(BatchSummary summary)
    {
        Wait(_book.StartWorksheetAsync(_zh ? "汇总" : "Summary"));
        Wait(_book.AddHeaderRowAsync(_zh ? ["项目", "户数"] : ["item", "households"]));
        (string, long)[] counts =
        [
            (_zh ? "深度困难" : "deep", summary.Counts[3]), (_zh ? "相对困难" : "relative", summary.Counts[2]),
            (_zh ? "意外致困" : "accident-induced", summary.Counts[1]), (_zh ? "不符合" : "none", summary.Counts[0]),
            (_zh ? "未能评估" : "not assessed", summary.Counts[4]), (_zh ? "拒收（格式错误）" : "rejected", summary.Rejected),
            (_zh ? "合计（输入行）" : "input rows", summary.Rows), (_zh ? "临界户（差距在标准的10%以内）" : "within 10 % of a threshold", summary.NearCount),
        ];
        foreach ((string item, long n) in counts)
        {
            Wait(_book.AddRowAsync([new DataCell(item), new DataCell(n)]));
        }

        Wait(_book.AddRowAsync(Array.Empty<DataCell>()));
        Wait(_book.AddHeaderRowAsync(_zh
            ? ["档案编号", "行号", "认定类别", "临界标准", "人均月收入", "标准", "高出标准"]
            : ["ref", "row", "category", "threshold", "perHeadMonthly", "limit", "gap"]));
        int rows = 11;
        foreach (string[] near in summary.Near())
        {
            if (rows == MaxRows)
            {
                break;
            }

            var category = (HardshipCategory)int.Parse(near[2], CultureInfo.InvariantCulture);
            var threshold = (HardshipCategory)int.Parse(near[3], CultureInfo.InvariantCulture);
            Wait(_book.AddRowAsync(
            [
                new DataCell(near[0].Length > 0 ? near[0] : null), new DataCell(long.Parse(near[1], CultureInfo.InvariantCulture)),
                new DataCell(ResultLabels.Category(category, _zh)), new DataCell(ResultLabels.Category(threshold, _zh)),
                new DataCell(decimal.Parse(near[4], CultureInfo.InvariantCulture)), new DataCell(decimal.Parse(near[5], CultureInfo.InvariantCulture)),
                new DataCell(decimal.Parse(near[6], CultureInfo.InvariantCulture)),
            ]));
            rows++;
        }

        Wait(_book.FinishAsync());
    }

    internal static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }

    internal static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        _book.Dispose();
        _output.Dispose();
    }
}

/// <summary>The rejects file beside the output: each rejected household with where it is and why (JSON Lines or CSV).</summary>
internal sealed class RejectsSink(string path, bool csv, bool zh) : IDisposable
{
    private StreamWriter? _writer;

    public string Path => path;

    public void Write(BatchRejection r)
    {
        if (_writer is null)
        {
            _writer = new StreamWriter(path, false, new UTF8Encoding(csv), 1 << 16);
            if (csv)
            {
                _writer.Write(Csv.Line(zh ? ["行号", "工作表", "列", "表头", "JSON 路径", "错误"] : ["row", "sheet", "column", "header", "path", "error"]) + "\r\n");
            }
        }

        if (csv)
        {
            _writer.Write(Csv.Line([r.Line.ToString(CultureInfo.InvariantCulture), r.Sheet, r.Column, r.Header, r.Path, r.Error]) + "\r\n");
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber(r.Sheet is null && r.Column is null ? "line" : "row", r.Line);
            if (r.Sheet is not null)
            {
                w.WriteString("sheet", r.Sheet);
            }

            if (r.Column is not null)
            {
                w.WriteString("column", r.Column);
                w.WriteString("header", r.Header);
            }

            if (r.Path is not null)
            {
                w.WriteString("path", r.Path);
            }

            w.WriteString("error", r.Error);
            w.WriteEndObject();
        }

        _writer.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public void Dispose() => _writer?.Dispose();
}
