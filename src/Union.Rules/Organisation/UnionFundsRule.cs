using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>
/// ORG-FUNDS: the union funds of the document's period, 2 % of the payroll of all employees, and their split between the
/// grassroots union and the higher levels (工会经费); a calculation, Info. The figures are <see cref="UnionFunds.Calculate(UnionFundsPeriod, Ratio, Ratio)"/>'s.
/// </summary>
/// <remarks>
/// <para>工会法 第四十三条第一款第（二）项："建立工会组织的用人单位按每月全部职工工资总额的百分之二向工会拨缴的经费" (parameter
/// <c>union.funds.rate</c>, 2/100). 工资总额 is that of 关于工资总额组成的规定 (最高人民法院 interpretation 第四条: "按照国家有关部门规定
/// 的标准执行"): its 第四条 six components count, each summed; what its 第十一条 lists is left out, each line reported with its item.</para>
/// <para>The split is not in the statute: the grassroots share (<c>union.funds.retainedShare</c>, 3/5 shipped as the common
/// practice of 全总 and provincial rules, V-secondary) is a parameter a province's layer replaces; the higher levels get the rest.</para>
/// <para>Amounts are exact; the funds and the grassroots share are rounded to the fen once, at the end (四舍五入), and the higher
/// levels' share is the rounded funds less the rounded grassroots share. An employer without a union organisation is told that the
/// article's duty is that of an employer "建立工会组织的" (Info); the figures are still given.</para>
/// </remarks>
public sealed class UnionFundsRule() : Rule<GrassrootsUnion>("ORG-FUNDS", Severity.Info, new Citation(Instruments.TradeUnionLaw, 43, 1, 2), new Citation(Instruments.TotalWagesProvisions, 4))
{
    private static readonly MessageKey FundsAmount = new("ORG-FUNDS.amount", "payroll", "rate", "exact", "amount");
    private static readonly MessageKey FundsExcluded = new("ORG-FUNDS.excluded", "name", "item", "amount");
    private static readonly MessageKey NoUnion = new("ORG-FUNDS.noUnion");
    private static readonly MessageKey FundsPayroll = new("ORG-FUNDS.payroll", "from", "to", "payroll", "timeWages", "pieceWages", "bonuses", "allowances", "overtime", "special");
    private static readonly MessageKey Split = new("ORG-FUNDS.split", "share", "grassroots", "grassrootsExact", "higher", "source");

    /// <inheritdoc />
    public override void Evaluate(GrassrootsUnion facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Funds is not { } period)
        {
            context.NotApplicable();
            return;
        }

        bool haveRate = context.TryRead(OrganisationParameters.FundsRate, out Ratio rate, out ParameterReading rateReading, period.From);
        bool haveShare = context.TryRead(OrganisationParameters.FundsRetainedShare, out Ratio share, out ParameterReading shareReading, period.From);
        if (!haveRate || !haveShare)
        {
            return;
        }

        UnionFundsCalculation calc = UnionFunds.Calculate(period, rate, share) with { Parameters = [rateReading, shareReading] };
        foreach (PayrollComponentTotal c in calc.Components)
        {
            context.Fact("payroll." + OrganisationMessages.ComponentKey(c.Component), c.Amount);
        }

        context.Set(OrganisationOutputs.Funds, calc);
        context.Set(OrganisationOutputs.Payroll, calc.Payroll);
        context.Set(OrganisationOutputs.FundsAmount, calc.AmountToFen);
        context.Set(OrganisationOutputs.GrassrootsShare, calc.GrassrootsShareToFen);
        context.Set(OrganisationOutputs.HigherLevelShare, calc.HigherLevelShareToFen);
        context.Inform(
            new Citation(Instruments.TotalWagesProvisions, 4),
            FundsPayroll,
            "$.funds.payroll",
            ("from", calc.From),
            ("to", calc.To),
            ("timeWages", calc.Of(PayrollComponent.TimeWages)),
            ("pieceWages", calc.Of(PayrollComponent.PieceWages)),
            ("bonuses", calc.Of(PayrollComponent.Bonuses)),
            ("allowances", calc.Of(PayrollComponent.AllowancesAndSubsidies)),
            ("overtime", calc.Of(PayrollComponent.OvertimePay)),
            ("special", calc.Of(PayrollComponent.SpecialCircumstancesPay)),
            ("payroll", calc.Payroll));
        foreach (ExcludedPayment x in calc.Excluded)
        {
            context.Inform(
                new Citation(Instruments.TotalWagesProvisions, 11, null, x.ItemNumber),
                FundsExcluded,
                x.Path,
                ("item", OrganisationMessages.NotPayrollKey(x.Item)),
                ("name", x.Name ?? "-"),
                ("amount", x.Amount));
        }

        context.Inform(
            FundsAmount,
            "$.funds",
            ("payroll", calc.Payroll),
            ("rate", OrganisationMessages.Percent(rate)),
            ("exact", calc.Amount),
            ("amount", calc.AmountToFen));
        context.Inform(
            Split,
            "$.funds",
            ("share", OrganisationMessages.Percent(share)),
            ("grassroots", calc.GrassrootsShareToFen),
            ("higher", calc.HigherLevelShareToFen),
            ("grassrootsExact", calc.GrassrootsShare),
            ("source", shareReading.Source));
        if (facts.Form == UnionForm.None)
        {
            context.Inform(NoUnion, "$.form");
        }
    }
}
