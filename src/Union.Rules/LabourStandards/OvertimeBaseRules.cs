using Union.Domain.Common;
using Union.Domain.WageNegotiation;

namespace Union.Rules.LabourStandards;

/// <summary>
/// How the overtime base is built in a region (加班工资计算基数规则): the pay-component kinds left out, whether the base may not be
/// below the monthly minimum wage, and the default share of the normal month's pay where no contract fixes the monthly pay.
/// </summary>
/// <remarks>
/// <para>工资支付暂行规定 第十三条: overtime is paid at "不低于劳动合同规定的劳动者本人小时工资标准的１５０％" (200 %, 300 %): the base
/// is the wage standard the contract fixes. The national data leaves out only overtime pay itself (it is computed from the base);
/// what the contract (here: the agreement's grade) fixes as the monthly pay counts. Statutory welfare is not a wage
/// (关于工资总额组成的规定 第十一条) and is never part of it.</para>
/// <para>上海市企业工资支付办法 第九条: the base is "劳动者所在岗位相对应的正常出勤月工资，不包括年终奖，上下班交通补贴、工作餐补贴、住房补贴，中夜班津贴、
/// 夏季高温津贴、加班工资等特殊情况下支付的工资" (the kinds listed in the data), "不得低于本市规定的最低工资标准" (第四款), and where
/// neither contract fixes the monthly pay, 70 % of the normal month's pay without overtime pay (第三款第（三）项).</para>
/// </remarks>
/// <param name="ExcludedComponents">The kinds left out of the base.</param>
/// <param name="MinimumWageFloor">Whether the monthly base may not be below the monthly minimum wage.</param>
/// <param name="DefaultRatio">The share of the normal month's pay taken where no contract fixes the monthly pay, where a region sets one.</param>
public sealed record OvertimeBaseRules(IReadOnlyList<PayComponentKind> ExcludedComponents, bool MinimumWageFloor = false, Ratio? DefaultRatio = null)
{
    /// <summary>Gets the national rules: only overtime pay is left out, no floor, no default.</summary>
    public static OvertimeBaseRules National { get; } = new([PayComponentKind.OvertimePay]);

    /// <summary>Gets whether a component of this kind is part of the base: a wage (not statutory welfare) of a kind not left out.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it counts.</returns>
    public bool Counts(PayComponentKind kind) => kind.IsPayroll() && !ExcludedComponents.Contains(kind);

    /// <summary>Gets the components that count, summed (the base pay is added by the caller).</summary>
    /// <param name="components">The components.</param>
    /// <returns>The monthly amount.</returns>
    public Money CountedComponents(IEnumerable<PayComponent>? components)
    {
        Money total = Money.Zero;
        foreach (PayComponent c in components ?? [])
        {
            if (Counts(c.Kind))
            {
                total += c.Amount;
            }
        }

        return total;
    }

    /// <summary>Gets the monthly base of an agreed wage: the base pay and the components that count.</summary>
    /// <param name="basePay">The agreed base pay.</param>
    /// <param name="components">The agreed components.</param>
    /// <returns>The monthly base before the floor.</returns>
    public Money MonthlyBase(Money basePay, IEnumerable<PayComponent>? components) => basePay + CountedComponents(components);

    /// <summary>Raises a monthly base to the monthly minimum wage where the region sets that floor.</summary>
    /// <param name="monthlyBase">The monthly base.</param>
    /// <param name="minimumWage">The monthly minimum wage in force, when known.</param>
    /// <returns>The base after the floor.</returns>
    public Money ApplyFloor(Money monthlyBase, decimal? minimumWage) =>
        MinimumWageFloor && minimumWage is { } m && monthlyBase.Yuan < m ? Money.FromYuan(m) : monthlyBase;

    /// <summary>
    /// Gets the monthly base where neither the labour contract nor a collective contract fixes the monthly pay: the region's
    /// share of the normal month's pay (上海: 70 %); <see langword="null"/> where the region sets none (the national text has no default).
    /// </summary>
    /// <param name="normalMonthPay">The pay of a normal month of attendance, without overtime pay.</param>
    /// <returns>The base before the floor, or <see langword="null"/>.</returns>
    public Money? DefaultMonthlyBase(Money normalMonthPay) => DefaultRatio is { } r ? r.Of(normalMonthPay) : null;
}
