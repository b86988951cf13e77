using CsCheck;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Calendar;
using Union.Rules.Organisation;

namespace Union.Rules.Tests.Organisation;

/// <summary>Invariants of the funds, dues and officer-protection arithmetic.</summary>
public sealed class OrganisationPropertyTests
{
    private static readonly Ratio Rate = Ratio.Of(2, 100);

    private static readonly Gen<Ratio> Share = Gen.OneOf(Ratio.Of(3, 5), Ratio.Of(1, 2), Ratio.Of(7, 10), Ratio.Of(2, 3), Ratio.Of(1, 3), Ratio.One, Ratio.Of(1, 1000));

    private static readonly Gen<PayrollLine> Line =
        Gen.Select(Gen.Int[1, 6], Gen.Long[0, 100_000_000_000L]).Select((c, fen) => new PayrollLine((PayrollComponent)c, Money.FromFen(fen)));

    private static readonly Gen<NotPayrollLine> Excluded =
        Gen.Select(Gen.Int[1, 14], Gen.Long[0, 100_000_000_000L]).Select((i, fen) => new NotPayrollLine((NotPayrollItem)i, Money.FromFen(fen), "x"));

    private static UnionFundsPeriod FundsPeriod(IReadOnlyList<PayrollLine> payroll, IReadOnlyList<NotPayrollLine>? excluded = null) =>
        new(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31), payroll, excluded);

    [Fact]
    public void Funds_never_decrease_when_payroll_grows()
    {
        Gen.Select(Line.Array[1, 8], Gen.Int[0, 7], Gen.Long[0, 1_000_000_000L], Share).Sample((lines, pick, addFen, share) =>
        {
            int i = pick % lines.Length;
            PayrollLine[] grown = [.. lines];
            grown[i] = grown[i] with { Amount = grown[i].Amount + Money.FromFen(addFen) };
            UnionFundsCalculation before = UnionFunds.Calculate(FundsPeriod(lines), Rate, share);
            UnionFundsCalculation after = UnionFunds.Calculate(FundsPeriod(grown), Rate, share);
            Assert.True(after.Payroll >= before.Payroll);
            Assert.True(after.Amount >= before.Amount);
            Assert.True(after.AmountToFen >= before.AmountToFen);
            Assert.True(after.GrassrootsShare >= before.GrassrootsShare);
            Assert.True(after.GrassrootsShareToFen >= before.GrassrootsShareToFen);
            Assert.True(after.HigherLevelShare >= before.HigherLevelShare);

            // The higher levels' rounded share is a difference of two roundings: it may move back by one fen, never more.
            Assert.True(after.HigherLevelShareToFen >= before.HigherLevelShareToFen - Money.FromFen(1));
        }, iter: 3000);
    }

    [Fact]
    public void Items_that_are_not_payroll_never_change_the_funds()
    {
        Gen.Select(Line.Array[0, 8], Excluded.Array[1, 14], Share).Sample((lines, excluded, share) =>
        {
            UnionFundsCalculation without = UnionFunds.Calculate(FundsPeriod(lines), Rate, share);
            UnionFundsCalculation with = UnionFunds.Calculate(FundsPeriod(lines, excluded), Rate, share);
            Assert.Equal(without.Payroll, with.Payroll);
            Assert.Equal(without.Amount, with.Amount);
            Assert.Equal(without.AmountToFen, with.AmountToFen);
            Assert.Equal(without.GrassrootsShareToFen, with.GrassrootsShareToFen);
            Assert.Equal(without.HigherLevelShareToFen, with.HigherLevelShareToFen);
            Assert.Equal(excluded.Length, with.Excluded.Count);
            Assert.Equal(excluded.Aggregate(Money.Zero, (s, x) => s + x.Amount), with.ExcludedTotal);
        }, iter: 2000);
    }

    [Fact]
    public void The_funds_are_exact_and_rounded_once_and_the_shares_add_up()
    {
        Gen.Select(Line.Array[0, 8], Share).Sample((lines, share) =>
        {
            UnionFundsCalculation c = UnionFunds.Calculate(FundsPeriod(lines), Rate, share);
            decimal payroll = lines.Sum(l => l.Amount.Yuan);
            Assert.Equal(payroll, c.Payroll.Yuan);
            Assert.Equal(payroll * 2m / 100m, c.Amount.Yuan);
            Assert.Equal(decimal.Round(payroll * 2m / 100m, 2, MidpointRounding.AwayFromZero), c.AmountToFen.Yuan);
            Assert.Equal(c.Amount, c.GrassrootsShare + c.HigherLevelShare);
            Assert.Equal(c.AmountToFen, c.GrassrootsShareToFen + c.HigherLevelShareToFen);
            Assert.True(Math.Abs(c.GrassrootsShareToFen.Yuan - c.GrassrootsShare.Yuan) <= 0.005m);
            Assert.Equal(payroll, c.Components.Sum(x => x.Amount.Yuan));
        }, iter: 3000);
    }

    [Fact]
    public void Dues_never_decrease_when_the_base_grows_and_bonuses_never_change_them()
    {
        var rate = Ratio.Of(1, 200);
        Gen.Select(Gen.Long[0, 10_000_000L], Gen.Long[0, 1_000_000L], Gen.Long[0, 1_000_000L], Gen.OneOf<decimal?>(null, 1m, 10m)).Sample((baseFen, addFen, bonusFen, step) =>
        {
            MemberDues Dues(long fen, long bonus) => new(new LocalDate(2026, 1, 1), [new DuesBase("a", Money.FromFen(fen), Money.FromFen(bonus), Money.FromFen(bonus))]);
            DuesCalculation before = UnionDues.Calculate(Dues(baseFen, 0), rate, step);
            DuesCalculation after = UnionDues.Calculate(Dues(baseFen + addFen, 0), rate, step);
            DuesCalculation withBonus = UnionDues.Calculate(Dues(baseFen, bonusFen), rate, step);
            Assert.True(after.TotalToFen >= before.TotalToFen);
            Assert.Equal(before.TotalToFen, withBonus.TotalToFen);
            Assert.True(before.Members[0].Base <= before.Members[0].MonthlyBaseWage);
        }, iter: 3000);
    }

    [Fact]
    public void A_terms_last_day_is_the_calendars_term_end()
    {
        Gen.Select(Gen.Int[0, 365 * 200], Gen.Int[1, 100]).Sample((offset, years) =>
        {
            LocalDate start = new LocalDate(1950, 1, 1).PlusDays(offset);
            Assert.Equal(LegalPeriods.TermEnd(start, Period.FromYears(years)), new UnionTerm(start, years).LastDay);
        }, iter: 3000);
    }

    [Fact]
    public void The_protected_day_never_shortens_a_contract_and_follows_the_article()
    {
        Gen.Select(Gen.Int[0, 3650], Gen.OneOf(3, 5), Gen.Int[0, 2000], Gen.Int[-400, 4000], Gen.Bool, Gen.Bool).Sample((offset, years, tookAfter, contractAfter, fullTime, left) =>
        {
            var term = new UnionTerm(new LocalDate(2020, 1, 1).PlusDays(offset), years);
            LocalDate took = term.Start.PlusDays(tookAfter % (Period.DaysBetween(term.Start, term.LastDay) + 1));
            LocalDate? leftOffice = left ? took.PlusDays(Math.Min(30, Period.DaysBetween(took, term.LastDay))) : null;
            var m = new CommitteeMember("a", CommitteeRole.Member, fullTime, PrincipalRelation.None, took, leftOffice, term.Start.PlusDays(contractAfter));
            OfficerProtection p = OfficerProtection.Compute(term, m);
            Assert.True(p.ExtendedTo >= p.ContractEnd);
            Assert.Equal(p.ContractEnd < p.ProtectedUntil, p.Extended);
            if (fullTime)
            {
                // The extension starts the day after the office ends and lasts as long as the office did (民法典 counting).
                Assert.Equal(p.OfficeEnds.PlusDays(1), p.ExtensionStarts);
                Assert.True(p.ProtectedUntil > p.OfficeEnds);
                Period tenure = Period.Between(took, p.OfficeEnds.PlusDays(1), PeriodUnits.YearMonthDay);
                Assert.Equal(LegalPeriods.TermEnd(p.OfficeEnds.PlusDays(1), tenure), p.ProtectedUntil);
            }
            else
            {
                Assert.Equal(term.LastDay, p.ProtectedUntil);
                Assert.Null(p.ExtensionStarts);
            }
        }, iter: 3000);
    }
}
