using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Union.Cli.Batch;

/// <summary>
/// Reads the rows of one sheet of an Excel workbook (.xlsx, Office Open XML) as text, streaming: the sheet's XML is read
/// row by row from the zip, so memory holds the shared strings and one row. Numbers are given as written (a date as its
/// serial number), booleans as true/false. Written on <see cref="ZipArchive"/> and <see cref="XmlReader"/> so that the tool
/// publishes with Native AOT without warnings.
/// </summary>
internal sealed class XlsxRowReader : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly ZipArchive _zip;
    private readonly List<string> _shared = [];
    private readonly Stream _sheetStream;
    private readonly XmlReader _xml;

    /// <summary>Opens a workbook at the sheet named <paramref name="preferred"/>, else at its first sheet.</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="preferred">The sheet wanted.</param>
    /// <exception cref="InvalidDataException">The file is not a workbook.</exception>
    public XlsxRowReader(Stream stream, string? preferred)
    {
        _zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var sheets = new List<(string Name, string Id)>();
        using (XmlReader wb = Open("xl/workbook.xml"))
        {
            while (wb.Read())
            {
                if (wb.NodeType == XmlNodeType.Element && wb.LocalName == "sheet")
                {
                    sheets.Add((wb.GetAttribute("name") ?? string.Empty, wb.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships") ?? string.Empty));
                }
            }
        }

        if (sheets.Count == 0)
        {
            throw new InvalidDataException("the workbook has no sheet");
        }

        (string name, string id) = sheets.FirstOrDefault(s => s.Name == preferred) is { Name: not null } p && p.Name == preferred ? p : sheets[0];
        string target = "worksheets/sheet1.xml";
        using (XmlReader rels = Open("xl/_rels/workbook.xml.rels"))
        {
            while (rels.Read())
            {
                if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == id)
                {
                    target = rels.GetAttribute("Target") ?? target;
                }
            }
        }

        SheetName = name;
        if (_zip.GetEntry("xl/sharedStrings.xml") is not null)
        {
            using XmlReader ss = Open("xl/sharedStrings.xml");
            while (ss.Read())
            {
                if (ss.NodeType == XmlNodeType.Element && ss.LocalName == "si")
                {
                    _shared.Add(Text(ss));
                }
            }
        }

        string path = target.StartsWith('/') ? target[1..] : "xl/" + target;
        ZipArchiveEntry entry = _zip.GetEntry(path) ?? throw new InvalidDataException($"the workbook has no part {path}");
        _sheetStream = entry.Open();
        _xml = XmlReader.Create(_sheetStream, Settings);
    }

    private static XmlReaderSettings Settings => new() { IgnoreComments = true, IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Gets the sheet's name.</summary>
    public string SheetName { get; }

    /// <summary>Gets the rows the sheet's dimension declares (0 when it declares none).</summary>
    public long DeclaredRows { get; private set; }

    /// <summary>Reads the next row that has cells.</summary>
    /// <param name="row">Its number, from 1.</param>
    /// <param name="cells">Its cells by 0-based column (an empty cell is null).</param>
    /// <returns>False at the end of the sheet.</returns>
    public bool TryRead(out long row, out string?[] cells)
    {
        row = 0;
        cells = [];
        while (_xml.Read())
        {
            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (_xml.LocalName == "dimension" && _xml.GetAttribute("ref") is { } dimension)
            {
                DeclaredRows = RowOf(dimension[(dimension.IndexOf(':', StringComparison.Ordinal) + 1)..]);
                continue;
            }

            if (_xml.LocalName != "row")
            {
                continue;
            }

            row = long.TryParse(_xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out long r) ? r : row + 1;
            var values = new List<string?>();
            if (_xml.IsEmptyElement)
            {
                cells = [];
                return true;
            }

            int depth = _xml.Depth;
            while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
            {
                if (_xml.NodeType != XmlNodeType.Element || _xml.LocalName != "c")
                {
                    continue;
                }

                int column = ColumnOf(_xml.GetAttribute("r"), values.Count);
                string? type = _xml.GetAttribute("t");
                string? value = Cell(type);
                while (values.Count <= column)
                {
                    values.Add(null);
                }

                values[column] = string.IsNullOrEmpty(value) ? null : value;
            }

            cells = [.. values];
            return true;
        }

        return false;
    }

    private string? Cell(string? type)
    {
        if (_xml.IsEmptyElement)
        {
            return null;
        }

        int depth = _xml.Depth;
        string? raw = null;
        while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (_xml.LocalName == "v")
            {
                raw = _xml.ReadElementContentAsString();
                if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
                {
                    break;
                }
            }
            else if (_xml.LocalName == "is")
            {
                raw = Text(_xml);
            }
        }

        return type switch
        {
            "s" when int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < _shared.Count => _shared[i],
            "b" => raw == "1" ? "true" : "false",
            _ => raw,
        };
    }

    /// <summary>The text of a rich or plain string element (si, is): every t inside it, phonetic runs left out.</summary>
    private static string Text(XmlReader x)
    {
        if (x.IsEmptyElement)
        {
            return string.Empty;
        }

        int depth = x.Depth;
        var text = new System.Text.StringBuilder();
        bool phonetic = false;
        while (x.Read() && !(x.NodeType == XmlNodeType.EndElement && x.Depth == depth))
        {
            if (x.NodeType == XmlNodeType.Element && x.LocalName == "rPh")
            {
                phonetic = !x.IsEmptyElement;
            }
            else if (x.NodeType == XmlNodeType.EndElement && x.LocalName == "rPh")
            {
                phonetic = false;
            }
            else if (x.NodeType == XmlNodeType.Element && x.LocalName == "t" && !phonetic && !x.IsEmptyElement)
            {
                text.Append(x.ReadElementContentAsString());
                if (x.NodeType == XmlNodeType.EndElement && x.Depth == depth)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    private static int ColumnOf(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }

        int column = 0;
        foreach (char c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column > 0 ? column - 1 : next;
    }

    private static long RowOf(string reference)
    {
        int digits = reference.AsSpan().IndexOfAnyInRange('0', '9');
        return digits >= 0 && long.TryParse(reference.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out long r) ? r : 0;
    }

    private XmlReader Open(string part)
    {
        ZipArchiveEntry entry = _zip.GetEntry(part) ?? throw new InvalidDataException($"not an Excel workbook: no part {part}");
        return XmlReader.Create(entry.Open(), Settings);
    }

    /// <summary>Whether an element is in the spreadsheet namespace (kept for readers of other parts).</summary>
    internal static bool InMain(XmlReader x) => x.NamespaceURI == Main;

    public void Dispose()
    {
        _xml.Dispose();
        _sheetStream.Dispose();
        _zip.Dispose();
    }
}
