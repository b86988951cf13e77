using System.CommandLine;

namespace Union.Cli.Commands;

/// <summary><c>union hardship</c>: Hardship eligibility (困难职工认定): assess, batch, schema, example.</summary>
internal static class HardshipCommands
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("hardship", "Hardship eligibility (困难职工认定): assess, batch, schema, example.");

        // Subcommands follow the pattern of RulesCommand: build a Command, then
        // UnionCli.SetAction(sub, globals, (parse, ctx) => { ... return ExitCodes.Ok; });
        // read input files with CliFiles.TryReadText and report DocumentResult issues with CliFiles.WriteIssues (exit 2).
        _ = globals;
        return command;
    }
}
