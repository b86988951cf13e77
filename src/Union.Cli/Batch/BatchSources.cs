using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Unicode;
using nietras.SeparatedValues;
using Union.Domain.Hardship;
using Union.Domain.Validation;

namespace Union.Cli.Batch;

/// <summary>The input formats of a batch, chosen by the file's extension.</summary>
internal enum BatchFormat
{
    /// <summary>JSON Lines: one application per line.</summary>
    Jsonl,

    /// <summary>CSV (UTF-8, a byte order mark allowed): the register's columns.</summary>
    Csv,

    /// <summary>An Excel workbook: the register on its first sheet.</summary>
    Xlsx,
}

/// <summary>Reads an input file into chunks of households, on one thread, in order.</summary>
internal abstract class BatchSource : IDisposable
{
    /// <summary>The households in one chunk at most.</summary>
    public const int ChunkHouseholds = 2048;

    /// <summary>The format of a path by its extension (.jsonl/.json/.ndjson, .csv, .xlsx); null for any other.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The format.</returns>
    public static BatchFormat? FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSONL" or ".NDJSON" or ".JSON" => BatchFormat.Jsonl,
        ".CSV" => BatchFormat.Csv,
        ".XLSX" => BatchFormat.Xlsx,
        _ => null,
    };

    /// <summary>Opens a source for a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Its format.</param>
    /// <param name="english">Whether messages are in English.</param>
    /// <returns>The source.</returns>
    public static BatchSource Open(string path, BatchFormat format, bool english) => format switch
    {
        BatchFormat.Csv => new CsvSource(path, english),
        BatchFormat.Xlsx => new XlsxSource(path, english),
        _ => new JsonlSource(path),
    };

    /// <summary>Gets how far the reader is, as a share from 0 to 1 (bytes read of the file, or rows of the sheet).</summary>
    public abstract double Share { get; }

    // Chunks a worker is done with, reused so that a million households do not allocate (and the system zero) a fresh
    // multi-megabyte buffer for every 2,048 of them.
    private readonly ConcurrentQueue<BatchChunk> _free = new();

    /// <summary>Gives back a chunk whose households are assessed, for the reader to fill again.</summary>
    /// <param name="chunk">The chunk.</param>
    public void Return(BatchChunk chunk)
    {
        if (_free.Count < 16)
        {
            chunk.Clear();
            _free.Enqueue(chunk);
        }
    }

    /// <summary>A chunk to fill: one given back, or a new one of <paramref name="bytes"/> bytes.</summary>
    protected BatchChunk Rent(int bytes) => _free.TryDequeue(out BatchChunk? chunk) ? chunk : new BatchChunk(ChunkHouseholds, bytes);

    /// <summary>Gets the household count when the file says it (a workbook's row count is an upper bound); null otherwise.</summary>
    public virtual long? Total => null;

    /// <summary>Gets notes about the file for standard error (columns ignored).</summary>
    public IList<string> Notes { get; } = [];

    /// <summary>Reads the next chunk; null at the end of the file.</summary>
    /// <returns>The chunk.</returns>
    /// <exception cref="BatchFileException">The file as a whole cannot be read.</exception>
    public abstract BatchChunk? Next();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the file.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected abstract void Dispose(bool disposing);
}

/// <summary>JSON Lines: each non-blank line is one household, copied as bytes.</summary>
internal sealed class JsonlSource(string path) : BatchSource
{
    private readonly ByteLineReader _reader = new(File.OpenRead(path), InputLimits.MaxDocumentBytes);
    private readonly long _length = new FileInfo(path).Length;

    /// <inheritdoc/>
    public override double Share => _length > 0 ? Math.Clamp((double)_reader.LineOffset / _length, 0, 1) : 1;

    /// <inheritdoc/>
    public override BatchChunk? Next()
    {
        BatchChunk chunk = Rent(1 << 22);
        while (!chunk.Full && _reader.TryReadLine(out ReadOnlySpan<byte> line))
        {
            if (!_reader.TooLong && line.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            ref BatchInput slot = ref chunk.Add(_reader.TooLong ? default : line);
            slot.Line = _reader.LineNumber;
            slot.Offset = _reader.LineOffset;
            slot.TooLong = _reader.TooLong;
        }

        chunk.Position = _reader.LineOffset;
        return chunk.Count > 0 ? chunk : null;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing) => _reader.Dispose();
}

/// <summary>A register's rows from any table (CSV or a sheet), grouped into households.</summary>
internal abstract class TabularSource(bool english) : BatchSource
{
    private RegisterReader? _register;
    private bool _done;

    /// <summary>Gets whether messages are in English.</summary>
    protected bool English { get; } = english;

    /// <summary>Gets the sheet's name, for a workbook.</summary>
    protected virtual string? Sheet => null;

    /// <summary>Gets the texts of short cells already read (是, 否, 本人, a date …), shared instead of allocated per cell.</summary>
    protected CellTexts Texts { get; } = new();

    /// <summary>Reads the next row.</summary>
    /// <param name="row">Its number, from 1.</param>
    /// <param name="cells">Its cells.</param>
    /// <returns>False at the end.</returns>
    protected abstract bool TryRow(out long row, out string?[] cells);

    /// <inheritdoc/>
    public override BatchChunk? Next()
    {
        if (_done)
        {
            return null;
        }

        BatchChunk chunk = Rent(1 << 21);
        while (!chunk.Full)
        {
            if (!TryRow(out long row, out string?[] cells))
            {
                _done = true;
                _register?.Flush(chunk);
                break;
            }

            if (_register is null)
            {
                if (RegisterReader.IsBlank(cells))
                {
                    continue;
                }

                _register = RegisterReader.Create(Sheet, cells, English);
                foreach (string unknown in _register.Unknown)
                {
                    Notes.Add(English ? $"column {unknown} is not a register column: ignored." : $"第 {unknown} 列不是档案的列：已忽略。");
                }

                continue;
            }

            if (RegisterReader.IsNotes(cells) || RegisterReader.IsBlank(cells))
            {
                continue;
            }

            _register.Add(row, cells, chunk);
        }

        return chunk.Count > 0 ? chunk : null;
    }
}

/// <summary>A CSV register: UTF-8 (a byte order mark allowed), comma-separated, quoted as RFC 4180; the first row is the header.</summary>
internal sealed class CsvSource : TabularSource
{
    private readonly Utf8CheckedStream _stream;
    private readonly SepReader _reader;
    private readonly IEnumerator<SepReader.Row> _rows;

    public CsvSource(string path, bool english)
        : base(english)
    {
        _stream = new Utf8CheckedStream(File.OpenRead(path), english);
        _reader = Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(_stream);
        _rows = ((IEnumerable<SepReader.Row>)_reader).GetEnumerator();
    }

    /// <inheritdoc/>
    public override double Share => _stream.Share;

    /// <inheritdoc/>
    protected override bool TryRow(out long row, out string?[] cells)
    {
        if (!_rows.MoveNext())
        {
            row = 0;
            cells = [];
            return false;
        }

        SepReader.Row r = _rows.Current;
        row = r.RowIndex + 1;
        cells = new string?[r.ColCount];
        for (int i = 0; i < cells.Length; i++)
        {
            ReadOnlySpan<char> span = r[i].Span;
            cells[i] = span.IsEmpty ? null : Texts.Get(span);
        }

        return true;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}

/// <summary>An Excel register: the sheet named 困难职工档案, else the first sheet; the first non-blank row is the header.</summary>
internal sealed class XlsxSource : TabularSource
{
    private readonly FileStream _file;
    private readonly XlsxRowReader _reader;
    private long _row;

    public XlsxSource(string path, bool english)
        : base(english)
    {
        _file = File.OpenRead(path);
        try
        {
            _reader = new XlsxRowReader(_file, RegisterLayout.SheetName);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or IOException)
        {
            _file.Dispose();
            throw new BatchFileException(english ? $"not an Excel workbook (.xlsx): {ex.Message}" : $"不是 Excel 工作簿（.xlsx）：{ex.Message}");
        }
    }

    /// <inheritdoc/>
    protected override string? Sheet => _reader.SheetName;

    /// <inheritdoc/>
    public override double Share => _reader.DeclaredRows > 0 ? Math.Clamp((double)_row / _reader.DeclaredRows, 0, 1) : 0;

    /// <inheritdoc/>
    public override long? Total => _reader.DeclaredRows > 0 ? _reader.DeclaredRows - 1 : null;

    /// <inheritdoc/>
    protected override bool TryRow(out long row, out string?[] cells)
    {
        try
        {
            bool more = _reader.TryRead(out row, out cells);
            _row = row;
            return more;
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException)
        {
            throw new BatchFileException(English ? $"the workbook cannot be read past row {_row}: {ex.Message}" : $"工作簿第 {_row} 行之后无法读取：{ex.Message}");
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        _reader.Dispose();
        _file.Dispose();
    }
}

/// <summary>
/// Passes a file's bytes through and stops at the first byte that is not UTF-8, with the library's message (its offset in the
/// file, its line, and a hint when the file looks like GBK). A byte order mark is passed on (the CSV reader drops it).
/// </summary>
internal sealed class Utf8CheckedStream(Stream inner, bool english) : Stream
{
    private readonly long _length = inner.CanSeek ? inner.Length : 0;
    private readonly byte[] _carry = new byte[4];
    private int _carried;
    private long _checked;
    private long _lines = 1;

    /// <summary>Gets the share of the file read.</summary>
    public double Share => _length > 0 ? Math.Clamp((double)_checked / _length, 0, 1) : 0;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _checked; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        Check(buffer[..read], read == 0);
        return read;
    }

    private void Check(ReadOnlySpan<byte> bytes, bool end)
    {
        // The bytes carried from the last read (an incomplete sequence) and the new ones, checked as one run.
        byte[] run = new byte[_carried + bytes.Length];
        _carry.AsSpan(0, _carried).CopyTo(run);
        bytes.CopyTo(run.AsSpan(_carried));
        long runStart = _checked - _carried;
        int complete = run.Length;
        if (!end)
        {
            // Leave an incomplete sequence at the end for the next read.
            int back = 0;
            while (back < Math.Min(3, run.Length) && (run[run.Length - 1 - back] & 0xC0) == 0x80)
            {
                back++;
            }

            if (back < run.Length && run[run.Length - 1 - back] >= 0xC0)
            {
                complete = run.Length - 1 - back;
            }
        }

        ReadOnlySpan<byte> body = run.AsSpan(0, complete);
        if (!Utf8.IsValid(body))
        {
            Fail(run, complete, runStart);
        }

        _lines += body.Count((byte)'\n');
        _carried = run.Length - complete;
        run.AsSpan(complete).CopyTo(_carry);
        _checked = runStart + run.Length;
    }

    private void Fail(byte[] run, int complete, long runStart)
    {
        int at = 0;
        ReadOnlySpan<byte> body = run.AsSpan(0, complete);
        while (at < body.Length && System.Text.Rune.DecodeFromUtf8(body[at..], out _, out int used) == System.Buffers.OperationStatus.Done)
        {
            at += used;
        }

        long line = _lines + body[..at].Count((byte)'\n');
        // The library's reader decides between "not UTF-8" and "looks like GBK" and words the message.
        int start = body[..at].LastIndexOf((byte)'\n') + 1;
        DocumentResult<HardshipApplication> probe = HardshipApplicationJson.Read(body[start..]);
        ValidationIssue issue = probe.Issues.FirstOrDefault(i => i.Key is { } k && k.StartsWith("encoding.", StringComparison.Ordinal))
            ?? ValidationIssue.Create("$", "encoding.invalidUtf8", null);
        string key = issue.Key ?? "encoding.invalidUtf8";
        ValidationIssue placed = ValidationIssue.Create("$", key, InputMessages.Arguments(
            ("byte", body[at].ToString("X2", CultureInfo.InvariantCulture)), ("offset", runStart + at), ("line", line)));
        throw new BatchFileException(placed.Render(english ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("zh-Hans")));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// The texts of a table's short cells, each kept once: a register repeats the same few values (是, 否, 本人, 未在读, the
/// application date) in every household, and a string per cell is most of what reading a million households allocates. Used
/// by the one thread that reads the table; the strings handed out are immutable and shared freely.
/// </summary>
internal sealed class CellTexts
{
    /// <summary>The longest cell kept (a date is 10 characters).</summary>
    public const int MaxLength = 12;

    /// <summary>The most texts kept; beyond it, a new text is allocated and not kept.</summary>
    public const int Capacity = 8192;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Initializes an empty set.</summary>
    public CellTexts() => _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the number of texts kept.</summary>
    public int Count => _texts.Count;

    /// <summary>The text of a cell: the one kept when the same text was read before, else a new string (kept when short).</summary>
    /// <param name="cell">The cell's characters.</param>
    /// <returns>The text, equal to <paramref name="cell"/>.</returns>
    public string Get(ReadOnlySpan<char> cell)
    {
        if (cell.Length > MaxLength)
        {
            return cell.ToString();
        }

        if (_lookup.TryGetValue(cell, out string? kept))
        {
            return kept;
        }

        string text = cell.ToString();
        if (_texts.Count < Capacity)
        {
            _texts.Add(text, text);
        }

        return text;
    }
}
