using System.Text.Json.Nodes;
using Union.Cli.Serialization;
using System.CommandLine;

namespace Union.Cli.Commands;

/// <summary>
/// <c>union demo</c>: runs the tool on its bundled examples (a collective contract, a wage proposal and its costing, a hardship
/// application) with the embedded default data, so a newcomer sees every report in one command.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("demo", "Run the tool on its bundled example documents: check a collective contract, check and cost a wage proposal, assess a hardship application, check a labour file.");
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string dir = Path.Combine(Path.GetTempPath(), "union-demo-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var forwarded = new List<string> { "--lang", ctx.Chinese ? "zh" : "en", "--format", ctx.Json ? "json" : "text" };
            foreach (Option<string?> option in new[] { globals.AsOf, globals.Region })
            {
                if (parse.GetValue(option) is { } value)
                {
                    forwarded.AddRange([option.Name, value]);
                }
            }

            foreach (Option<string[]> option in new[] { globals.Parameters, globals.Holidays })
            {
                foreach (string file in parse.GetValue(option) ?? [])
                {
                    forwarded.AddRange([option.Name, file]);
                }
            }

            (string Name, string Zh, string En, string[] Example, string[] Run)[] steps =
            [
                ("contract", "集体合同审查（示例：北京，2026年）", "Collective contract review (example: Beijing, 2026)", ["contract", "example"], ["contract", "check"]),
                ("wage", "工资协议审查（示例：上海，2026-2028年）", "Wage proposal review (example: Shanghai, 2026-2028)", ["wage", "example"], ["wage", "check"]),
                ("wageCost", "工资协议成本测算", "Wage proposal costing", ["wage", "example"], ["wage", "cost"]),
                ("hardship", "困难职工认定（示例申请）", "Hardship assessment (example application)", ["hardship", "example"], ["hardship", "check"]),
                ("congress", "职工代表大会审查（示例：上海）", "Workers' congress review (example: Shanghai)", ["congress", "example"], ["congress", "check"]),
                ("org", "基层工会组织审查（示例：上海，2024-2029届）", "Union organisation review (example: Shanghai, 2024-2029 term)", ["org", "example"], ["org", "check"]),
                ("labour", "用工情况审查（示例：上海，2026年）", "Labour file review (example: Shanghai, 2026)", ["labour", "example"], ["labour", "check"]),
            ];
            int worst = ExitCodes.Ok;
            var json = new JsonObject();
            try
            {
                foreach (var step in steps)
                {
                    var example = new StringWriter();
                    int code = UnionCli.Run(step.Example, example, ctx.Error);
                    if (code != ExitCodes.Ok)
                    {
                        return code;
                    }

                    string file = Path.Combine(dir, string.Join('-', step.Example) + ".json");
                    File.WriteAllText(file, example.ToString());
                    if (!ctx.Json)
                    {
                        ctx.Output.WriteLine();
                        ctx.Output.WriteLine("== " + ctx.T(step.Zh, step.En) + " ==");
                    }

                    var output = new StringWriter();
                    int result = UnionCli.Run([.. step.Run, file, .. forwarded], output, ctx.Error);
                    if (result == ExitCodes.InvalidInput || result == ExitCodes.InternalError)
                    {
                        return result;
                    }

                    worst = Worse(worst, result);
                    if (ctx.Json)
                    {
                        json[step.Name] = JsonNode.Parse(output.ToString());
                    }
                    else
                    {
                        ctx.Output.Write(output.ToString());
                    }
                }
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }

            if (ctx.Json)
            {
                ctx.Output.WriteLine(json.ToJsonString(CliJsonContext.Readable.Options));
            }

            return worst;
        });
        return command;
    }

    /// <summary>Violations outrank an incomplete review, which outranks a lawful one.</summary>
    private static int Worse(int a, int b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(int code) => code switch
    {
        ExitCodes.Violations => 2,
        ExitCodes.Incomplete => 1,
        _ => 0,
    };
}
