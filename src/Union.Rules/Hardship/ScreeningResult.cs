namespace Union.Rules.Hardship;

/// <summary>
/// The result of screening one household (筛查结果): the category and each income test's per-head monthly income, nothing else.
/// A value type.
/// </summary>
/// <param name="Category">The category; <see cref="Union.Domain.Hardship.HardshipCategory.None"/> when not assessed.</param>
/// <param name="PerHeadMonthly">The exact per-head monthly income of the deep-hardship test (0 when not assessed).</param>
/// <param name="IsAssessed">Whether the household could be assessed (a parameter or the membership facts may be missing).</param>
/// <param name="RelativePerHeadMonthly">The exact per-head monthly income of the relative-hardship test, which deducts its own categories (0 when not assessed).</param>
public readonly record struct ScreeningResult(Union.Domain.Hardship.HardshipCategory Category, decimal PerHeadMonthly, bool IsAssessed, decimal RelativePerHeadMonthly = 0m)
{
    /// <summary>Gets the deep test's per-head monthly income rounded to the fen (四舍五入).</summary>
    public decimal PerHeadMonthlyRounded => decimal.Round(PerHeadMonthly, 2, MidpointRounding.AwayFromZero);

    /// <summary>Gets the relative test's per-head monthly income rounded to the fen (四舍五入).</summary>
    public decimal RelativePerHeadMonthlyRounded => decimal.Round(RelativePerHeadMonthly, 2, MidpointRounding.AwayFromZero);
}
