using Union.Domain.Hardship;

namespace Union.Rules.Hardship;

/// <summary>
/// The result of screening one household (筛查结果): the category and each income test's per-head monthly income, nothing else.
/// A value type. A per-head income the decision did not need is divided out only when read (the same exact quotient as
/// the full assessment), so screening a population divides only where a test is decided on it.
/// </summary>
public readonly record struct ScreeningResult
{
    // When _divisor is 0, _perHead and _relative hold the per-head incomes; otherwise they hold the two net incomes and the
    // per-head incomes are net ÷ _divisor (household size × months), worked out when read.
    private readonly decimal _perHead;
    private readonly decimal _relative;
    private readonly int _divisor;

    /// <summary>Initializes a result with its per-head incomes.</summary>
    /// <param name="Category">The category; <see cref="HardshipCategory.None"/> when not assessed.</param>
    /// <param name="PerHeadMonthly">The exact per-head monthly income of the deep-hardship test (0 when not assessed).</param>
    /// <param name="IsAssessed">Whether the household could be assessed (a parameter or the membership facts may be missing).</param>
    /// <param name="RelativePerHeadMonthly">The exact per-head monthly income of the relative-hardship test, which deducts its own categories (0 when not assessed).</param>
    public ScreeningResult(HardshipCategory Category, decimal PerHeadMonthly, bool IsAssessed, decimal RelativePerHeadMonthly = 0m)
    {
        this.Category = Category;
        this.IsAssessed = IsAssessed;
        _perHead = PerHeadMonthly;
        _relative = RelativePerHeadMonthly;
        _divisor = 0;
    }

    /// <summary>Initializes an assessed result from the two net incomes and the divisor (household size × months).</summary>
    internal ScreeningResult(HardshipCategory category, decimal net, decimal relativeNet, int divisor)
    {
        Category = category;
        IsAssessed = true;
        _perHead = net;
        _relative = relativeNet;
        _divisor = divisor;
    }

    /// <summary>Gets the category; <see cref="HardshipCategory.None"/> when not assessed.</summary>
    public HardshipCategory Category { get; init; }

    /// <summary>Gets the exact per-head monthly income of the deep-hardship test (0 when not assessed).</summary>
    public decimal PerHeadMonthly
    {
        get => _divisor == 0 ? _perHead : HardshipMath.PerHead(_perHead, _divisor);
        init
        {
            _relative = RelativePerHeadMonthly;
            _divisor = 0;
            _perHead = value;
        }
    }

    /// <summary>Gets whether the household could be assessed (a parameter or the membership facts may be missing).</summary>
    public bool IsAssessed { get; init; }

    /// <summary>Gets the exact per-head monthly income of the relative-hardship test, which deducts its own categories (0 when not assessed).</summary>
    public decimal RelativePerHeadMonthly
    {
        get => _divisor == 0 ? _relative : HardshipMath.PerHead(_relative, _divisor);
        init
        {
            _perHead = PerHeadMonthly;
            _divisor = 0;
            _relative = value;
        }
    }

    /// <summary>Gets the deep test's per-head monthly income rounded to the fen (四舍五入).</summary>
    public decimal PerHeadMonthlyRounded => HardshipMath.RoundToFen(PerHeadMonthly);

    /// <summary>Gets the relative test's per-head monthly income rounded to the fen (四舍五入).</summary>
    public decimal RelativePerHeadMonthlyRounded => HardshipMath.RoundToFen(RelativePerHeadMonthly);

    /// <summary>Deconstructs the result.</summary>
    /// <param name="Category">The category.</param>
    /// <param name="PerHeadMonthly">The deep test's exact per-head monthly income.</param>
    /// <param name="IsAssessed">Whether the household could be assessed.</param>
    /// <param name="RelativePerHeadMonthly">The relative test's exact per-head monthly income.</param>
    public void Deconstruct(out HardshipCategory Category, out decimal PerHeadMonthly, out bool IsAssessed, out decimal RelativePerHeadMonthly)
    {
        Category = this.Category;
        PerHeadMonthly = this.PerHeadMonthly;
        IsAssessed = this.IsAssessed;
        RelativePerHeadMonthly = this.RelativePerHeadMonthly;
    }

    /// <summary>Whether two results have the same category, assessment and per-head incomes (however they are held).</summary>
    /// <param name="other">The other result.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ScreeningResult other) =>
        Category == other.Category && IsAssessed == other.IsAssessed && PerHeadMonthly == other.PerHeadMonthly && RelativePerHeadMonthly == other.RelativePerHeadMonthly;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Category, IsAssessed, PerHeadMonthly, RelativePerHeadMonthly);
}
