namespace Union.Benchmarks.Hardship;

/// <summary>
/// A household flattened for the other engines (RulesEngine, NRules) and the hand-written loop: the totals of a
/// <see cref="Union.Rules.Hardship.HouseholdSnapshot"/> with the imputed income added and the yes/no facts resolved.
/// </summary>
public sealed class FlatHousehold
{
    /// <summary>Gets the position in the population.</summary>
    public int Index { get; init; }

    /// <summary>Gets counted + imputed − the rigid expenditure the deep-hardship test deducts.</summary>
    public decimal Net { get; init; }

    /// <summary>Gets counted + imputed − the rigid expenditure the relative-hardship test deducts (template: with job costs).</summary>
    public decimal RelativeNet { get; init; }

    /// <summary>Gets counted + imputed (the accident test's annual income).</summary>
    public decimal AnnualIncome { get; init; }

    /// <summary>Gets the household size.</summary>
    public int Size { get; init; }

    /// <summary>Gets the net accident losses.</summary>
    public decimal Losses { get; init; }

    /// <summary>Gets whether the membership conditions hold.</summary>
    public bool Eligible { get; init; }

    /// <summary>Gets whether an exclusion hit bars deep hardship.</summary>
    public bool DeepExcluded { get; init; }

    /// <summary>Gets whether an exclusion hit bars relative hardship.</summary>
    public bool RelativeExcluded { get; init; }

    /// <summary>Gets whether an exclusion hit bars accident-induced hardship.</summary>
    public bool AccidentExcluded { get; init; }

    /// <summary>Gets whether a deep-hardship circumstance applies.</summary>
    public bool DeepCircumstance { get; init; }

    /// <summary>Gets whether a relative-hardship circumstance applies.</summary>
    public bool RelativeCircumstance { get; init; }
}
