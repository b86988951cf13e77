using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// The pay adjustment proposed for one year of the term (年度工资调整): a percentage and/or a flat monthly amount added to base
/// pay, per-grade exceptions, and a one-off lump sum per person. Year 2 applies to the pay reached in year 1 (compounding).
/// </summary>
/// <param name="TermYear">The year of the term, from 1.</param>
/// <param name="IncreasePercent">The rise of monthly base pay, in percent (5 = 5 %; negative for a cut): more than −100 and at most 1,000.</param>
/// <param name="FlatAmount">A flat monthly amount added to every grade's base pay after the percentage.</param>
/// <param name="GradeChanges">Per-grade changes that replace the general percentage and flat amount for those grades.</param>
/// <param name="LumpSumPerPerson">A one-off payment per person in this year (一次性奖励 / 补发).</param>
public sealed record YearAdjustment(
    [property: InputRange(1, InputLimits.MaxTermYears)] int TermYear,
    [property: InputRange(-100, 1_000, MinimumIsExclusive = true)] decimal? IncreasePercent = null,
    Money? FlatAmount = null,
    [property: InputCount(10_000)] IReadOnlyList<GradeChange>? GradeChanges = null,
    [property: InputRange(0, 1e12)] Money? LumpSumPerPerson = null);

/// <summary>A change for one grade (分等级调整) that replaces the year's general adjustment for it.</summary>
/// <param name="Grade">The grade's name, as in <see cref="PayGrade.Name"/>.</param>
/// <param name="IncreasePercent">The rise of the grade's base pay, in percent.</param>
/// <param name="FlatAmount">A flat monthly amount added after the percentage.</param>
public sealed record GradeChange(string Grade, [property: InputRange(-100, 1_000, MinimumIsExclusive = true)] decimal? IncreasePercent = null, Money? FlatAmount = null);

/// <summary>An hourly rate for part-time employees (非全日制小时工资).</summary>
/// <param name="Name">The job or grade.</param>
/// <param name="HourlyRate">The hourly rate.</param>
/// <param name="Headcount">The number of part-time employees on the rate.</param>
/// <param name="HoursPerMonth">Hours worked per person per month, for costing.</param>
public sealed record PartTimeRate(
    string Name,
    [property: InputRange(0, 1e12)] Money HourlyRate,
    [property: InputRange(0, InputLimits.MaxHeadcount)] int Headcount = 0,
    [property: InputRange(0, InputLimits.HoursPerMonth)] decimal? HoursPerMonth = null);
