using NodaTime;
using Union.Domain.Common;

namespace Union.Rules.LabourStandards;

/// <summary>What a minimum-wage comparison concluded for one subject (最低工资比对结论).</summary>
public enum MinimumWageOutcome
{
    /// <summary>No minimum wage was in force on any date (already reported as a missing parameter).</summary>
    NoStandard = 0,

    /// <summary>Pay meets the minimum on every date.</summary>
    Met = 1,

    /// <summary>Pay fails the comparison on <see cref="MinimumWageResult.Date"/>.</summary>
    Below = 2,

    /// <summary>Pay passes before removal, but the removal could not be made (already reported, naming what is missing).</summary>
    NotAssessed = 3,
}

/// <summary>The result of a minimum-wage comparison for one subject (最低工资比对结果).</summary>
/// <param name="Outcome">What was concluded.</param>
/// <param name="Date">The first date pay fails, or the date the comparison stopped.</param>
/// <param name="Pay">The pay compared on that date: after the removal when <paramref name="Removed"/> is set, else as it is.</param>
/// <param name="Minimum">The minimum in force on that date.</param>
/// <param name="Comparison">How pay compared: <see cref="Comparison.AtLeast"/> (不得低于) or <see cref="Comparison.MoreThan"/> (应当高于).</param>
/// <param name="Removed">The contributions removed before the failing comparison, when any were.</param>
public sealed record MinimumWageResult(
    MinimumWageOutcome Outcome,
    LocalDate? Date = null,
    Money? Pay = null,
    decimal? Minimum = null,
    Comparison Comparison = Comparison.AtLeast,
    Money? Removed = null)
{
    /// <summary>Gets whether pay fails the comparison.</summary>
    public bool IsBelow => Outcome == MinimumWageOutcome.Below;

    /// <summary>Gets whether the comparison must be strictly above (应当高于), so that pay equal to the minimum fails.</summary>
    public bool MustExceed => Comparison == Comparison.MoreThan;

    /// <summary>Gets whether contributions were removed before the failing comparison.</summary>
    public bool AfterContributions => Removed is { } r && r > Money.Zero;

    /// <summary>Gets how far pay is below the minimum (0 when it equals a minimum it had to exceed).</summary>
    public decimal Gap => Minimum is { } m && Pay is { } p ? m - p.Yuan : 0m;
}
