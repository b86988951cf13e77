using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>The built-in CollectiveContracts rules, for the rule catalog.</summary>
internal static class CollectiveContractCatalog
{
    /// <summary>The contract rules, in the order of the procedure.</summary>
    internal static readonly IRule<CollectiveContract>[] ContractRules =
    [
        new ContractKindIsLawfulRule(),
        new IndustryWideScopeAtCountyLevelRule(),
        new ComprehensiveContractCoversCoreSubjectsRule(),
        new NegotiatorsPerSideWithinLimitsRule(),
        new NegotiatorSidesEqualRule(),
        new ChiefNegotiatorsLawfulRule(),
        new ExternalNegotiatorsAtMostOneThirdRule(),
        new NoNegotiatorOnBothSidesRule(),
        new NegotiatorContractExtendedRule(),
        new ReplyWithinDeadlineRule(),
        new VacancyFilledWithinDeadlineRule(),
        new ApprovedByWorkersCongressRule(),
        new ApprovalQuorumRule(),
        new ApprovalMajorityOfAllDelegatesRule(),
        new SignedByBothChiefsAfterApprovalRule(),
        new ContractFiledWithinDeadlineRule(),
        new EffectiveAfterReviewPeriodRule(),
        new TermWithinUsualYearsRule(),
        new RenewalWindowRule(),
        new PublishedAfterEffectRule(),
        new ChangeOnListedGroundRule(),
        new WageStandardsAtLeastMinimumWageRule(),
        new WorkingTimeWithinStatutoryHoursRule(),
        new OvertimePayAtLeastStatutoryRatesRule(),
        new LifecycleStateRule(),
    ];

    /// <summary>The labour-contract comparison rules.</summary>
    internal static readonly IRule<LabourContractComparisonFacts>[] ComparisonRules =
    [
        (WageStandardsAtLeastMinimumWageRule)ContractRules.First(r => r.Code == "CC-WAGE-FLOOR"),
        new LabourContractNotBelowCollectiveContractRule(),
    ];

    internal static IEnumerable<IRule> Rules => ContractRules.Cast<IRule>().Concat([ComparisonRules[1]]);
}
