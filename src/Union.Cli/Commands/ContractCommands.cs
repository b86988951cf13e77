using System.CommandLine;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Cli.Commands;

/// <summary><c>union contract</c>: Collective contracts (集体合同): check, compare, schema, example.</summary>
internal static class ContractCommands
{
    public static Command Create(CliGlobals globals) =>
        DomainCommands.Create("contract", "Collective contracts (集体合同): check, schema, example, compare.", CollectiveContractDomain.Default, globals, Compare(globals));

    private static Command Compare(CliGlobals globals)
    {
        var file = new Argument<string>("FILE") { Description = "A pay table: { collectiveContract, lines: [labour contracts] } (JSON)." };
        var compare = new Command("compare", "Compare labour contracts or a pay table with the collective contract and the minimum wage.") { file };
        UnionCli.SetAction(compare, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (!CliFiles.TryReadBytes(path, ctx.Error, ctx.Chinese, out byte[]? bytes))
            {
                return ExitCodes.InvalidInput;
            }

            DocumentResult<PayTable> doc = CollectiveContractDocument.ReadPayTable(bytes, path);
            if (!doc.IsValid)
            {
                return ctx.Invalid(doc.Issues);
            }

            if (!ctx.TryProfileFor(doc.Value.CollectiveContract?.Employer?.Region, path, out JurisdictionProfile profile))
            {
                return ExitCodes.InvalidInput;
            }

            RuleReport report = LabourContractComparison.Evaluate(doc.Value, ctx.AsOf, profile, trace: ctx.Json);
            ReviewReport rendered = ReviewReport.From("payTable", report, [], ctx.Culture, includeTrace: ctx.Json);
            ctx.Output.Write(ctx.Json ? rendered.ToJson() + Environment.NewLine : rendered.ToText());
            return DomainCommands.ExitCode(report.Verdict);
        });
        return compare;
    }
}
