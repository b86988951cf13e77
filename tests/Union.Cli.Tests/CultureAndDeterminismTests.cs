using System.Globalization;
using System.Text;
using Union.Domain.CollectiveContracts;

namespace Union.Cli.Tests;

/// <summary>
/// The tool's output does not depend on the culture, the process or the order of work: byte-identical under tr-TR, ar-SA,
/// de-DE, zh-CN and the invariant culture, in process and through LANG / LC_ALL and invariant-globalization mode; every fuzz
/// regression case ends with a code of the contract (0 to 3), never "internal error".
/// </summary>
public sealed class CultureAndDeterminismTests
{
    private static readonly string[] Cultures = ["tr-TR", "ar-SA", "de-DE", "zh-CN", ""];

    private static readonly Lazy<string[][]> Commands = new(() =>
    {
        string contract = CliRunner.TempFile(CollectiveContractDocument.Example, "contract.json");
        string flawed = CliRunner.TempFile(CliRunner.Run("contract", "example", "--flawed").Out, "flawed.json");
        string wage = CliRunner.TempFile(CliRunner.Run("wage", "example").Out, "wage.json");
        string hardship = CliRunner.TempFile(CliRunner.Run("hardship", "example").Out, "hardship.json");
        var list = new List<string[]>();
        foreach (string lang in new[] { "zh", "en" })
        {
            foreach (string format in new[] { "text", "json" })
            {
                string[] common = ["--as-of", "2026-06-01", "--lang", lang, "--format", format];
                list.Add(["contract", "check", contract, .. common]);
                list.Add(["contract", "check", flawed, .. common]);
                list.Add(["wage", "check", wage, .. common]);
                list.Add(["wage", "cost", wage, .. common]);
                list.Add(["hardship", "check", hardship, "--lang", lang, "--format", format]);
                list.Add(["parameters", "--region", "310000", .. common]);
            }
        }

        return [.. list];
    });

    [Fact]
    public void Output_is_byte_identical_under_every_culture_in_process()
    {
        CultureInfo culture = CultureInfo.CurrentCulture, ui = CultureInfo.CurrentUICulture;
        try
        {
            foreach (string[] args in Commands.Value)
            {
                string? baseline = null;
                foreach (string name in Cultures)
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                    var (code, output, error) = CliRunner.Run(args);
                    Assert.True(code is >= 0 and <= 3, $"{string.Join(' ', args)} under '{name}': exit {code}: {error}");
                    string result = $"{code}\n{output}";
                    baseline ??= result;
                    Assert.True(baseline == result, $"{string.Join(' ', args)} differs under '{name}'");
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void Output_is_byte_identical_through_LANG_and_LC_ALL_and_invariant_globalization()
    {
        Dictionary<string, string>[] environments =
        [
            new() { ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" },
            new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" },
            new() { ["LANG"] = "ar_SA.UTF-8", ["LC_ALL"] = "ar_SA.UTF-8" },
            new() { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" },
            new() { ["LANG"] = "zh_CN.UTF-8", ["LC_ALL"] = "zh_CN.UTF-8" },
            new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["LANG"] = "tr_TR.UTF-8" },
        ];
        string[][] commands = [Commands.Value[1], Commands.Value[9], Commands.Value[4], Commands.Value[^3]];
        foreach (string[] args in commands)
        {
            (int Code, string Out, string Err)? baseline = null;
            foreach (Dictionary<string, string> env in environments)
            {
                var run = CliRunner.RunProcess(env, args);
                Assert.True(run.Code is >= 0 and <= 3, $"{string.Join(' ', args)} under {string.Join(',', env)}: exit {run.Code}: {run.Err}");
                baseline ??= run;
                Assert.True(baseline.Value.Code == run.Code && baseline.Value.Out == run.Out, $"{string.Join(' ', args)} differs under {string.Join(',', env)}");
            }
        }
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output_in_two_processes()
    {
        string[] args = Commands.Value[3];
        var a = CliRunner.RunProcess(new Dictionary<string, string>(), args);
        var b = CliRunner.RunProcess(new Dictionary<string, string>(), args);
        Assert.Equal(a.Code, b.Code);
        Assert.Equal(a.Out, b.Out);
    }

    public static TheoryData<string> RegressionFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Regressions"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegressionFiles))]
    public void Every_fuzz_regression_case_ends_with_a_code_of_the_contract_through_the_tool(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Regressions", name);
        string domain = name[..name.IndexOf('-', StringComparison.Ordinal)];
        var runs = new List<string[]>();
        if (domain == "parameters")
        {
            foreach (string d in new[] { "contract", "wage", "hardship" })
            {
                string example = CliRunner.TempFile(CliRunner.Run(d, "example").Out, d + "-example.json");
                runs.Add([d, "check", example, "--parameters", path, "--as-of", "2026-06-01"]);
            }
        }
        else
        {
            string command = domain switch { "contract" => "contract", "wage" => "wage", "hardship" => "hardship", _ => domain };
            runs.Add([command, "check", path, "--as-of", "2026-06-01"]);
            runs.Add([command, "check", path, "--as-of", "2026-06-01", "--format", "json", "--lang", "en"]);
        }

        foreach (string[] args in runs)
        {
            var (code, _, error) = CliRunner.Run(args);
            Assert.True(code is >= 0 and <= 3, $"{string.Join(' ', args)}: exit {code}: {error}");
            Assert.DoesNotContain("internal error", error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("内部错误", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Invalid_UTF8_inside_a_batch_line_is_placed_by_its_byte_offset_in_the_file_and_the_rest_is_kept()
    {
        var (_, households, _) = CliRunner.Run("hardship", "households", "4");
        string[] lines = households.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        byte[] first = Encoding.UTF8.GetBytes(lines[0] + "\r\n" + lines[1] + "\r\n");
        byte[] bad = [.. "{\"applicationDate\":\"2025-03-01\",\"note\":\""u8, 0xB2, 0xE2, 0xCA, 0xD4, .. "\"}\n"u8];
        byte[] rest = Encoding.UTF8.GetBytes(lines[2] + "\n" + lines[3] + "\n");
        byte[] file = [0xEF, 0xBB, 0xBF, .. first, .. bad, .. rest];
        string path = CliRunner.TempBytes(file, "batch.jsonl");
        long offset = 3 + first.Length + bad.AsSpan().IndexOf((byte)0xB2);

        var (code, output, error) = CliRunner.Run("hardship", "batch", path, "--region", "110000", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Contains($"{path}:3: $: The text is not valid UTF-8: byte 0xB2 at offset {offset} (line 3) is invalid; the file looks like GBK: convert it with iconv -f GBK -t UTF-8.", error);
        string[] results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, results.Length);
        Assert.Equal(4, results.Count(r => r.Contains("\"assessed\":true", StringComparison.Ordinal)));
        Assert.DoesNotContain("\uFFFD", output + error, StringComparison.Ordinal);

        CliRunner.Run("hardship", "batch", path, "--region", "110000");
        Assert.Contains("\"error\":\"$: 文本不是有效的 UTF-8", File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "batch.rejects.jsonl")));
    }
}
