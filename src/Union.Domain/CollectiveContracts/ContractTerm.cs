using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>
/// The term (集体合同期限), 集体合同规定 第三十八条: a span that covers days, so its first day is included
/// (3 years from 2026-01-01 end on 2028-12-31). Any length is representable; the rules report an unusual one.
/// </summary>
public sealed record ContractTerm
{
    /// <summary>Gets the first day of the term; when absent, the term starts on the statutory effective date.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>Gets the last day of the term (inclusive).</summary>
    public LocalDate? End { get; init; }

    /// <summary>Gets the term in whole years, when it is stated that way instead of an end date: 1 to 100.</summary>
    [InputRange(1, InputLimits.MaxTermYears)]
    public int? Years { get; init; }
}
