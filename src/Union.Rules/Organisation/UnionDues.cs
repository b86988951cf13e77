using NodaTime;
using Union.Domain.Common;
using Union.Domain.Organisation;

namespace Union.Rules.Organisation;

/// <summary>
/// Calculates members' monthly dues (会费计算, ORG-DUES): each member's dues are the rate times the dues base, the monthly base
/// wage with bonuses and allowances left out, optionally rounded down to a step of whole yuan first (尾数不计). Exact; each member's
/// dues are rounded to the fen (四舍五入) once, at the end, and the total is the sum of the rounded dues.
/// </summary>
/// <remarks>
/// The rate, the base and the step come from 中华全国总工会 rules that the library does not hold; the caller supplies them
/// (<c>union.dues.rate</c>, <c>union.dues.baseStep</c>) and this calculation only applies them.
/// </remarks>
public static class UnionDues
{
    /// <summary>Calculates the dues of a month.</summary>
    /// <param name="dues">The members' dues bases.</param>
    /// <param name="rate">The dues rate, from 0 to 1.</param>
    /// <param name="baseStep">The step the base is rounded down to (at least 0.01 yuan), or <see langword="null"/> for none.</param>
    /// <returns>The calculation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is more than 1, or the step is less than one fen.</exception>
    public static DuesCalculation Calculate(MemberDues dues, Ratio rate, decimal? baseStep = null)
    {
        ArgumentNullException.ThrowIfNull(dues);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, Ratio.One);
        if (baseStep is { } s)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(s, 0.01m, nameof(baseStep));
        }

        var members = new MemberDuesAmount[dues.Members.Count];
        Money total = Money.Zero;
        Money totalToFen = Money.Zero;
        for (int i = 0; i < members.Length; i++)
        {
            DuesBase m = dues.Members[i];
            Money duesBase = baseStep is { } step ? UnionFunds.Fen(Money.FromYuan(decimal.Floor(m.MonthlyBaseWage.Yuan / step) * step)) : m.MonthlyBaseWage;
            Money leftOut = UnionFunds.Fen((m.Bonuses ?? Money.Zero) + (m.Allowances ?? Money.Zero));
            Money amount = UnionFunds.Share(duesBase, rate);
            Money toFen = UnionFunds.ToFen(amount);
            members[i] = new MemberDuesAmount(m.Name, m.MonthlyBaseWage, duesBase, leftOut, amount, toFen);
            total += amount;
            totalToFen += toFen;
        }

        return new DuesCalculation(dues.Month, rate, baseStep, members, total, totalToFen);
    }
}

/// <summary>The dues of one month (会费计算结果).</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Rate">The rate applied.</param>
/// <param name="BaseStep">The step each base was rounded down to, when one was applied.</param>
/// <param name="Members">Each member's dues.</param>
/// <param name="Total">The sum of the exact dues.</param>
/// <param name="TotalToFen">The sum of the dues rounded to the fen, as collected.</param>
public sealed record DuesCalculation(LocalDate Month, Ratio Rate, decimal? BaseStep, IReadOnlyList<MemberDuesAmount> Members, Money Total, Money TotalToFen);

/// <summary>One member's dues (会员会费).</summary>
/// <param name="Name">The member's name.</param>
/// <param name="MonthlyBaseWage">The monthly base wage given.</param>
/// <param name="Base">The dues base: the base wage, rounded down to the step when one applies.</param>
/// <param name="LeftOut">The bonuses and allowances left out of the base.</param>
/// <param name="Amount">The exact dues: base × rate.</param>
/// <param name="AmountToFen">The dues rounded to the fen (四舍五入).</param>
public sealed record MemberDuesAmount(string Name, Money MonthlyBaseWage, Money Base, Money LeftOut, Money Amount, Money AmountToFen);
