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
        var command = new Command("demo", "Run the tool on its bundled example documents: check a collective contract, check and cost a wage proposal, assess a hardship application.");
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string dir = Path.Combine(Path.GetTempPath(), "union-demo-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var forwarded = new List<string> { "--lang", ctx.Chinese ? "zh" : "en", "--format", ctx.Json ? "json" : "text" };
            if (parse.GetValue(globals.AsOf) is { } asOf)
            {
                forwarded.AddRange(["--as-of", asOf]);
            }

            foreach (string layer in parse.GetValue(globals.Parameters) ?? [])
            {
                forwarded.AddRange(["--parameters", layer]);
            }

            (string Zh, string En, string[] Example, string[] Run)[] steps =
            [
                ("集体合同审查（示例：北京，2026年）", "Collective contract review (example: Beijing, 2026)", ["contract", "example"], ["contract", "check"]),
                ("工资协议审查（示例：上海，2026-2028年）", "Wage proposal review (example: Shanghai, 2026-2028)", ["wage", "example"], ["wage", "check"]),
                ("工资协议成本测算", "Wage proposal costing", ["wage", "example"], ["wage", "cost"]),
                ("困难职工认定（示例申请）", "Hardship assessment (example application)", ["hardship", "example"], ["hardship", "assess"]),
            ];
            int worst = ExitCodes.Ok;
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

                    worst = Math.Max(worst, UnionCli.Run([.. step.Run, file, .. forwarded], ctx.Output, ctx.Error));
                }
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }

            return worst;
        });
        return command;
    }
}
