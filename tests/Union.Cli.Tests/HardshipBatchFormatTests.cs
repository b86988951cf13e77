using System.Text;
using System.Text.RegularExpressions;
using Union.Cli.Batch;
using Union.Cli.Commands;
using Union.Domain.Serialization;
using Union.Rules.Hardship;

namespace Union.Cli.Tests;

/// <summary>The batch over each format: JSON Lines, CSV and Excel in and out, rejections placed and counted, order kept.</summary>
public class HardshipBatchFormatTests
{
    private static string Dir() => Path.GetDirectoryName(CliRunner.TempFile(string.Empty, "x.txt"))!;

    private static string Households(string dir, int n, string ext)
    {
        string path = Path.Combine(dir, "households." + ext);
        var (code, _, error) = CliRunner.Run("hardship", "households", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", path);
        Assert.True(code == 0, error);
        return path;
    }

    /// <summary>The category and per-head income of each result line, in order (the comparable part of any output format).</summary>
    private static List<string> Decisions(string resultPath)
    {
        if (resultPath.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            return [.. File.ReadAllLines(resultPath).Select(l => Regex.Match(l, "\"category\":\"[^\"]+\",\"assessed\":[a-z]+(,\"perHeadMonthly\":([-0-9.]+))?")).Select(Normal)];
        }

        IEnumerable<string[]> rows = resultPath.EndsWith(".csv", StringComparison.Ordinal)
            ? File.ReadAllLines(resultPath).Skip(1).Select(l => l.Split(','))
            : XlsxRows(resultPath, "Results").Skip(1);
        return [.. rows.Select(r => $"\"category\":\"{r[2]}\",\"assessed\":{r[3]}" + (string.IsNullOrEmpty(r[4]) ? string.Empty : $",\"perHeadMonthly\":{decimal.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"))];
    }

    private static string Normal(Match m) => m.Groups[2].Success
        ? m.Value[..(m.Groups[2].Index - m.Index)] + decimal.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
        : m.Value;

    private static List<string[]> XlsxRows(string path, string sheet)
    {
        using FileStream file = File.OpenRead(path);
        using var reader = new XlsxRowReader(file, sheet);
        Assert.Equal(sheet, reader.SheetName);
        var rows = new List<string[]>();
        while (reader.TryRead(out _, out string?[] cells))
        {
            rows.Add([.. cells.Select(c => c ?? string.Empty)]);
        }

        return rows;
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Every_input_format_into_every_output_format_gives_the_same_decisions_in_input_order(string input)
    {
        string dir = Dir();
        string reference = Path.Combine(dir, "reference.jsonl");
        string jsonl = Households(dir, 120, "jsonl");
        Assert.Equal(0, CliRunner.Run("hardship", "batch", jsonl, "--out", reference, "--region", "110000", "--lang", "en").Code);
        List<string> expected = Decisions(reference);
        Assert.Equal(120, expected.Count);

        string file = input == "jsonl" ? jsonl : Households(dir, 120, input);
        foreach (string output in new[] { "jsonl", "csv", "xlsx" })
        {
            string outPath = Path.Combine(dir, $"out-{input}.{output}");
            var (code, summary, error) = CliRunner.Run("hardship", "batch", file, "--out", outPath, "--region", "110000", "--lang", "en");
            Assert.True(code == 0, error + summary);
            Assert.Contains("120 rows = 120 results + 0 rejected", summary);
            Assert.Equal(expected, Decisions(outPath));
        }
    }

    [Fact]
    public void Results_are_written_in_input_order_when_many_chunks_are_assessed_in_parallel()
    {
        string dir = Dir();
        string jsonl = Households(dir, 5000, "jsonl");
        string outPath = Path.Combine(dir, "ordered.jsonl");
        Assert.Equal(0, CliRunner.Run("hardship", "batch", jsonl, "--out", outPath, "--region", "110000").Code);
        long[] lines = [.. File.ReadAllLines(outPath).Select(l => long.Parse(Regex.Match(l, "\"line\":([0-9]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(Enumerable.Range(1, 5000).Select(i => (long)i), lines);

        // The same households screened one by one through the library give the same categories, line for line.
        var screener = HardshipScreener.Create(Union.Rules.Engine.JurisdictionProfile.For(Union.Domain.Common.RegionCode.Parse("110000")), HardshipPopulation.ApplicationDate);
        string[] categories = [.. HardshipPopulation.Generate(5000).Select(a => screener.Screen(a).Category switch
        {
            Union.Domain.Hardship.HardshipCategory.Deep => "deep",
            Union.Domain.Hardship.HardshipCategory.Relative => "relative",
            Union.Domain.Hardship.HardshipCategory.AccidentInduced => "accidentInduced",
            _ => "none",
        })];
        Assert.Equal(categories, File.ReadAllLines(outPath).Select(l => Regex.Match(l, "\"category\":\"([a-zA-Z]+)\"").Groups[1].Value));
    }

    [Fact]
    public void Template_filled_in_then_batched_round_trips_in_xlsx_and_csv()
    {
        string dir = Dir();
        foreach (string ext in new[] { "xlsx", "csv" })
        {
            string template = Path.Combine(dir, "register." + ext);
            Assert.Equal(0, CliRunner.Run("hardship", "template", "--out", template).Code);

            // The template alone (headers and notes) is no household.
            var (code, summary, _) = CliRunner.Run("hardship", "batch", template, "--out", Path.Combine(dir, "empty-" + ext + ".jsonl"), "--region", "110000", "--lang", "en");
            Assert.Equal(0, code);
            Assert.Contains("0 rows = 0 results + 0 rejected", summary);
        }

        // Fill the CSV template: the notes row stays, two households follow, the second over three rows (merged-cell style).
        string csv = Path.Combine(dir, "register.csv");
        string[] template2 = File.ReadAllLines(csv);
        string header = template2[0].TrimStart('\uFEFF');
        string[] columns = header.Split(',');
        string Row(params (string Column, string Value)[] cells) => string.Join(',', columns.Select(c => cells.FirstOrDefault(x => x.Column == c).Value ?? string.Empty));
        File.WriteAllLines(csv,
        [
            template2[0], template2[1],
            Row(("档案编号", "A-1"), ("申请日期", "2025-03-01"), ("工会会员", "是"), ("成员关系", "本人"), ("出生日期", "1980-05-01"), ("就业", "是"), ("收入已核实", "是"), ("收入类别", "工资性收入"), ("收入金额", "12000"), ("收入日期", "2025-01-15"), ("住房面积", "40")),
            Row(("档案编号", "A-2"), ("申请日期", "2025/3/1"), ("工会会员", "是"), ("成员关系", "本人"), ("出生日期", "1975年2月3日"), ("就业", "是"), ("收入已核实", "是"), ("重大疾病", "是"), ("收入类别", "工资性收入"), ("收入金额", "3000"), ("收入日期", "2024-12-01")),
            Row(("成员关系", "配偶"), ("出生日期", "1976-04-04"), ("丧失劳动能力", "是"), ("支出类别", "医疗"), ("支出金额", "8000"), ("支出日期", "2024-10-10")),
            Row(("成员关系", "子女"), ("出生日期", "2010-09-09"), ("在读阶段", "初中")),
        ], new UTF8Encoding(true));
        string outPath = Path.Combine(dir, "filled.jsonl");
        var (exit, text, err) = CliRunner.Run("hardship", "batch", csv, "--out", outPath, "--region", "110000", "--lang", "en");
        Assert.True(exit == 0, err + text);
        Assert.Contains("2 rows = 2 results + 0 rejected", text);
        string[] results = File.ReadAllLines(outPath);
        Assert.StartsWith("{\"ref\":\"A-1\",\"row\":3,", results[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"ref\":\"A-2\",\"row\":4,", results[1], StringComparison.Ordinal);

        // A-2: 3,000 yuan over 12 months for 3 people, less 8,000 medical: (3000 − 8000) / 3 / 12 < 0 → deep (serious illness).
        Assert.Contains("\"category\":\"deep\"", results[1]);
        Assert.Contains("\"perHeadMonthly\":-138.89", results[1]);

        // A-1: 12,000 / 1 / 12 = 1,000 yuan a head, below Beijing's 1,395 but no qualifying circumstance for deep; relative needs one too.
        Assert.Contains("\"perHeadMonthly\":1000", results[0]);
    }

    [Fact]
    public void English_headers_are_read_as_the_Chinese_ones()
    {
        string dir = Dir();
        string path = Path.Combine(dir, "english.csv");
        File.WriteAllText(path, "ref,applicationDate,unionMember,relationship,birthDate,employed,incomeProven,seriousIllness,incomeCategory,incomeAmount,incomeReceived\n"
            + "E-1,2025-03-01,yes,self,1975-02-03,true,true,yes,wages,3000,2024-12-01\n");
        string chinese = Path.Combine(dir, "chinese.csv");
        File.WriteAllText(chinese, "档案编号,申请日期,工会会员,成员关系,出生日期,就业,收入已核实,重大疾病,收入类别,收入金额（元）,收入日期\n"
            + "E-1,2025-03-01,是,本人,1975-02-03,是,是,是,工资性收入,3000,2024-12-01\n");
        var (c1, _, e1) = CliRunner.Run("hardship", "batch", path, "--out", Path.Combine(dir, "en.jsonl"), "--region", "110000");
        var (c2, _, e2) = CliRunner.Run("hardship", "batch", chinese, "--out", Path.Combine(dir, "zh.jsonl"), "--region", "110000");
        Assert.True(c1 == 0, e1);
        Assert.True(c2 == 0, e2);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "zh.jsonl")), File.ReadAllText(Path.Combine(dir, "en.jsonl")));
        Assert.Contains("\"category\":\"deep\"", File.ReadAllText(Path.Combine(dir, "en.jsonl")));
    }

    [Fact]
    public void A_bad_row_in_each_format_is_rejected_with_its_place_and_counted()
    {
        string dir = Dir();

        // JSON Lines: line and JSON path.
        string jsonl = Households(dir, 10, "jsonl");
        string[] lines = File.ReadAllLines(jsonl);
        lines[3] = lines[3].Replace("\"birthDate\":\"", "\"birthDate\":\"x", StringComparison.Ordinal);
        File.WriteAllLines(jsonl, lines);
        string outJsonl = Path.Combine(dir, "bad.jsonl");
        var (code, summary, error) = CliRunner.Run("hardship", "batch", jsonl, "--out", outJsonl, "--region", "110000", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("10 rows = 9 results + 1 rejected", summary);
        Assert.Contains($"{jsonl}:4: $.members[0].birthDate", error);
        Assert.Equal(9, File.ReadAllLines(outJsonl).Length);
        string rejects = Path.Combine(dir, "bad.rejects.jsonl");
        string reject = Assert.Single(File.ReadAllLines(rejects));
        Assert.Contains("\"line\":4", reject);
        Assert.Contains("\"path\":\"$.members[0].birthDate\"", reject);

        // CSV: row and column.
        string csv = Households(dir, 10, "csv");
        string[] rows = File.ReadAllLines(csv);
        int row = Array.FindIndex(rows, r => r.StartsWith("0000004,", StringComparison.Ordinal));
        string[] cells = rows[row].Split(',');
        int birth = Array.IndexOf(rows[0].TrimStart('\uFEFF').Split(','), "出生日期");
        cells[birth] = "1980-13-45";
        rows[row] = string.Join(',', cells);
        File.WriteAllLines(csv, rows, new UTF8Encoding(true));
        string outCsv = Path.Combine(dir, "bad.csv");
        (code, summary, error) = CliRunner.Run("hardship", "batch", csv, "--out", outCsv, "--region", "110000", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("10 rows = 9 results + 1 rejected", summary);
        Assert.Contains($"row {row + 1}, column {RegisterLayout.Letters(birth)} (出生日期) [$.members[0].birthDate]", error);
        Assert.Equal(10, File.ReadAllLines(outCsv).Length);
        string[] csvRejects = File.ReadAllLines(Path.Combine(dir, "bad.rejects.csv"));
        Assert.Equal(2, csvRejects.Length);
        Assert.StartsWith($"{row + 1},,{RegisterLayout.Letters(birth)},出生日期,", csvRejects[1].TrimStart('\uFEFF'), StringComparison.Ordinal);

        // Excel: sheet, row and column; the rejects file beside Excel results is CSV.
        string xlsx = Path.Combine(dir, "bad.xlsx");
        using (var w = new RegisterWriter(xlsx, xlsx: true))
        {
            foreach (var (a, i) in HardshipPopulation.Generate(10).Select((a, i) => (a, i)))
            {
                w.Write(i == 3 ? a with { Members = [a.Members[0] with { DisabilityGrade = 9 }] } : a);
            }
        }

        string outXlsx = Path.Combine(dir, "bad-out.xlsx");
        (code, summary, error) = CliRunner.Run("hardship", "batch", xlsx, "--out", outXlsx, "--region", "110000", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("10 rows = 9 results + 1 rejected", summary);
        Assert.Matches($"sheet 困难职工档案, row [0-9]+, column {RegisterLayout.Letters(Array.FindIndex(RegisterLayout.Columns, c => c.English == "disabilityGrade"))} \\(残疾等级\\) \\[\\$\\.members\\[0\\]\\.disabilityGrade\\]", error);
        Assert.True(File.Exists(Path.Combine(dir, "bad-out.rejects.csv")));
        Assert.Equal(10, XlsxRows(outXlsx, "Results").Count);
        Assert.Contains(XlsxRows(outXlsx, "Summary"), r => r[0] == "rejected" && r[1] == "1");
    }

    [Fact]
    public void A_csv_with_a_byte_order_mark_is_read_and_one_in_GBK_is_reported_by_byte_offset_with_a_hint()
    {
        string dir = Dir();
        string header = "档案编号,申请日期,工会会员,成员关系,出生日期,收入类别,收入金额,收入日期\r\n";
        string body = "G-1,2025-03-01,是,本人,1975-02-03,工资性收入,3000,2024-12-01\r\n";
        string bom = CliRunner.TempBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(header + body)], "bom.csv");
        var (code, summary, error) = CliRunner.Run("hardship", "batch", bom, "--out", Path.Combine(dir, "bom.jsonl"), "--region", "110000", "--lang", "en");
        Assert.True(code == 0, error);
        Assert.Contains("1 rows = 1 results + 0 rejected", summary);

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] gbk = Encoding.GetEncoding("GBK").GetBytes(header + body);
        string gbkPath = CliRunner.TempBytes(gbk, "gbk.csv");
        (code, _, error) = CliRunner.Run("hardship", "batch", gbkPath, "--region", "110000", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("is invalid; the file looks like GBK: convert it with iconv -f GBK -t UTF-8.", error);
        Assert.Contains("at offset 0 (line 1)", error);
    }

    [Theory]
    [InlineData("jsonl", "")]
    [InlineData("csv", "")]
    [InlineData("csv", "档案编号,申请日期,成员关系,出生日期\n")]
    public void An_empty_file_or_one_with_only_headers_gives_no_rows(string ext, string content)
    {
        string path = CliRunner.TempFile(content, "empty." + ext);
        var (code, output, error) = CliRunner.Run("hardship", "batch", path, "--region", "110000", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("0 rows = 0 results + 0 rejected", error);
    }

    [Fact]
    public void A_register_without_an_application_date_column_is_refused_as_a_whole()
    {
        string path = CliRunner.TempFile("档案编号,成员关系\nA,本人\n", "nodate.csv");
        var (code, _, error) = CliRunner.Run("hardship", "batch", path, "--region", "110000", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains("no '申请日期' (applicationDate) column", error);
    }

    [Fact]
    public void Full_results_carry_file_status_next_review_and_codes_with_citations()
    {
        string dir = Dir();
        string jsonl = Households(dir, 20, "jsonl");
        string outPath = Path.Combine(dir, "full.csv");
        var (code, _, error) = CliRunner.Run("hardship", "batch", jsonl, "--out", outPath, "--region", "110000", "--lang", "zh", "--full");
        Assert.True(code == 0, error);
        string[] rows = File.ReadAllLines(outPath);
        Assert.StartsWith("档案编号,行号,认定类别,已评估,人均月收入", rows[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.Matches(",(建档|不予建档),(20[0-9]{2}-[0-9]{2}-[0-9]{2})?,[^,]*HD-[A-Z-]+ 《", r));
    }

    [Fact]
    public void The_progress_line_names_the_total_when_known() =>
        Assert.Equal("500 / 1,000 lines (50%), 250 lines/s, about 00:00:02 left   ", HardshipCommands.Progress(500, 50, 100, TimeSpan.FromSeconds(2), chinese: false, total: 1000));

    [Fact]
    public void A_household_generated_and_written_as_register_rows_reads_back_as_the_same_application()
    {
        foreach (var a in HardshipPopulation.Generate(200, 11))
        {
            string path = CliRunner.TempFile(string.Empty, "one.csv");
            using (var w = new RegisterWriter(path, xlsx: false))
            {
                w.Write(a);
            }

            using var source = BatchSource.Open(path, BatchFormat.Csv, english: true);
            BatchChunk chunk = source.Next()!;
            Assert.Equal(1, chunk.Count);
            var json = new System.Buffers.ArrayBufferWriter<byte>();
            chunk.Inputs[0].Register!.Build(chunk.Inputs[0].Rows!, json, null, out string? readError);
            Assert.Null(readError);
            var read = HardshipDomain.Default.Read(json.WrittenSpan);
            Assert.True(read.IsValid, string.Join("; ", read.Issues));
            Assert.Equal(
                System.Text.Json.JsonSerializer.Serialize(a, DomainJsonContext.Default.HardshipApplication),
                System.Text.Json.JsonSerializer.Serialize(read.Value!, DomainJsonContext.Default.HardshipApplication));
        }
    }
}
