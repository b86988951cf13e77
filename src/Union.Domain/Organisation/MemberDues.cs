using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Organisation;

/// <summary>
/// The members' dues bases for one month (会员会费缴纳基数): 工会法 第四十三条第一款第（一）项 names the dues as a source of union
/// funds; the rate and the base are set by 中华全国总工会 rules, which the library does not hold (the rate is the caller's
/// parameter <c>union.dues.rate</c>).
/// </summary>
/// <param name="Month">The first day of the month the dues are for.</param>
/// <param name="Members">Each member's monthly base wage, with the bonuses and allowances that are not part of it.</param>
public sealed record MemberDues(LocalDate Month, [property: InputCount(100_000, Minimum = 1)] IReadOnlyList<DuesBase> Members);

/// <summary>
/// One member's dues base (会费基数): the monthly base wage (基本工资), the amount the dues are a share of; bonuses and
/// allowances are listed apart and left out.
/// </summary>
/// <param name="Name">The member's name.</param>
/// <param name="MonthlyBaseWage">The monthly base wage.</param>
/// <param name="Bonuses">The month's bonuses (奖金), left out of the base.</param>
/// <param name="Allowances">The month's allowances and subsidies (津贴、补贴), left out of the base.</param>
public sealed record DuesBase(
    string Name,
    [property: InputRange(0, 1e12)] Money MonthlyBaseWage,
    [property: InputRange(0, 1e12)] Money? Bonuses = null,
    [property: InputRange(0, 1e12)] Money? Allowances = null);
