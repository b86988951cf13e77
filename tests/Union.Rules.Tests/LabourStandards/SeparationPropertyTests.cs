using CsCheck;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.LabourStandards.SeparationProfiles;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>Properties of the calculators over many inputs: compensation never falls as service or pay grows below the cap; the double-wage period never exceeds eleven months.</summary>
public sealed class SeparationPropertyTests
{
    private static readonly LocalDate Base = new(2008, 1, 1);

    /// <summary>A service from 2000 on that ends after 2021-08-01, when Beijing's minimum wage data begins.</summary>
    private static (LocalDate Start, LocalDate End) Span(int startOffset, int length)
    {
        LocalDate start = new LocalDate(2000, 1, 1).PlusDays(startOffset);
        LocalDate from = start < new LocalDate(2021, 8, 1) ? new LocalDate(2021, 8, 1) : start;
        return (start, from.PlusDays(length));
    }

    private static CompensationResult Compensation(LocalDate start, LocalDate end, decimal wage)
    {
        Assert.True(CompensationStandards.TryRead(BeijingWithAverage, end, out CompensationStandards? s, out _));
        return EconomicCompensation.Calculate(new CompensationInput(start, end, [Money.FromYuan(wage)], WageIsAverage: true, SeparationGround.EconomicLayoff), s);
    }

    [Fact]
    public void Compensation_never_decreases_with_longer_service() =>
        Gen.Select(Gen.Int[0, 9000], Gen.Int[0, 1500], Gen.Int[1, 3000], Gen.Int[1_000, 60_000]).Sample((startOffset, length, more, wage) =>
        {
            (LocalDate start, LocalDate end) = Span(startOffset, length);
            CompensationResult shorter = Compensation(start, end, wage);
            CompensationResult longer = Compensation(start, end.PlusDays(more), wage);
            Assert.True(shorter.MonthsByService <= longer.MonthsByService);
            Assert.True(shorter.Payable!.Value <= longer.Payable!.Value, $"{start} {end} +{more} {wage}: {shorter.Payable} > {longer.Payable}");
        });

    [Fact]
    public void Compensation_never_decreases_with_a_higher_wage_below_the_cap() =>
        Gen.Select(Gen.Int[0, 9000], Gen.Int[0, 1500], Gen.Int[0, 3_600_000], Gen.Int[0, 3_600_000]).Sample((startOffset, length, a, b) =>
        {
            (LocalDate start, LocalDate end) = Span(startOffset, length);
            decimal low = Math.Min(a, b) / 100m;
            decimal high = Math.Max(a, b) / 100m;
            CompensationResult lower = Compensation(start, end, low);
            CompensationResult higher = Compensation(start, end, high);
            Assert.Equal(ThresholdOutcome.NotApplied, higher.Cap);
            Assert.True(lower.Payable!.Value <= higher.Payable!.Value, $"{low} → {lower.Payable}, {high} → {higher.Payable}");
            Assert.True(higher.Payable.Value >= Money.FromYuan(higher.MinimumWage!.Value) * higher.MonthsByService);
        });

    [Fact]
    public void Service_counted_in_years_months_and_days_adds_back_to_the_span() =>
        Gen.Select(Gen.Int[0, 70_000], Gen.Int[0, 20_000]).Sample((startOffset, length) =>
        {
            LocalDate start = new LocalDate(1900, 1, 1).PlusDays(startOffset);
            LocalDate end = start.PlusDays(length);
            ServiceLength s = ServiceLength.Between(start, end);
            Assert.InRange(s.Months, 0, 11);
            LocalDate afterMonths = s.TotalMonths == 0 ? start.PlusDays(-1) : LegalPeriods.TermEnd(start, Period.FromMonths(s.TotalMonths));
            Assert.Equal(end, afterMonths.PlusDays(s.Days));
            Assert.True(s.TotalMonths == 0 ? s.Days > 0 : true);
            Assert.True(LegalPeriods.TermEnd(start, Period.FromMonths(s.TotalMonths + 1)) > end);
        });

    [Fact]
    public void The_double_wage_period_never_exceeds_eleven_months() =>
        Gen.Select(Gen.Int[0, 8000], Gen.Int[-30, 900], Gen.Bool, Gen.Int[0, 1200], Gen.Int[0, 1]).Sample((employedOffset, signedAfter, signs, asOfAfter, choice) =>
        {
            LocalDate employed = Base.PlusDays(employedOffset);
            LocalDate? signed = signs ? employed.PlusDays(signedAfter) : null;
            LocalDate asOf = employed.PlusDays(asOfAfter);
            JurisdictionProfile profile = choice == 0 ? JurisdictionProfile.National : CalendarDays;
            Assert.True(DoubleWageStandards.TryRead(profile, new LocalDate(2026, 1, 1), out DoubleWageStandards? s, out _));
            DoubleWageResult r = DoubleWage.Calculate(new DoubleWageInput(employed, signed, asOf, Money.FromYuan(10000m)), s);
            Assert.InRange(r.FullMonths, 0, 11);
            Assert.True(r.MonthsOwed <= 11m, $"{employed} {signed} {asOf}: {r.MonthsOwed}");
            if (r.From is { } from && r.To is { } to)
            {
                Assert.True(from <= to);
                Assert.True(to <= LegalPeriods.TermEnd(from, Period.FromMonths(11)), $"{employed}: {from}..{to}");
                Assert.True(to < r.FirstAnniversary);
                Assert.True(r.ExtraWage!.Value <= Money.FromYuan(110000m));
                Assert.True(signed is null || to < signed);
            }
        });

    private static readonly JurisdictionProfile CalendarDays = JurisdictionProfile.National.WithLayers(Layer("""
        { "parameters": { "ls.writtenContract.partialMonth": { "description": "按日历天数", "descriptionEn": "by calendar days", "unit": "choice",
          "values": [ { "from": "2008-01-01", "value": "calendarDays", "source": "test" } ] } } }
        """));
}
