using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>The end of an employment (劳动合同解除或者终止): the day, the ground, and the wages of the twelve months before.</summary>
/// <param name="Date">The day the contract was dissolved or terminated.</param>
/// <param name="Ground">The ground.</param>
/// <param name="LastTwelveMonthsWages">The wages of each month before the end, oldest first, at most twelve (劳动合同解除或者终止前十二个月的工资).</param>
public sealed record Separation(
    LocalDate Date,
    SeparationGround Ground,
    [property: InputCount(12)] IReadOnlyList<Money>? LastTwelveMonthsWages = null);

/// <summary>The ground on which an employment ended (解除或者终止的情形).</summary>
public enum SeparationGround
{
    /// <summary>Another ground, with no economic compensation.</summary>
    Other,
}
