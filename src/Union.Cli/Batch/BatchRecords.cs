using NodaTime;
using Union.Domain.Hardship;
using Union.Rules.Hardship;

namespace Union.Cli.Batch;

/// <summary>Where a household came from in a spreadsheet or CSV file, and which cell each JSON path was read from.</summary>
/// <param name="Sheet">The sheet's name (a workbook), or <see langword="null"/> for a CSV file.</param>
/// <param name="FirstRow">The household's first row, from 1 as the spreadsheet numbers it.</param>
/// <param name="Ref">The file number (档案编号), when given.</param>
/// <param name="Cells">Each JSON path written and the cell it came from: the row and the 0-based column in the file.</param>
/// <param name="Headers">The file's header cells, by 0-based column.</param>
internal sealed record TabularOrigin(string? Sheet, long FirstRow, string? Ref, IReadOnlyList<(string Path, long Row, int Column)> Cells, IReadOnlyList<string> Headers)
{
    /// <summary>Finds the cell a JSON path was read from: the same path, else its longest written parent or child, else the first row.</summary>
    /// <param name="path">The JSON path of an issue.</param>
    /// <returns>The row and column (-1 when no cell is known).</returns>
    public (long Row, int Column) CellOf(string path)
    {
        (long Row, int Column) best = (FirstRow, -1);
        int bestLength = -1;
        foreach ((string p, long row, int column) in Cells)
        {
            if (string.Equals(p, path, StringComparison.OrdinalIgnoreCase))
            {
                return (row, column);
            }

            if (path.StartsWith(p, StringComparison.OrdinalIgnoreCase) && p.Length > bestLength)
            {
                best = (row, column);
                bestLength = p.Length;
            }
            else if (bestLength < 0 && p.StartsWith(path, StringComparison.OrdinalIgnoreCase))
            {
                best = (row, column);
                bestLength = 0;
            }
        }

        return best;
    }
}

/// <summary>One household read from the input: its JSON bytes in the chunk's buffer and where it came from.</summary>
internal struct BatchInput
{
    /// <summary>The JSON Lines line number, or the spreadsheet's first row of the household.</summary>
    public long Line;

    /// <summary>The byte offset of the line in the file (JSON Lines).</summary>
    public long Offset;

    /// <summary>Where the JSON starts in the chunk's buffer.</summary>
    public int Start;

    /// <summary>The JSON's length in bytes.</summary>
    public int Length;

    /// <summary>Whether the line was longer than the reader's limit (its bytes are not given).</summary>
    public bool TooLong;

    /// <summary>The spreadsheet origin, for a household read from rows.</summary>
    public TabularOrigin? Origin;

    /// <summary>A problem found while the rows were read (before any JSON), e.g. a continuation row with no household above.</summary>
    public string? ReadError;

    /// <summary>The register the rows come from (a spreadsheet or CSV household, whose JSON a worker builds).</summary>
    public RegisterReader? Register;

    /// <summary>The household's rows (a spreadsheet or CSV household).</summary>
    public List<(long Row, string?[] Cells)>? Rows;
}

/// <summary>A run of households handed to one worker: the bytes and the households, in input order.</summary>
internal sealed class BatchChunk
{
    public BatchChunk(int capacity, int bytes)
    {
        Inputs = new BatchInput[capacity];
        Buffer = new byte[bytes];
    }

    /// <summary>Gets the households.</summary>
    public BatchInput[] Inputs { get; private set; }

    /// <summary>Gets the JSON bytes of every household.</summary>
    public byte[] Buffer { get; private set; }

    /// <summary>Gets or sets how many households are in the chunk.</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets how many bytes of <see cref="Buffer"/> are used.</summary>
    public int Used { get; set; }

    /// <summary>Gets or sets the byte offset the reader had reached after this chunk (for the progress line).</summary>
    public long Position { get; set; }

    /// <summary>Gets whether the chunk is full.</summary>
    public bool Full => Count == Inputs.Length || Used > Buffer.Length - (Buffer.Length / 8);

    /// <summary>Empties the chunk for reuse, keeping its buffers; the households it held are let go.</summary>
    public void Clear()
    {
        Array.Clear(Inputs, 0, Count);
        Count = 0;
        Used = 0;
        Position = 0;
    }

    /// <summary>Adds a household's bytes and returns its slot.</summary>
    /// <param name="json">The JSON bytes.</param>
    /// <returns>The slot, to fill in the origin.</returns>
    public ref BatchInput Add(ReadOnlySpan<byte> json)
    {
        if (Used + json.Length > Buffer.Length)
        {
            byte[] bigger = new byte[Math.Max(Buffer.Length * 2, Used + json.Length)];
            Buffer.AsSpan(0, Used).CopyTo(bigger);
            Buffer = bigger;
        }

        json.CopyTo(Buffer.AsSpan(Used));
        ref BatchInput slot = ref Inputs[Count++];
        slot = new BatchInput { Start = Used, Length = json.Length };
        Used += json.Length;
        return ref slot;
    }
}

/// <summary>Where a rejected household is in the input, and why it was rejected.</summary>
/// <param name="Line">The JSON Lines line, or the spreadsheet row of the first problem.</param>
/// <param name="Sheet">The sheet (a workbook).</param>
/// <param name="Column">The column letters (a spreadsheet or CSV file).</param>
/// <param name="Header">The column's header (a spreadsheet or CSV file).</param>
/// <param name="Path">The JSON path of the first problem.</param>
/// <param name="Error">Every problem, each placed.</param>
internal sealed record BatchRejection(long Line, string? Sheet, string? Column, string? Header, string? Path, string Error);

/// <summary>What the batch found for one household: a result, a rejection, or a problem that stops the batch.</summary>
internal struct BatchOutcome
{
    /// <summary>The JSON Lines line, or the household's first row.</summary>
    public long Line;

    /// <summary>The file number (档案编号), when the spreadsheet gave one.</summary>
    public string? Ref;

    /// <summary>The sheet, for a workbook.</summary>
    public string? Sheet;

    /// <summary>Why the household was rejected, when it was.</summary>
    public BatchRejection? Rejected;

    /// <summary>An exit code that stops the batch (a household with no region and no <c>--region</c>); 0 otherwise.</summary>
    public int Fatal;

    public HardshipCategory Category;
    public bool Assessed;
    public decimal? PerHead;
    public decimal? RelativePerHead;
    public decimal? DeepLimit;
    public decimal? RelativeLimit;
    public HardshipExclusions? Exclusions;
    public FileStatus? FileStatus;
    public LocalDate? NextReview;

    /// <summary>The codes that decided, each with its citation (full assessment only).</summary>
    public string? Codes;

    /// <summary>What a household not assessed lacked.</summary>
    public IReadOnlyList<string>? Missing;

    /// <summary>Gets the deep test's gap: per-head income above the deep limit (positive: how far above; only when assessed).</summary>
    public readonly decimal? DeepGap => Assessed && PerHead is { } p && DeepLimit is { } l ? ResultLabels.RoundToFen(p) - l : null;

    /// <summary>Gets the relative test's gap: per-head income above the relative limit.</summary>
    public readonly decimal? RelativeGap => Assessed && RelativePerHead is { } p && RelativeLimit is { } l ? ResultLabels.RoundToFen(p) - l : null;

    /// <summary>
    /// Gets the threshold the household missed by at most 10 % of it (the near misses a federation follows up): the deep limit
    /// for a household not in deep hardship, the relative limit for one in no income category; <see langword="null"/> otherwise.
    /// </summary>
    public readonly HardshipCategory? NearThreshold
    {
        get
        {
            if (!Assessed || Rejected is not null)
            {
                return null;
            }

            if (Category != HardshipCategory.Deep && DeepGap is { } d && d > 0 && DeepLimit is { } dl && d <= dl / 10m)
            {
                return HardshipCategory.Deep;
            }

            if (Category is HardshipCategory.None or HardshipCategory.AccidentInduced && RelativeGap is { } r && r > 0 && RelativeLimit is { } rl && r <= rl / 10m)
            {
                return HardshipCategory.Relative;
            }

            return null;
        }
    }
}
