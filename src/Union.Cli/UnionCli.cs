using System.CommandLine;
using Union.Cli.Commands;

namespace Union.Cli;

/// <summary>Builds the command tree and runs it with exit codes 0 / 1 / 2 and no stack trace for bad input.</summary>
internal static class UnionCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var globals = new CliGlobals();
            var root = new RootCommand("union: PRC trade-union rules (集体合同、工资集体协商、困难职工认定、劳动用工).");
            globals.AddTo(root);
            root.Subcommands.Add(RulesCommand.Create(globals));
            root.Subcommands.Add(ParametersCommand.Create(globals));
            root.Subcommands.Add(ContractCommands.Create(globals));
            root.Subcommands.Add(WageCommands.Create(globals));
            root.Subcommands.Add(HardshipCommands.Create(globals));
            root.Subcommands.Add(DomainCommands.Create("congress", "Workers' congresses (职工代表大会): check, schema, example.", Union.Rules.WorkersCongress.WorkersCongressDomain.Default, globals));
            root.Subcommands.Add(OrganisationCommands.Create(globals));
            root.Subcommands.Add(OrganisationCommands.Funds(globals));
            root.Subcommands.Add(LabourCommands.Create(globals, LabourCalculatorCommands.Compensation(globals), LabourCalculatorCommands.DoubleWage(globals)));
            root.Subcommands.Add(DemoCommand.Create(globals));

            ParseResult parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors)
                {
                    error.WriteLine(e.Message);
                }

                return ExitCodes.InvalidInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The tool's last line of defence: report without a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"union: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Adds an action that resolves the global options first; bad global input exits with 2.</summary>
    public static void SetAction(Command command, CliGlobals globals, Func<ParseResult, CliContext, int> action)
    {
        command.SetAction(parse =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            TextWriter error = parse.InvocationConfiguration.Error;
            CliContext? context = CliContext.Resolve(parse, globals, output, error);
            return context is null ? ExitCodes.InvalidInput : action(parse, context);
        });
    }
}
