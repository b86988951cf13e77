namespace Union.Rules.Hardship;

/// <summary>
/// The result of screening one household (筛查结果): the category and the per-head monthly income, nothing else. A value type.
/// </summary>
/// <param name="Category">The category; <see cref="Union.Domain.Hardship.HardshipCategory.None"/> when not assessed.</param>
/// <param name="PerHeadMonthly">The exact per-head monthly income (0 when not assessed).</param>
/// <param name="IsAssessed">Whether the household could be assessed (a parameter or the membership facts may be missing).</param>
public readonly record struct ScreeningResult(Union.Domain.Hardship.HardshipCategory Category, decimal PerHeadMonthly, bool IsAssessed)
{
    /// <summary>Gets the per-head monthly income rounded to the fen (四舍五入).</summary>
    public decimal PerHeadMonthlyRounded => decimal.Round(PerHeadMonthly, 2, MidpointRounding.AwayFromZero);
}
