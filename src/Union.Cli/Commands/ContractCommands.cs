using System.CommandLine;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Cli.Commands;

/// <summary><c>union contract</c>: Collective contracts (集体合同): check, compare, schema, example.</summary>
internal static class ContractCommands
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("contract", "Collective contracts (集体合同): check, compare, schema, example.");
        command.Subcommands.Add(Check(globals));
        command.Subcommands.Add(Compare(globals));
        command.Subcommands.Add(Schema(globals));
        command.Subcommands.Add(Example(globals));
        return command;
    }

    private static Command Check(CliGlobals globals)
    {
        var file = new Argument<string>("FILE") { Description = "A collective contract document (JSON); see `union contract schema`." };
        var check = new Command("check", "Check a collective contract: state, statutory dates, findings with citations.") { file };
        UnionCli.SetAction(check, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (!ctx.TryReadFile(path, out byte[]? bytes))
            {
                return ExitCodes.InvalidInput;
            }

            DocumentResult<CollectiveContract> doc = CollectiveContractDocument.Read(bytes, path);
            if (!doc.IsValid)
            {
                ctx.WriteIssues(doc.Issues);
                return ExitCodes.InvalidInput;
            }

            JurisdictionProfile profile = ProfileFor(parse, globals, ctx, doc.Value.Employer?.Region);
            ContractReviewResult result = CollectiveContractReview.Evaluate(doc.Value, ctx.AsOf, profile, trace: ctx.Json);
            ContractReport report = ContractReport.From(result, ctx.Culture, includeTrace: ctx.Json);
            ctx.Output.Write(ctx.Json ? report.ToJson() + Environment.NewLine : report.ToText());
            return result.HasViolations ? ExitCodes.Violations : ExitCodes.Ok;
        });
        return check;
    }

    private static Command Compare(CliGlobals globals)
    {
        var file = new Argument<string>("FILE") { Description = "A pay table: { collectiveContract, lines: [labour contracts] } (JSON)." };
        var compare = new Command("compare", "Compare labour contracts or a pay table with the collective contract and the minimum wage.") { file };
        UnionCli.SetAction(compare, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (!ctx.TryReadFile(path, out byte[]? bytes))
            {
                return ExitCodes.InvalidInput;
            }

            DocumentResult<PayTable> doc = CollectiveContractDocument.ReadPayTable(bytes, path);
            if (!doc.IsValid)
            {
                ctx.WriteIssues(doc.Issues);
                return ExitCodes.InvalidInput;
            }

            JurisdictionProfile profile = ProfileFor(parse, globals, ctx, doc.Value.CollectiveContract?.Employer?.Region);
            RuleReport report = LabourContractComparison.Evaluate(doc.Value, ctx.AsOf, profile, trace: false);
            foreach (Finding f in report.Findings)
            {
                ctx.Output.WriteLine($"[{f.Severity}/{f.Status}] {f.Code} {f.Render(ctx.Culture)} — {f.Citation.Render(ctx.Culture)} @ {f.Path}");
            }

            ctx.Output.WriteLine(report.HasViolations ? ctx.T("结论：存在违法情形。", "Result: violations found.") : ctx.T("结论：未发现违法情形。", "Result: no violation found."));
            return report.HasViolations ? ExitCodes.Violations : ExitCodes.Ok;
        });
        return compare;
    }

    private static Command Schema(CliGlobals globals)
    {
        var schema = new Command("schema", "Print the JSON Schema of a collective contract document.");
        UnionCli.SetAction(schema, globals, (_, ctx) =>
        {
            ctx.Output.WriteLine(CollectiveContractSchema.ContractSchema());
            return ExitCodes.Ok;
        });
        return schema;
    }

    private static Command Example(CliGlobals globals)
    {
        var example = new Command("example", "Print a complete, lawful example collective contract (Beijing, 2026).");
        UnionCli.SetAction(example, globals, (_, ctx) =>
        {
            ctx.Output.Write(CollectiveContractDocument.Example);
            return ExitCodes.Ok;
        });
        return example;
    }

    /// <summary>
    /// The profile: <c>--region</c> when given; otherwise the employer's region named in the document, with the caller's
    /// parameter layers and holiday years kept; otherwise national.
    /// </summary>
    private static JurisdictionProfile ProfileFor(ParseResult parse, CliGlobals globals, CliContext ctx, RegionCode? documentRegion)
    {
        if (parse.GetValue(globals.Region) is not null || documentRegion is not { } region)
        {
            return ctx.Profile;
        }

        return JurisdictionProfile.For(region).WithLayers(ctx.Profile.Layers.Skip(1)).WithCalendar(ctx.Profile.Calendar);
    }
}
