namespace Union.Rules.Hardship;

/// <summary>
/// The per-head monthly income and its computation (家庭人均月收入计算), once for each income test: (counted income + imputed
/// income − the test's rigid expenditure) ÷ household size ÷ months. The deep test's figure is the per-head income of 邢台's
/// formula; the relative test's deducts its own categories as well (template: 必要就业成本), so it is the same or lower.
/// </summary>
/// <param name="CountedIncome">The household income counted over the window.</param>
/// <param name="ImputedIncome">The income imputed to members who could work.</param>
/// <param name="ImputedMembers">The number of members imputed the minimum wage.</param>
/// <param name="RigidDeducted">The rigid expenditure deducted in the deep-hardship test.</param>
/// <param name="NetIncome">Counted + imputed − <paramref name="RigidDeducted"/>.</param>
/// <param name="HouseholdSize">The number of members living together.</param>
/// <param name="Months">The months of the window.</param>
/// <param name="PerHeadMonthly">The deep test's per-head monthly income, rounded to the fen for display (the comparisons use the exact quotient).</param>
/// <param name="RelativeRigidDeducted">The rigid expenditure deducted in the relative-hardship test.</param>
/// <param name="RelativeNetIncome">Counted + imputed − <paramref name="RelativeRigidDeducted"/>.</param>
/// <param name="RelativePerHeadMonthly">The relative test's per-head monthly income, rounded to the fen for display.</param>
public sealed record PerCapitaIncome(
    decimal CountedIncome,
    decimal ImputedIncome,
    int ImputedMembers,
    decimal RigidDeducted,
    decimal NetIncome,
    int HouseholdSize,
    int Months,
    decimal PerHeadMonthly,
    decimal RelativeRigidDeducted,
    decimal RelativeNetIncome,
    decimal RelativePerHeadMonthly);
