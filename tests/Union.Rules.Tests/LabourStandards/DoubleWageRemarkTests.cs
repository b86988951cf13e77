using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.LabourStandards.SeparationProfiles;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// The steps a double-wage calculation shows (劳动合同法 第八十二条第一款, 实施条例 第六条, 第七条): every remark in order, with
/// its arguments, for each way the period ends; and the standards it refuses to use.
/// </summary>
public sealed class DoubleWageRemarkTests
{
    private static DoubleWageResult Calc(LocalDate employed, LocalDate? signed, LocalDate asOf, decimal? wage = 10000m, LocalDate? ended = null, JurisdictionProfile? profile = null) =>
        DoubleWageTests.Calc(employed, signed, asOf, wage, ended, profile);

    private static string[] Steps(DoubleWageResult r) => SeparationProfiles.Steps(r.Remarks, "LS-WRITTEN-CONTRACT");

    private static JurisdictionProfile With(string name, string value, string unit) =>
        JurisdictionProfile.National.WithLayers(Layer(LabourExplanationTests.Layer(name, value, unit)));

    [Fact]
    public void Signed_late_the_period_ends_the_day_before_signing_and_the_part_month_counts_its_weekdays()
    {
        // One whole month 2026-02-06..03-05; the part 03-06 (Friday) to 03-09 (Monday): two paid days of 21.75.
        Assert.Equal(
            [
                "month(employed=2026-01-05, period=1 months, due=2026-02-05, start=2026-02-06)",
                "year(period=1 years, anniversary=2027-01-05, last=2027-01-04)",
                "period(from=2026-02-06, to=2026-03-09, months=1, days=4, end=doubleWage.signed)",
                "partPaidDays(first=2026-03-06, last=2026-03-09, paid=2, perMonth=21.75, part=0.0919540229885057471264367816)",
                "amount(wage=10000, times=1, months=1.0919540229885057471264367816, amount=10919.540229885057471264367816)",
            ],
            Steps(Calc(D(2026, 1, 5), D(2026, 3, 10), D(2026, 6, 1))));
    }

    [Fact]
    public void Never_signed_the_period_ends_the_day_before_the_anniversary_and_the_contract_is_deemed()
    {
        Assert.Equal(
            [
                "month(employed=2026-01-05, period=1 months, due=2026-02-05, start=2026-02-06)",
                "year(period=1 years, anniversary=2027-01-05, last=2027-01-04)",
                "period(from=2026-02-06, to=2027-01-04, months=10, days=30, end=doubleWage.anniversary)",
                "partPaidDays(first=2026-12-06, last=2027-01-04, paid=21, perMonth=21.75, part=0.9655172413793103448275862069)",
                "amount(wage=10000, times=1, months=10.965517241379310344827586207, amount=109655.17241379310344827586207)",
                "deemed(anniversary=2027-01-05)",
            ],
            Steps(Calc(D(2026, 1, 5), null, D(2027, 6, 1))));
    }

    [Fact]
    public void The_reason_the_period_ends_on_its_last_day()
    {
        string End(DoubleWageResult r) => r.Remarks.Single(x => x.Key == "LS-WRITTEN-CONTRACT.remark.period").Argument("end")!;

        // Signed on the anniversary: the day before signing is also the day before the anniversary; the signing is the reason.
        Assert.Equal("doubleWage.signed", End(Calc(D(2026, 1, 5), D(2027, 1, 5), D(2027, 6, 1))));
        // Signed after the anniversary: the period stops at the day before it.
        Assert.Equal("doubleWage.anniversary", End(Calc(D(2026, 1, 5), D(2027, 1, 6), D(2027, 6, 1))));
        // Ended before signing, before the anniversary and before the date of the calculation.
        Assert.Equal("doubleWage.ended", End(Calc(D(2026, 1, 5), null, D(2026, 6, 1), ended: D(2026, 3, 20))));
        Assert.Equal("doubleWage.ended", End(Calc(D(2026, 1, 5), D(2026, 5, 1), D(2026, 6, 1), ended: D(2026, 3, 20))));
        // Ended after the date of the calculation: the period stops at that date.
        Assert.Equal("doubleWage.asOf", End(Calc(D(2026, 1, 5), null, D(2026, 4, 15), ended: D(2026, 5, 20))));
        Assert.Equal("doubleWage.asOf", End(Calc(D(2026, 1, 5), null, D(2026, 4, 15))));
    }

    [Fact]
    public void Ended_before_signing_the_period_stops_on_the_last_day_of_employment()
    {
        Assert.Equal(
            [
                "month(employed=2026-01-05, period=1 months, due=2026-02-05, start=2026-02-06)",
                "year(period=1 years, anniversary=2027-01-05, last=2027-01-04)",
                "period(from=2026-02-06, to=2026-03-20, months=1, days=15, end=doubleWage.ended)",
                "partPaidDays(first=2026-03-06, last=2026-03-20, paid=11, perMonth=21.75, part=0.5057471264367816091954022989)",
                "amount(wage=10000, times=1, months=1.5057471264367816091954022989, amount=15057.471264367816091954022989)",
            ],
            Steps(Calc(D(2026, 1, 5), null, D(2026, 6, 1), ended: D(2026, 3, 20))));
    }

    [Fact]
    public void Unsigned_and_employed_without_a_wage_the_period_runs_and_no_amount_is_given()
    {
        Assert.Equal(
            [
                "month(employed=2026-01-05, period=1 months, due=2026-02-05, start=2026-02-06)",
                "year(period=1 years, anniversary=2027-01-05, last=2027-01-04)",
                "period(from=2026-02-06, to=2026-04-15, months=2, days=10, end=doubleWage.asOf)",
                "partPaidDays(first=2026-04-06, last=2026-04-15, paid=8, perMonth=21.75, part=0.3678160919540229885057471264)",
                "noWage()",
                "running(asOf=2026-04-15, last=2027-01-04)",
            ],
            Steps(Calc(D(2026, 1, 5), null, D(2026, 4, 15), wage: null)));
    }

    [Fact]
    public void Running_stops_the_day_before_the_anniversary()
    {
        // On the last day of the period nothing runs on: the next day the contract is deemed open-ended.
        DoubleWageResult last = Calc(D(2026, 1, 5), null, D(2027, 1, 4));
        Assert.False(last.Running);
        Assert.DoesNotContain(last.Remarks, x => x.Key == "LS-WRITTEN-CONTRACT.remark.running");
        Assert.False(last.DeemedOpenEnded);
        DoubleWageResult before = Calc(D(2026, 1, 5), null, D(2027, 1, 3));
        Assert.True(before.Running);
        Assert.Equal("2027-01-04", before.Remarks.Single(x => x.Key == "LS-WRITTEN-CONTRACT.remark.running").Argument("last"));
        Assert.True(Calc(D(2026, 1, 5), null, D(2027, 1, 5)).DeemedOpenEnded);
    }

    [Fact]
    public void Signed_the_day_after_the_month_the_period_is_empty_and_the_month_end_is_shown()
    {
        Assert.Equal(
            [
                "month(employed=2026-01-31, period=1 months, due=2026-02-28, start=2026-03-01)",
                "monthEnd(employed=2026-01-31, due=2026-02-28)",
                "year(period=1 years, anniversary=2027-01-31, last=2027-01-30)",
                "emptyPeriod(start=2026-03-01, signed=2026-03-01)",
            ],
            Steps(Calc(D(2026, 1, 31), D(2026, 3, 1), D(2026, 6, 1))));
    }

    [Fact]
    public void Begun_before_2008_the_month_runs_from_2008_01_01_and_a_part_month_of_more_weekdays_counts_as_one_month()
    {
        // 2008-12-02..31 has 22 weekdays, more than 21.75: the part is one month, eleven months in all (第八十二条).
        Assert.Equal(
            [
                "before2008(employed=2005-03-01, from=2008-01-01)",
                "month(employed=2008-01-01, period=1 months, due=2008-02-01, start=2008-02-02)",
                "year(period=1 years, anniversary=2009-01-01, last=2008-12-31)",
                "period(from=2008-02-02, to=2008-12-31, months=10, days=30, end=doubleWage.anniversary)",
                "partPaidDays(first=2008-12-02, last=2008-12-31, paid=21.75, perMonth=21.75, part=1)",
                "amount(wage=10000, times=1, months=11, amount=110000)",
                "deemed(anniversary=2009-01-01)",
            ],
            Steps(Calc(D(2005, 3, 1), null, D(2026, 6, 1))));
        Assert.DoesNotContain(Calc(D(2008, 1, 1), null, D(2026, 6, 1)).Remarks, x => x.Key == "LS-WRITTEN-CONTRACT.remark.before2008");
    }

    [Fact]
    public void By_calendar_days_the_part_month_is_its_days_over_the_days_of_the_month_it_begins()
    {
        // The part 2026-03-06..03-20: 15 days of March's 31.
        DoubleWageResult r = Calc(D(2026, 1, 5), null, D(2026, 6, 1), ended: D(2026, 3, 20), profile: With("ls.writtenContract.partialMonth", "\"calendarDays\"", "choice"));
        Assert.Equal(
            [
                "month(employed=2026-01-05, period=1 months, due=2026-02-05, start=2026-02-06)",
                "year(period=1 years, anniversary=2027-01-05, last=2027-01-04)",
                "period(from=2026-02-06, to=2026-03-20, months=1, days=15, end=doubleWage.ended)",
                "partCalendarDays(first=2026-03-06, last=2026-03-20, days=15, monthDays=31, part=0.4838709677419354838709677419)",
                "amount(wage=10000, times=1, months=1.4838709677419354838709677419, amount=14838.709677419354838709677419)",
            ],
            Steps(r));
        Assert.Equal(DoubleWageStandards.CalendarDays, r.PartialMonth);
        Assert.Equal(31m, r.PartDenominator);
    }

    [Fact]
    public void A_multiple_of_three_pays_twice_the_wage_on_top()
    {
        DoubleWageResult r = Calc(D(2026, 1, 5), null, D(2026, 4, 5), profile: With("ls.writtenContract.doubleWageMultiple", "3", "multiple"));
        Assert.Equal(2, r.FullMonths);
        Assert.Equal(0, r.PartDays);
        Assert.Equal(Money.FromYuan(40000m), r.ExtraWage);
        Assert.Equal("amount(wage=10000, times=2, months=2, amount=40000)", Steps(r)[^2]);
    }

    [Theory]
    [InlineData("ls.writtenContract.period", "1", "workingDays")]
    [InlineData("ls.writtenContract.deemedOpenEndedAfter", "250", "workingDays")]
    [InlineData("ls.writtenContract.doubleWageMultiple", "0.99", "multiple")]
    [InlineData("ls.writtenContract.partialMonth", "\"weeks\"", "choice")]
    public void A_standard_the_calculation_cannot_use_is_named_and_nothing_is_calculated(string name, string value, string unit)
    {
        Assert.False(DoubleWageStandards.TryRead(With(name, value, unit), D(2026, 6, 1), out DoubleWageStandards? standards, out IReadOnlyList<string> missing));
        Assert.Null(standards);
        Assert.Equal([name], missing);
    }

    [Fact]
    public void A_multiple_of_exactly_one_is_used_and_owes_nothing_on_top()
    {
        Assert.True(DoubleWageStandards.TryRead(With("ls.writtenContract.doubleWageMultiple", "1", "multiple"), D(2026, 6, 1), out DoubleWageStandards? standards, out IReadOnlyList<string> missing));
        Assert.Empty(missing);
        Assert.Equal(Money.Zero, DoubleWage.Calculate(new DoubleWageInput(D(2026, 1, 5), null, D(2026, 4, 5), Money.FromYuan(10000m)), standards).ExtraWage);
    }

    [Fact]
    public void By_calendar_days_no_paid_days_a_month_are_read()
    {
        Assert.True(DoubleWageStandards.TryRead(With("ls.writtenContract.partialMonth", "\"calendarDays\"", "choice"), D(2026, 6, 1), out DoubleWageStandards? standards, out _));
        Assert.Null(standards.PaidDaysPerMonth);
        Assert.DoesNotContain(standards.Parameters, p => p.Name == "wage.paidDaysPerMonth");
        Assert.True(DoubleWageStandards.TryRead(JurisdictionProfile.National, D(2026, 6, 1), out DoubleWageStandards? paid, out _));
        Assert.Equal(21.75m, paid.PaidDaysPerMonth);
        Assert.Contains(paid.Parameters, p => p.Name == "wage.paidDaysPerMonth");
    }
}
