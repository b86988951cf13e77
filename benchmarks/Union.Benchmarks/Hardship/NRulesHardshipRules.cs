using NRules.Fluent.Dsl;

namespace Union.Benchmarks.Hardship;

/// <summary>NRules: deep hardship, the same test as HD-DEEP.</summary>
public sealed class NRulesDeepRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        FlatHousehold h = null!;
        When().Match(() => h, x => x.Eligible && !x.DeepExcluded && x.DeepCircumstance && x.Net / (x.Size * Thresholds.Months) < Thresholds.DeepLimit);
        Then().Do(_ => Outcome.Set(h.Index, 1));
    }
}

/// <summary>NRules: relative hardship, the same test as HD-RELATIVE.</summary>
public sealed class NRulesRelativeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        FlatHousehold h = null!;
        When().Match(() => h, x => x.Eligible && !x.RelativeExcluded && x.RelativeCircumstance && x.RelativeNet / (x.Size * Thresholds.Months) < Thresholds.RelativeLimit);
        Then().Do(_ => Outcome.Set(h.Index, 2));
    }
}

/// <summary>NRules: accident-induced hardship, the same test as HD-ACCIDENT.</summary>
public sealed class NRulesAccidentRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        FlatHousehold h = null!;
        When().Match(() => h, x => x.Eligible && !x.AccidentExcluded && x.Losses > 0m && (x.AnnualIncome <= 0m || x.Losses / x.AnnualIncome > Thresholds.AccidentRatio));
        Then().Do(_ => Outcome.Set(h.Index, 4));
    }
}
