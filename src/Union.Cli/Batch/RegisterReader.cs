using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Union.Cli.Batch;

/// <summary>A problem with a whole input file (not one household): the batch stops and reports it.</summary>
internal sealed class BatchFileException(string message) : Exception(message);

/// <summary>
/// Turns the rows of a register (困难职工档案, see <see cref="RegisterLayout"/>) into one JSON application per household, so that
/// every household is read and checked by the library's own reader and every problem it finds is placed back in its cell.
/// </summary>
internal sealed class RegisterReader
{
    private readonly string? _sheet;
    private readonly int[] _fileColumn;
    private readonly string[] _headers;
        private readonly List<(long Row, string?[] Cells)> _rows = [];
    private readonly bool _english;

    private RegisterReader(string? sheet, int[] fileColumn, string[] headers, bool english)
    {
        _sheet = sheet;
        _fileColumn = fileColumn;
        _headers = headers;
        _english = english;
    }

    /// <summary>Gets the columns of the file that are not register columns (reported once, then ignored).</summary>
    public IReadOnlyList<string> Unknown { get; private init; } = [];

    /// <summary>Reads the header row: every register column found by its Chinese header or English alias.</summary>
    /// <param name="sheet">The sheet's name (a workbook), or <see langword="null"/>.</param>
    /// <param name="headers">The header cells.</param>
    /// <param name="english">Whether messages are in English.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="BatchFileException">A header names one column twice, or the application date column is missing.</exception>
    public static RegisterReader Create(string? sheet, string?[] headers, bool english)
    {
        int[] map = new int[RegisterLayout.Columns.Length];
        Array.Fill(map, -1);
        var unknown = new List<string>();
        for (int c = 0; c < headers.Length; c++)
        {
            if (string.IsNullOrWhiteSpace(headers[c]))
            {
                continue;
            }

            int k = RegisterLayout.Find(headers[c]);
            if (k < 0)
            {
                unknown.Add($"{RegisterLayout.Letters(c)} ({headers[c]})");
                continue;
            }

            if (map[k] >= 0)
            {
                throw new BatchFileException(english
                    ? $"columns {RegisterLayout.Letters(map[k])} and {RegisterLayout.Letters(c)} are both '{RegisterLayout.Columns[k].Chinese}' ({RegisterLayout.Columns[k].English})."
                    : $"第 {RegisterLayout.Letters(map[k])} 列和第 {RegisterLayout.Letters(c)} 列都是“{RegisterLayout.Columns[k].Chinese}”。");
            }

            map[k] = c;
        }

        if (map[RegisterLayout.DateColumn] < 0)
        {
            throw new BatchFileException(english
                ? "the header row has no '申请日期' (applicationDate) column: the first row must name the register's columns (see `union hardship template`)."
                : "表头没有“申请日期”列：第一行须为档案的列名（见 union hardship template）。");
        }

        return new RegisterReader(sheet, map, [.. headers.Select(h => h ?? string.Empty)], english) { Unknown = unknown };
    }

    /// <summary>Whether a row is the template's notes row (its first cell starts with 【), which is not a household.</summary>
    /// <param name="cells">The row.</param>
    /// <returns>Whether to skip it.</returns>
    public static bool IsNotes(string?[] cells) => cells.Length > 0 && cells[0] is { } first && first.TrimStart().StartsWith('【');

    /// <summary>Whether a row is blank.</summary>
    /// <param name="cells">The row.</param>
    /// <returns>Whether every cell is empty.</returns>
    public static bool IsBlank(string?[] cells) => cells.All(string.IsNullOrWhiteSpace);

    /// <summary>Whether the reader holds rows of a household not yet handed out.</summary>
    public bool Pending => _rows.Count > 0;

    /// <summary>Adds a row; when it starts a household, the household before it is complete and is written to the chunk first.</summary>
    /// <param name="row">The row's number, from 1.</param>
    /// <param name="cells">The row's cells (the array is kept).</param>
    /// <param name="chunk">Where a complete household goes.</param>
    /// <returns>Whether a household was written.</returns>
    public bool Add(long row, string?[] cells, BatchChunk chunk)
    {
        bool starts = !string.IsNullOrWhiteSpace(Cell(cells, RegisterLayout.DateColumn))
            || (Cell(cells, RegisterLayout.RefColumn) is { Length: > 0 } r && _rows.Count > 0 && !string.Equals(r, Cell(_rows[0].Cells, RegisterLayout.RefColumn), StringComparison.Ordinal));
        bool wrote = false;
        if (starts && _rows.Count > 0)
        {
            Flush(chunk);
            wrote = true;
        }

        _rows.Add((row, cells));
        return wrote;
    }

    /// <summary>Hands the household being read (its rows) to the chunk; a worker builds its JSON with <see cref="Build"/>.</summary>
    /// <param name="chunk">The chunk.</param>
    public void Flush(BatchChunk chunk)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        ref BatchInput slot = ref chunk.Add(default);
        slot.Line = _rows[0].Row;
        slot.Register = this;
        slot.Rows = [.. _rows];
        _rows.Clear();
    }

    /// <summary>
    /// Builds a household's JSON from its rows (thread-safe: reads only the header's layout). With <paramref name="cells"/>, also
    /// notes the cell each JSON path came from, to place the library's issues (done again only for a household rejected).
    /// </summary>
    /// <param name="rows">The household's rows.</param>
    /// <param name="json">Where the JSON goes.</param>
    /// <param name="cells">The cell of each path, when wanted.</param>
    /// <param name="readError">A problem with the rows themselves (a continuation row with no household above).</param>
    /// <returns>The household's origin.</returns>
    public TabularOrigin Build(IReadOnlyList<(long Row, string?[] Cells)> rows, ArrayBufferWriter<byte> json, List<(string, long, int)>? cells, out string? readError)
    {
        string?[] first = rows[0].Cells;
        string? reference = Cell(first, _fileColumn[RegisterLayout.RefColumn]);
        json.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(json))
        {
            w.WriteStartObject();
            WriteHousehold(w, rows, cells);
            WriteList(w, rows, cells, "members", Union.Cli.Batch.ColumnGroup.Member, "$.members");
            WriteList(w, rows, cells, "incomes", Union.Cli.Batch.ColumnGroup.Income, "$.incomes");
            WriteList(w, rows, cells, "expenditures", Union.Cli.Batch.ColumnGroup.Expenditure, "$.expenditures");
            WriteList(w, rows, cells, "accidents", Union.Cli.Batch.ColumnGroup.Accident, "$.accidents");
            w.WriteEndObject();
        }

        readError = string.IsNullOrWhiteSpace(Cell(first, _fileColumn[RegisterLayout.DateColumn]))
            ? (_english
                ? $"{Where(rows[0].Row, RegisterLayout.DateColumn)}: the row continues no household (no 申请日期 above it) and starts none (its 申请日期 is empty)."
                : $"{Where(rows[0].Row, RegisterLayout.DateColumn)}：此行上方没有申请日期开始的家庭，本行的申请日期也为空。")
            : null;
        return new TabularOrigin(_sheet, rows[0].Row, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), (IReadOnlyList<(string, long, int)>?)cells ?? [], _headers);
    }

    /// <summary>Places a row and a register column: <c>sheet 困难职工档案, row 12, column E (出生日期)</c>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The register column.</param>
    /// <returns>The place.</returns>
    private string Where(long row, int column)
    {
        int c = _fileColumn[column];
        return Place(_sheet, row, c, c >= 0 ? _headers[c] : RegisterLayout.Columns[column].Chinese, _english);
    }

    /// <summary>Places a cell in words.</summary>
    /// <param name="sheet">The sheet, or <see langword="null"/> for a CSV file.</param>
    /// <param name="row">The row, from 1.</param>
    /// <param name="column">The 0-based column, or -1.</param>
    /// <param name="header">The column's header.</param>
    /// <param name="english">Whether in English.</param>
    /// <returns>The place.</returns>
    public static string Place(string? sheet, long row, int column, string? header, bool english)
    {
        string col = column >= 0 ? RegisterLayout.Letters(column) : "?";
        return english
            ? (sheet is null ? string.Empty : $"sheet {sheet}, ") + string.Create(CultureInfo.InvariantCulture, $"row {row}") + (column >= 0 ? $", column {col} ({header})" : string.Empty)
            : (sheet is null ? string.Empty : $"工作表 {sheet} ") + string.Create(CultureInfo.InvariantCulture, $"第 {row} 行") + (column >= 0 ? $" {col} 列（{header}）" : string.Empty);
    }

    private static string? Cell(string?[] cells, int fileColumn) => fileColumn >= 0 && fileColumn < cells.Length ? cells[fileColumn]?.Trim() : null;

    private string? Cell(string?[] cells, int registerColumn, bool register) => register ? Cell(cells, _fileColumn[registerColumn]) : null;

    private void WriteHousehold(Utf8JsonWriter w, IReadOnlyList<(long Row, string?[] Cells)> rows, List<(string, long, int)>? cells)
    {
        long row = rows[0].Row;
        string?[] first = rows[0].Cells;
        foreach (string obj in new[] { string.Empty, "applicant", "assets", "conduct", "existingFile" })
        {
            bool open = false;
            for (int k = 1; k < RegisterLayout.Columns.Length; k++)
            {
                RegisterColumn col = RegisterLayout.Columns[k];
                if (col.Group != Union.Cli.Batch.ColumnGroup.Household)
                {
                    continue;
                }

                int dot = col.Json.IndexOf('.', StringComparison.Ordinal);
                string owner = dot < 0 ? string.Empty : col.Json[..dot];
                if (owner != obj || Cell(first, k, register: true) is not { Length: > 0 } value)
                {
                    continue;
                }

                if (obj.Length > 0 && !open)
                {
                    w.WritePropertyName(obj);
                    w.WriteStartObject();
                    open = true;
                }

                string name = dot < 0 ? col.Json : col.Json[(dot + 1)..];
                w.WritePropertyName(name);
                WriteValue(w, col, value);
                cells?.Add((obj.Length > 0 ? $"$.{obj}.{name}" : $"$.{name}", row, _fileColumn[k]));
            }

            if (obj == "assets")
            {
                open = WriteAssets(w, rows, cells, open);
            }

            if (open)
            {
                w.WriteEndObject();
            }
        }
    }

    private bool WriteAssets(Utf8JsonWriter w, IReadOnlyList<(long Row, string?[] Cells)> rows, List<(string, long, int)>? cells, bool open)
    {
        (ColumnGroup Group, string Name)[] lists =
        [
            (Union.Cli.Batch.ColumnGroup.Home, "homes"), (Union.Cli.Batch.ColumnGroup.Vehicle, "vehicles"), (Union.Cli.Batch.ColumnGroup.Business, "businesses"),
            (Union.Cli.Batch.ColumnGroup.Shareholding, "shareholdings"), (Union.Cli.Batch.ColumnGroup.PrivateSchool, "privateSchools"),
        ];
        foreach ((ColumnGroup group, string name) in lists)
        {
            if (!AnyHasGroup(rows, group))
            {
                continue;
            }

            if (!open)
            {
                w.WritePropertyName("assets");
                w.WriteStartObject();
                open = true;
            }

            WriteList(w, rows, cells, name, group, "$.assets." + name);
        }

        return open;
    }

    private bool AnyHasGroup(IReadOnlyList<(long Row, string?[] Cells)> rows, ColumnGroup group)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            if (HasGroup(rows[i].Cells, group))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasGroup(string?[] cells, ColumnGroup group)
    {
        foreach (int k in RegisterLayout.GroupColumns[(int)group])
        {
            if (!string.IsNullOrWhiteSpace(Cell(cells, k, register: true)))
            {
                return true;
            }
        }

        return false;
    }

    private void WriteList(Utf8JsonWriter w, IReadOnlyList<(long Row, string?[] Cells)> rows, List<(string, long, int)>? cells, string name, ColumnGroup group, string path)
    {
        int index = 0;
        bool open = false;
        foreach ((long row, string?[] rowCells) in rows)
        {
            if (!HasGroup(rowCells, group))
            {
                continue;
            }

            if (!open)
            {
                w.WritePropertyName(name);
                w.WriteStartArray();
                open = true;
            }

            string? item = cells is null ? null : string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            w.WriteStartObject();
            bool placed = false;
            foreach (int k in RegisterLayout.GroupColumns[(int)group])
            {
                RegisterColumn col = RegisterLayout.Columns[k];
                if (Cell(rowCells, k, register: true) is not { Length: > 0 } value)
                {
                    continue;
                }

                if (!placed)
                {
                    cells?.Add((item!, row, _fileColumn[k]));
                    placed = true;
                }

                w.WritePropertyName(col.Json);
                WriteValue(w, col, value);
                cells?.Add((item + "." + col.Json, row, _fileColumn[k]));
            }

            w.WriteEndObject();
            index++;
        }

        if (open)
        {
            w.WriteEndArray();
        }
    }

    /// <summary>Writes a cell as the JSON value its column takes; a cell that is not such a value is written as text, so the library's reader reports it.</summary>
    private static void WriteValue(Utf8JsonWriter w, RegisterColumn column, string cell)
    {
        switch (column.Kind)
        {
            case ColumnKind.Date:
                w.WriteStringValue(Dates.Normalise(cell));
                return;
            case ColumnKind.YesNo when RegisterLayout.YesNo(cell) is { } b:
                w.WriteBooleanValue(b);
                return;
            case ColumnKind.Number or ColumnKind.Integer when decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal d):
                w.WriteNumberValue(d);
                return;
            case ColumnKind.Choice when column.Choices is { } choices && RegisterLayout.Choice(choices, cell) is { } json:
                if (json is "true" or "false")
                {
                    w.WriteBooleanValue(json == "true");
                }
                else
                {
                    w.WriteStringValue(json);
                }

                return;
            default:
                w.WriteStringValue(cell);
                return;
        }
    }
}

/// <summary>Dates as cadres write them: 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日, or an Excel date.</summary>
internal static class Dates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"];

    /// <summary>Writes a date cell as yyyy-MM-dd when it is a date in one of the accepted forms; otherwise returns it unchanged.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The ISO date, or the cell.</returns>
    public static string Normalise(string cell) =>
        cell.Length == 10 && cell[4] == '-' && cell[7] == '-' ? cell
        : DateTime.TryParseExact(cell, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : double.TryParse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double serial) && serial is >= 1 and < 2958466
            ? DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) // an Excel date serial in a cell not formatted as a date
        : cell;
}
