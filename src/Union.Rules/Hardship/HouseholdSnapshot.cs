namespace Union.Rules.Hardship;

/// <summary>
/// A household in compact form for screening (家庭筛查快照): income and deductible costs already summed over the window, counts,
/// and the yes/no facts (membership, circumstances, exclusions) already worked out. Built by
/// <see cref="HardshipScreener.Snapshot(Union.Domain.Hardship.HardshipApplication)"/>, or directly by a caller who keeps
/// households in this form. A value type: an array of snapshots is screened without any allocation.
/// </summary>
/// <param name="CountedIncome">Counted household income over the window (HD-INCOME).</param>
/// <param name="Medical">Deductible medical costs, before any cap.</param>
/// <param name="Disability">Deductible disability costs, before any cap.</param>
/// <param name="Education">Deductible (non-compulsory) education costs, before any cap.</param>
/// <param name="Housing">Housing costs, before any cap.</param>
/// <param name="LongTermCare">Long-term care costs, before any cap.</param>
/// <param name="JobCosts">Necessary job costs, before any cap.</param>
/// <param name="AccidentLosses">Net accident losses over the window.</param>
/// <param name="HouseholdSize">Members living together.</param>
/// <param name="ImputableMembers">Members imputed the minimum wage.</param>
/// <param name="Membership">Whether the applicant meets the membership conditions.</param>
/// <param name="Circumstances">The qualifying circumstances other than costs (costs are read from the cost fields).</param>
/// <param name="Exclusions">The exclusions hit.</param>
public readonly record struct HouseholdSnapshot(
    decimal CountedIncome,
    decimal Medical,
    decimal Disability,
    decimal Education,
    decimal Housing,
    decimal LongTermCare,
    decimal JobCosts,
    decimal AccidentLosses,
    int HouseholdSize,
    int ImputableMembers,
    MembershipState Membership,
    HouseholdCircumstances Circumstances,
    HardshipExclusions Exclusions);
