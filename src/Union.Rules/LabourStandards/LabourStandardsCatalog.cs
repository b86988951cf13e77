using Union.Domain.LabourStandards;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>The built-in labour-file rules (LS-*), for the rule catalog and <see cref="LabourStandardsDomain"/>.</summary>
internal static class LabourStandardsCatalog
{
    /// <summary>
    /// The rules over a labour file, in the order of the file and of an employment's life: dispatch; each employee's written
    /// contract, probation, open-ended contract and compensation; layoffs; disputes. A rule is added by one line here.
    /// </summary>
    internal static readonly IRule<LabourFile>[] FileRules =
    [
        new DispatchedWithinCapRule(),
        new DispatchOnLawfulPostsRule(),
        new WrittenContractRule(),
        new ProbationWithinStatutoryLimitRule(),
        new OpenEndedContractDueRule(),
        new CompensationRule(),
        new LayoffProcedureRule(),
        new DisputeRule(),
    ];

    internal static IEnumerable<IRule> Rules => FileRules;
}
