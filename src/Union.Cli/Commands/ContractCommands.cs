using System.CommandLine;

namespace Union.Cli.Commands;

/// <summary><c>union contract</c>: Collective contracts (集体合同): check, schema, example.</summary>
internal static class ContractCommands
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("contract", "Collective contracts (集体合同): check, schema, example.");

        // Subcommands follow the pattern of RulesCommand: build a Command, then
        // UnionCli.SetAction(sub, globals, (parse, ctx) => { ... return ExitCodes.Ok; });
        // read input files with CliFiles.TryReadText and report DocumentResult issues with CliFiles.WriteIssues (exit 2).
        _ = globals;
        return command;
    }
}
