using System.Text;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;

namespace Union.Cli.Batch;

/// <summary>
/// Writes an empty register (困难职工档案): the header row (Chinese), a notes row saying what each column means and its unit
/// (its first cell starts with 【, so the batch skips it), and in a workbook, data validation on the rows below: lists for
/// yes/no and every enumeration, dates from 1900 on, amounts and areas not negative, disability grade 1 to 4.
/// </summary>
internal static class RegisterTemplate
{
    /// <summary>The rows a workbook's validation covers (below the two header rows).</summary>
    public const int ValidatedRows = 100_000;

    /// <summary>The notes row's cells.</summary>
    public static string[] Notes => [.. RegisterLayout.Columns.Select((c, i) => i == 0 ? "【填写说明】" + c.Note : c.Note)];

    /// <summary>Writes the CSV template (UTF-8 with a byte order mark, so that Excel shows the Chinese headers).</summary>
    /// <param name="path">The file.</param>
    public static void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.Write(Csv.Line(RegisterLayout.Columns.Select(c => c.Chinese)) + "\r\n");
        writer.Write(Csv.Line(Notes) + "\r\n");
    }

    /// <summary>Writes the workbook template.</summary>
    /// <param name="path">The file.</param>
    public static void WriteXlsx(string path)
    {
        using FileStream file = File.Create(path);
        using Spreadsheet book = XlsxSink.Wait(Spreadsheet.CreateNewAsync(file));
        var options = new WorksheetOptions { FrozenRows = 2 };
        for (int i = 0; i < RegisterLayout.Columns.Length; i++)
        {
            options.Column(i + 1).Width = Math.Max(10, RegisterLayout.Columns[i].Chinese.Length * 2.4);
        }

        XlsxSink.Wait(book.StartWorksheetAsync(RegisterLayout.SheetName, options));
        StyleId bold = book.AddStyle(new Style { Font = { Bold = true } });
        StyleId note = book.AddStyle(new Style { Font = { Italic = true, Color = System.Drawing.Color.DimGray }, Alignment = { WrapText = true } });
        XlsxSink.Wait(book.AddHeaderRowAsync(RegisterLayout.Columns.Select(c => c.Chinese).ToArray(), bold));
        XlsxSink.Wait(book.AddRowAsync(Notes.Select(n => new StyledCell(n, note)).ToArray()));
        for (int i = 0; i < RegisterLayout.Columns.Length; i++)
        {
            RegisterColumn column = RegisterLayout.Columns[i];
            string letters = RegisterLayout.Letters(i);
            string range = $"{letters}3:{letters}{ValidatedRows + 2}";
            DataValidation? validation = column.Kind switch
            {
                ColumnKind.YesNo => DataValidation.ListValues(["是", "否"]),
                ColumnKind.Choice when column.Choices is { } choices => DataValidation.ListValues(choices.Select(c => c.Label).ToArray()),
                ColumnKind.Date => DataValidation.DateTimeBetween(new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new DateTime(2200, 12, 31, 0, 0, 0, DateTimeKind.Unspecified)),
                ColumnKind.Number => DataValidation.DecimalBetween(0, 1e12),
                ColumnKind.Integer when column.English == "disabilityGrade" => DataValidation.IntegerBetween(1, 4),
                ColumnKind.Integer => DataValidation.IntegerBetween(0, 1_000_000),
                _ => null,
            };
            if (validation is not null)
            {
                book.AddDataValidation(range, validation);
            }
        }

        XlsxSink.Wait(book.FinishAsync());
    }
}
