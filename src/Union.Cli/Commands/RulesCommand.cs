using System.CommandLine;
using Union.Cli.Serialization;
using Union.Rules.Engine;

namespace Union.Cli.Commands;

/// <summary><c>union rules</c>: every implemented rule with its code, severity, citation and title.</summary>
internal static class RulesCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("rules", "List every implemented rule (code, severity, citation, title).");
        UnionCli.SetAction(command, globals, (_, ctx) =>
        {
            var rows = RuleCatalog.All.Select(r => new RuleRow(
                r.Code,
                r.Severity.ToString(),
                string.Join("; ", r.Citations.Select(c => c.Render(ctx.Culture))),
                Messages.Default.Render(r.Code + ".title", null, ctx.Culture))).ToArray();
            if (ctx.Json)
            {
                ctx.WriteJson(rows, CliJsonContext.Readable.RuleRowArray);
                return ExitCodes.Ok;
            }

            ctx.Output.WriteLine(ctx.T($"已实现的规则：{rows.Length} 条", $"Implemented rules: {rows.Length}"));
            foreach (RuleRow row in rows)
            {
                ctx.Output.WriteLine($"{row.Code,-26} {Messages.Default.Render("severity." + row.Severity, null, ctx.Culture),-10} {row.Title}");
                ctx.Output.WriteLine($"{string.Empty,-26} {row.Citation}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
