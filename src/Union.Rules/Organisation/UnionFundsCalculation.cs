using NodaTime;
using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>
/// The union funds of one period (工会经费计算结果): the payroll counted by the six components of 关于工资总额组成的规定 第四条, the
/// payments left out under 第十一条, the funds at the rate of 工会法 第四十三条第一款第（二）项, and their split between the
/// grassroots union and the higher levels.
/// </summary>
/// <remarks>
/// Every amount without <c>ToFen</c> is exact (no rounding at any step). The <c>ToFen</c> amounts are rounded once, at the end,
/// to the fen, half away from zero (四舍五入): the funds and the grassroots share each from its exact value, and the higher
/// levels' share as the rounded funds less the rounded grassroots share, so that the two shares add up to the funds paid.
/// </remarks>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day.</param>
/// <param name="Components">The payroll of each of the six components, in the order of 第四条 (a component with no line is zero).</param>
/// <param name="Payroll">The total payroll (工资总额): the sum of the components.</param>
/// <param name="Excluded">The payments left out of the payroll, each with its item of 第十一条.</param>
/// <param name="ExcludedTotal">The sum of the payments left out.</param>
/// <param name="Rate">The funds rate (2/100).</param>
/// <param name="RetainedShare">The grassroots union's share of the funds.</param>
/// <param name="Amount">The funds, exact: payroll × rate.</param>
/// <param name="GrassrootsShare">The grassroots union's share, exact: funds × retained share.</param>
/// <param name="HigherLevelShare">The higher levels' share, exact: funds − grassroots share.</param>
/// <param name="AmountToFen">The funds rounded to the fen (四舍五入).</param>
/// <param name="GrassrootsShareToFen">The grassroots share rounded to the fen (四舍五入).</param>
/// <param name="HigherLevelShareToFen">The rounded funds less the rounded grassroots share.</param>
/// <param name="Parameters">The parameter readings used (value, date, source), when the calculation read a profile.</param>
public sealed record UnionFundsCalculation(
    LocalDate From,
    LocalDate To,
    IReadOnlyList<PayrollComponentTotal> Components,
    Money Payroll,
    IReadOnlyList<ExcludedPayment> Excluded,
    Money ExcludedTotal,
    Ratio Rate,
    Ratio RetainedShare,
    Money Amount,
    Money GrassrootsShare,
    Money HigherLevelShare,
    Money AmountToFen,
    Money GrassrootsShareToFen,
    Money HigherLevelShareToFen,
    IReadOnlyList<ParameterReading>? Parameters = null)
{
    /// <summary>Gets how the <c>ToFen</c> amounts were rounded: to the fen, half away from zero (四舍五入), once, at the end.</summary>
    public string Rounding { get; init; } = "fen, half away from zero (四舍五入), once at the end";

    /// <summary>Gets the total of one component.</summary>
    /// <param name="component">The component.</param>
    /// <returns>Its total; zero when the period has no line of it.</returns>
    public Money Of(PayrollComponent component) => Components.FirstOrDefault(c => c.Component == component)?.Amount ?? Money.Zero;
}

/// <summary>The payroll of one component (工资总额组成部分合计), 关于工资总额组成的规定 第四条.</summary>
/// <param name="Component">The component.</param>
/// <param name="Item">Its item of 第四条 (1 to 6).</param>
/// <param name="DefinedIn">The article that defines it (第五条 to 第十条).</param>
/// <param name="Lines">How many lines of the document it sums.</param>
/// <param name="Amount">The exact sum.</param>
public sealed record PayrollComponentTotal(PayrollComponent Component, int Item, int DefinedIn, int Lines, Money Amount);

/// <summary>A payment left out of the payroll (不列入工资总额的项目), with its item of 关于工资总额组成的规定 第十一条.</summary>
/// <param name="Item">The item.</param>
/// <param name="ItemNumber">The item's number in 第十一条 (1 to 14).</param>
/// <param name="Name">The employer's own name for it.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Path">The JSON path of its line in the document.</param>
public sealed record ExcludedPayment(NotPayrollItem Item, int ItemNumber, string? Name, Money Amount, string Path);
