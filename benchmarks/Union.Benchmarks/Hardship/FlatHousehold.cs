namespace Union.Benchmarks.Hardship;

/// <summary>
/// A household flattened for the other engines (RulesEngine, NRules) and the hand-written loop: the totals of a
/// <see cref="Union.Rules.Hardship.HouseholdSnapshot"/> with the imputed income added and the yes/no facts resolved.
/// </summary>
public sealed class FlatHousehold
{
    /// <summary>Gets the position in the population.</summary>
    public int Index { get; init; }

    /// <summary>Gets counted + imputed − rigid.</summary>
    public decimal Net { get; init; }

    /// <summary>Gets counted + imputed (the accident test's annual income).</summary>
    public decimal AnnualIncome { get; init; }

    /// <summary>Gets the household size.</summary>
    public int Size { get; init; }

    /// <summary>Gets the net accident losses.</summary>
    public decimal Losses { get; init; }

    /// <summary>Gets whether the membership conditions hold.</summary>
    public bool Eligible { get; init; }

    /// <summary>Gets whether an exclusion applies.</summary>
    public bool Excluded { get; init; }

    /// <summary>Gets whether a deep-hardship circumstance applies.</summary>
    public bool DeepCircumstance { get; init; }

    /// <summary>Gets whether a relative-hardship circumstance applies.</summary>
    public bool RelativeCircumstance { get; init; }
}
