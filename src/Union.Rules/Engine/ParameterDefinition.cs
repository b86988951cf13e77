using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Rules.Engine;

/// <summary>
/// A parameter (参数) as it appears in a layer file: what it means, its unit, how it is compared where it is a threshold,
/// and its effective-dated values, each with its source.
/// </summary>
/// <param name="Description">The meaning, in Chinese.</param>
/// <param name="DescriptionEn">The meaning, in English.</param>
/// <param name="Unit">The unit, e.g. <c>day</c>, <c>person</c>, <c>ratio</c>, <c>CNY/month</c>, <c>boolean</c>.</param>
/// <param name="Values">The values, each in force from its date until the next one.</param>
/// <param name="Comparison">How a value is compared with this threshold, where it is one (民法典 第一千二百五十九条).</param>
/// <param name="AdjustmentCycleMonths">The statutory adjustment cycle, where there is one: a value older than this may have been replaced by a notice not yet in the data (最低工资规定 第十条: 24 months); 1 to 1,200.</param>
public sealed record ParameterDefinition(
    string Description,
    string DescriptionEn,
    string Unit,
    [property: InputCount(1_000, Minimum = 1)] IReadOnlyList<ParameterValue> Values,
    Comparison? Comparison = null,
    [property: InputRange(1, 1_200)] int? AdjustmentCycleMonths = null)
{
    /// <summary>
    /// Gets whether the parameter is carried for reference only (仅供参考): a number a local text sets that no rule of the
    /// catalog checks yet. <c>union parameters</c> shows it, marked; every other shipped parameter is read by a rule through a
    /// handle (a convention test checks both).
    /// </summary>
    public bool ReferenceOnly { get; init; }
}

/// <summary>One effective-dated value of a parameter (参数取值) with its source.</summary>
/// <param name="From">The first day the value is in force.</param>
/// <param name="Value">The value.</param>
/// <param name="Source">The source document and article, e.g. 集体合同规定 第三十二条, or a regional notice with its number.</param>
/// <param name="Url">Where the source can be read, when known.</param>
/// <param name="Verification">How the value was checked: <c>V-primary</c>, <c>V-secondary</c>, <c>unverified</c>, or a caller's own note.</param>
/// <param name="Note">A remark on the value's scope, e.g. what the minimum wage includes.</param>
public sealed record ParameterValue(LocalDate From, ParameterScalar Value, string Source, string? Url = null, string? Verification = null, string? Note = null);
