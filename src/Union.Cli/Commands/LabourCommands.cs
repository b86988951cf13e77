using System.CommandLine;
using Union.Rules.LabourStandards;

namespace Union.Cli.Commands;

/// <summary>
/// <c>union labour</c>: an employer's labour file (用工情况: labour dispatch, probation, open-ended contracts, layoffs): check,
/// schema, example. Calculators over the same file (a compensation, a double wage) are passed in as further subcommands.
/// </summary>
internal static class LabourCommands
{
    /// <summary>Builds <c>union labour</c> with check, schema and example, then <paramref name="calculators"/> in the order given.</summary>
    /// <param name="globals">The global options.</param>
    /// <param name="calculators">Further subcommands of <c>union labour</c>, each built over the same globals.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliGlobals globals, params Command[] calculators) =>
        DomainCommands.Create(
            "labour",
            "Labour standards (劳动用工): an employer's labour file — dispatch cap and posts, probation, open-ended contracts, layoffs: check, schema, example.",
            LabourStandardsDomain.Default,
            globals,
            calculators);
}
