using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>
/// Calculates the union funds of a period (工会经费计算, ORG-FUNDS): 工会法 第四十三条第一款第（二）项 "按每月全部职工工资总额的百分之二",
/// on the payroll of 关于工资总额组成的规定 第四条 (计时工资、计件工资、奖金、津贴和补贴、加班加点工资、特殊情况下支付的工资), leaving out
/// what 第十一条 lists; then the grassroots union's share and the higher levels' share. Pure and exact: no I/O, no clock.
/// </summary>
/// <remarks>
/// The period's payroll is taken as given (all employees, 全部职工; the lines a document lists are summed per component). The rate
/// and the retained share are those in force on the period's first day. Rounding: see <see cref="UnionFundsCalculation"/>.
/// </remarks>
public static class UnionFunds
{
    /// <summary>Calculates the funds with the rate and the retained share given.</summary>
    /// <param name="period">The period (structurally valid: see <see cref="GrassrootsUnionValidator"/>).</param>
    /// <param name="rate">The funds rate (2/100).</param>
    /// <param name="retainedShare">The grassroots union's share of the funds.</param>
    /// <returns>The calculation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A ratio is more than 1 (a parameter layer never holds one: its unit is <c>ratio</c>).</exception>
    public static UnionFundsCalculation Calculate(UnionFundsPeriod period, Ratio rate, Ratio retainedShare)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, Ratio.One);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(retainedShare, Ratio.One);
        var components = new PayrollComponentTotal[6];
        Money payroll = Money.Zero;
        for (int item = 1; item <= 6; item++)
        {
            var component = (PayrollComponent)item;
            Money sum = Money.Zero;
            int lines = 0;
            foreach (PayrollLine line in period.Payroll ?? [])
            {
                if (line.Component == component)
                {
                    sum += line.Amount;
                    lines++;
                }
            }

            sum = Fen(sum);
            components[item - 1] = new PayrollComponentTotal(component, item, item + 4, lines, sum);
            payroll += sum;
        }

        var excluded = new List<ExcludedPayment>();
        Money excludedTotal = Money.Zero;
        IReadOnlyList<NotPayrollLine> notPayroll = period.NotPayroll ?? [];
        for (int i = 0; i < notPayroll.Count; i++)
        {
            NotPayrollLine line = notPayroll[i];
            excluded.Add(new ExcludedPayment(line.Item, (int)line.Item, line.Name, line.Amount, $"$.funds.notPayroll[{i}]"));
            excludedTotal += line.Amount;
        }

        Money amount = Share(payroll, rate);
        Money grassroots = Share(amount, retainedShare);
        Money amountToFen = ToFen(amount);
        Money grassrootsToFen = ToFen(grassroots);
        return new UnionFundsCalculation(
            period.From,
            period.To,
            components,
            payroll,
            excluded,
            excludedTotal,
            rate,
            retainedShare,
            amount,
            grassroots,
            amount - grassroots,
            amountToFen,
            grassrootsToFen,
            amountToFen - grassrootsToFen);
    }

    /// <summary>Calculates the funds with the rate and the retained share in force on the period's first day in a profile.</summary>
    /// <param name="period">The period.</param>
    /// <param name="profile">The profile (national, a region's, or with a caller's layer that sets the province's share).</param>
    /// <returns>The calculation, with the readings used.</returns>
    /// <exception cref="ParameterNotInForceException">A parameter has no value in force on the period's first day: the message names it, the region and the date.</exception>
    public static UnionFundsCalculation Calculate(UnionFundsPeriod period, JurisdictionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(profile);
        ParameterReading rate = profile.Get(OrganisationParameters.FundsRate.Name, period.From);
        ParameterReading share = profile.Get(OrganisationParameters.FundsRetainedShare.Name, period.From);
        if (!OrganisationParameters.FundsRate.TryConvert(rate, out Ratio r))
        {
            throw new ParameterNotInForceException($"The value {rate.Value} of parameter {rate.Name} is not a ratio.");
        }

        if (!OrganisationParameters.FundsRetainedShare.TryConvert(share, out Ratio s))
        {
            throw new ParameterNotInForceException($"The value {share.Value} of parameter {share.Name} is not a ratio.");
        }

        return Calculate(period, r, s) with { Parameters = [rate, share] };
    }

    /// <summary>Rounds to the fen, half away from zero (四舍五入), written with two decimals: 21.8 becomes 21.80.</summary>
    internal static Money ToFen(Money amount) => Fen(amount.RoundToFen(MidpointRounding.AwayFromZero));

    /// <summary>The same amount written with at least two decimals (0 becomes 0.00); the value does not change.</summary>
    internal static Money Fen(Money amount) => Money.FromYuan(amount.Yuan + 0.00m);

    /// <summary>
    /// A share of an amount, exact where decimal arithmetic can hold it (amount × numerator ÷ denominator); a ratio whose
    /// numerator is so large that the product would overflow is applied as its decimal value instead, never throwing.
    /// </summary>
    internal static Money Share(Money amount, Ratio ratio)
    {
        try
        {
            return ratio.Of(amount);
        }
        catch (OverflowException)
        {
            return Money.FromYuan(amount.Yuan * ratio.ToDecimal());
        }
    }
}
