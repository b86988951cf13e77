using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.Organisation;

/// <summary>
/// ORG-DUES: members' monthly dues (会费) at the caller's rate on each member's monthly base wage; a calculation, Info. Not
/// assessed unless the profile holds <c>union.dues.rate</c>, which the library does not ship.
/// </summary>
/// <remarks>
/// <para>工会法 第四十三条第一款第（一）项 names "工会会员缴纳的会费" as a source of union funds and nothing more: the rate and the
/// base come from 中华全国总工会 rules. Secondary summaries give 0.5 % of the monthly wage with bonuses, allowances and subsidies
/// left out and remainders under 10 yuan ignored, but no 全总 document with that text is held, so no rate is a default: a caller
/// supplies <c>union.dues.rate</c> (and, if its rules say so, <c>union.dues.baseStep</c>) in a layer; without the rate the rule is
/// "not assessed" and says which parameter is needed.</para>
/// <para>The base is each member's monthly base wage as the document gives it; the bonuses and allowances the document lists
/// are shown as left out. Each member's dues are rounded to the fen (四舍五入) once; the total is the sum of the rounded dues.</para>
/// </remarks>
public sealed class MemberDuesRule() : Rule<GrassrootsUnion>("ORG-DUES", Severity.Info, new Citation(Instruments.TradeUnionLaw, 43, 1, 1))
{
    private static readonly MessageKey Member = new("ORG-DUES.member", "name", "base", "leftOut", "amount");
    private static readonly MessageKey RateMissing = new("ORG-DUES.rateMissing", "parameter", "month");
    private static readonly MessageKey Total = new("ORG-DUES.total", "month", "count", "rate", "step", "total");

    /// <inheritdoc />
    public override void Evaluate(GrassrootsUnion facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Dues is not { } dues)
        {
            context.NotApplicable();
            return;
        }

        if (!context.IsInForce(OrganisationParameters.DuesRate, dues.Month))
        {
            context.NotAssessed(RateMissing, "$.dues", ("parameter", OrganisationParameters.DuesRate.Name), ("month", dues.Month));
            return;
        }

        if (!context.TryRead(OrganisationParameters.DuesRate, out Ratio rate, dues.Month))
        {
            return;
        }

        if (rate > Ratio.One)
        {
            context.NotAssessed(EngineMessages.ParameterInvalid, "$.dues", ("parameter", OrganisationParameters.DuesRate.Name), ("value", rate), ("kind", "ratio"));
            return;
        }

        decimal? step = null;
        if (context.TryRead(OrganisationParameters.DuesBaseStep, out decimal s, dues.Month))
        {
            if (s < 0.01m)
            {
                context.NotAssessed(EngineMessages.ParameterInvalid, "$.dues", ("parameter", OrganisationParameters.DuesBaseStep.Name), ("value", s), ("kind", "number"));
                return;
            }

            step = s;
        }

        DuesCalculation calc = UnionDues.Calculate(dues, rate, step);
        context.Set(OrganisationOutputs.Dues, calc);
        context.Set(OrganisationOutputs.DuesTotal, calc.TotalToFen);
        for (int i = 0; i < calc.Members.Count; i++)
        {
            MemberDuesAmount m = calc.Members[i];
            context.Set(OrganisationOutputs.MemberDues(i), m.AmountToFen);
            context.Inform(Member, $"$.dues.members[{i}]", ("name", m.Name), ("base", m.Base), ("leftOut", m.LeftOut), ("amount", m.AmountToFen));
        }

        context.Inform(
            Total,
            "$.dues",
            ("month", calc.Month),
            ("count", (object)calc.Members.Count),
            ("rate", OrganisationMessages.Percent(rate)),
            ("step", step is { } st ? (object)st : "-"),
            ("total", calc.TotalToFen));
    }
}
