using System.CommandLine;

namespace Union.Cli.Commands;

/// <summary><c>union wage</c>: Wage negotiation (工资集体协商): check, cost, schema, example.</summary>
internal static class WageCommands
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("wage", "Wage negotiation (工资集体协商): check, cost, schema, example.");

        // Subcommands follow the pattern of RulesCommand: build a Command, then
        // UnionCli.SetAction(sub, globals, (parse, ctx) => { ... return ExitCodes.Ok; });
        // read input files with CliFiles.TryReadText and report DocumentResult issues with CliFiles.WriteIssues (exit 2).
        _ = globals;
        return command;
    }
}
