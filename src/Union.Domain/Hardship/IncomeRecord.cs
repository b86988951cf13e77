using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>One income received by the household (收入记录): its category, amount (net for business and property) and date.</summary>
public sealed record IncomeRecord
{
    /// <summary>Gets the category, which decides whether the income counts.</summary>
    public IncomeCategory Category { get; init; }

    /// <summary>Gets the amount received (net for business and property income).</summary>
    [InputRange(0, 1e12)]
    public required Money Amount { get; init; }

    /// <summary>Gets the day it was received; income is counted over the window before the application date.</summary>
    public required LocalDate Received { get; init; }
}
