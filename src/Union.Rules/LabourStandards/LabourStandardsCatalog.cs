using Union.Domain.LabourStandards;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>The built-in labour-file rules (LS-*), for the rule catalog and <see cref="LabourStandardsDomain"/>.</summary>
internal static class LabourStandardsCatalog
{
    /// <summary>
    /// The rules over a labour file, in the order of the file: dispatch, the employees' contracts, layoffs. A rule is added by one
    /// line here (the written-contract, compensation and dispute rules sit beside the ones below).
    /// </summary>
    internal static readonly IRule<LabourFile>[] FileRules =
    [
        new DispatchedWithinCapRule(),
        new DispatchOnLawfulPostsRule(),
        new ProbationWithinStatutoryLimitRule(),
        new OpenEndedContractDueRule(),
        new LayoffProcedureRule(),
    ];

    internal static IEnumerable<IRule> Rules => FileRules;
}
