namespace Union.Rules.Hardship;

/// <summary>
/// The per-head monthly income and its computation (家庭人均月收入计算): (counted income + imputed income − rigid expenditure)
/// ÷ household size ÷ months.
/// </summary>
/// <param name="CountedIncome">The household income counted over the window.</param>
/// <param name="ImputedIncome">The income imputed to members who could work.</param>
/// <param name="ImputedMembers">The number of members imputed the minimum wage.</param>
/// <param name="RigidDeducted">The rigid expenditure deducted.</param>
/// <param name="NetIncome">Counted + imputed − rigid.</param>
/// <param name="HouseholdSize">The number of members living together.</param>
/// <param name="Months">The months of the window.</param>
/// <param name="PerHeadMonthly">The per-head monthly income, rounded to the fen for display (the comparisons use the exact quotient).</param>
public sealed record PerCapitaIncome(
    decimal CountedIncome,
    decimal ImputedIncome,
    int ImputedMembers,
    decimal RigidDeducted,
    decimal NetIncome,
    int HouseholdSize,
    int Months,
    decimal PerHeadMonthly);
