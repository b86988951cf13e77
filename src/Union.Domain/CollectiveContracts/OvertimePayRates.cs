using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>Overtime pay as multiples of ordinary pay (加班工资倍数), 劳动法 第四十四条: 1.5 means 150 %. Never negative.</summary>
public sealed record OvertimePayRates
{
    /// <summary>Gets the multiple for extended hours on a working day.</summary>
    [InputRange(0, InputLimits.MaxMultiple)]
    public decimal? Workday { get; init; }

    /// <summary>Gets the multiple for rest-day work without time off in lieu.</summary>
    [InputRange(0, InputLimits.MaxMultiple)]
    public decimal? RestDay { get; init; }

    /// <summary>Gets the multiple for work on a statutory holiday.</summary>
    [InputRange(0, InputLimits.MaxMultiple)]
    public decimal? Holiday { get; init; }
}
