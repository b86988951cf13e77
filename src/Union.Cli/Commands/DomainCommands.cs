using System.CommandLine;
using NodaTime;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Cli.Commands;

/// <summary>
/// The commands every legal domain has, built once over its <see cref="ReviewDomain{TDocument}"/>: <c>check FILE</c> (the report,
/// text or JSON, exit 0/1/2/3), <c>schema</c> and <c>example [--flawed]</c>. Domain-specific commands are added beside them.
/// </summary>
internal static class DomainCommands
{
    public static Command Create<TDocument>(string name, string description, ReviewDomain<TDocument> domain, CliGlobals globals, params Command[] extra)
        where TDocument : class
    {
        var command = new Command(name, description);
        command.Subcommands.Add(Check(domain, globals));
        command.Subcommands.Add(Schema(domain, globals));
        command.Subcommands.Add(Example(domain, globals));
        foreach (Command c in extra)
        {
            command.Subcommands.Add(c);
        }

        return command;
    }

    /// <summary>Reads a document file through the domain's reader; invalid input is reported (text or JSON) and gives <see langword="null"/>.</summary>
    public static TDocument? Read<TDocument>(ReviewDomain<TDocument> domain, string path, CliContext ctx)
        where TDocument : class
    {
        if (!CliFiles.TryReadBytes(path, ctx.Error, ctx.Chinese, out byte[]? bytes))
        {
            return null;
        }

        DocumentResult<TDocument> read = domain.Read(bytes, path);
        if (!read.IsValid)
        {
            ctx.Invalid(read.Issues);
            return null;
        }

        return read.Value;
    }

    /// <summary>The exit code of a verdict: 0 lawful and complete, 1 violations, 3 incomplete.</summary>
    public static int ExitCode(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.ViolationsFound => ExitCodes.Violations,
        ReviewVerdict.Incomplete => ExitCodes.Incomplete,
        _ => ExitCodes.Ok,
    };

    private static Command Check<TDocument>(ReviewDomain<TDocument> domain, CliGlobals globals)
        where TDocument : class
    {
        var file = new Argument<string>("FILE") { Description = "The document (JSON); see the schema command." };
        var command = new Command("check", "Review a document: the outcome, every finding with its citation, the rules not assessed, the verdict (exit 0 lawful, 1 violations, 2 invalid input, 3 incomplete).") { file };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (Read(domain, path, ctx) is not { } document)
            {
                return ExitCodes.InvalidInput;
            }

            if (!ctx.TryProfileFor(domain.RegionOf(document), path, out JurisdictionProfile profile))
            {
                return ExitCodes.InvalidInput;
            }

            LocalDate asOf = !ctx.AsOfGiven && domain.DateOf(document) is { } natural ? natural : ctx.AsOf;
            Review<TDocument> review = domain.Evaluate(document, asOf, profile, new ReviewOptions(Trace: ctx.Json));
            ReviewReport report = ReviewReport.From(review, ctx.Culture, includeTrace: ctx.Json);
            ctx.Output.Write(ctx.Json ? report.ToJson() + Environment.NewLine : report.ToText());
            return ExitCode(review.Verdict);
        });
        return command;
    }

    private static Command Schema<TDocument>(ReviewDomain<TDocument> domain, CliGlobals globals)
        where TDocument : class
    {
        var command = new Command("schema", "Print the document's JSON Schema.");
        UnionCli.SetAction(command, globals, (_, ctx) =>
        {
            ctx.Output.WriteLine(domain.Schema());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Example<TDocument>(ReviewDomain<TDocument> domain, CliGlobals globals)
        where TDocument : class
    {
        var flawed = new Option<bool>("--flawed") { Description = "Print an example that breaks several rules." };
        var command = new Command("example", "Print a complete, lawful example document (or, with --flawed, one with violations).") { flawed };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            ctx.Output.WriteLine(domain.Write(parse.GetValue(flawed) ? domain.FlawedExample : domain.Example));
            return ExitCodes.Ok;
        });
        return command;
    }
}
