using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.LabourStandards.SeparationProfiles;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// 劳动合同法 第十条, 第八十二条 and 实施条例 第六条, 第七条: the month and the year counted as 民法典 第二百零一条, 第二百零二条
/// count them, the double-wage period at its ends, the part month, and the open-ended contract deemed at one year.
/// </summary>
public sealed class DoubleWageTests
{
    private const string CalendarDaysLayer = """
        { "parameters": { "ls.writtenContract.partialMonth": { "description": "按日历天数", "descriptionEn": "by calendar days", "unit": "choice",
          "values": [ { "from": "2008-01-01", "value": "calendarDays", "source": "test" } ] } } }
        """;

    internal static DoubleWageResult Calc(LocalDate employed, LocalDate? signed, LocalDate asOf, decimal? wage = 10000m, LocalDate? ended = null, JurisdictionProfile? profile = null)
    {
        profile ??= JurisdictionProfile.National;
        Assert.True(DoubleWageStandards.TryRead(profile, asOf, out DoubleWageStandards? standards, out IReadOnlyList<string> missing), string.Join(", ", missing));
        return DoubleWage.Calculate(new DoubleWageInput(employed, signed, asOf, wage is { } w ? Money.FromYuan(w) : null, ended), standards);
    }

    [Fact]
    public void Employed_on_31_January_the_first_month_ends_on_28_February()
    {
        DoubleWageResult r = Calc(D(2026, 1, 31), null, D(2026, 2, 28));
        Assert.Equal(D(2026, 2, 28), r.SigningDue);
        Assert.Equal(WrittenContractStatus.WithinFirstMonth, r.Status);
        Assert.Equal(D(2027, 1, 31), r.FirstAnniversary);
        Assert.Contains(r.Remarks, x => x.Key == "LS-WRITTEN-CONTRACT.remark.monthEnd" && x.Argument("due") == "2026-02-28");
        Assert.Equal(D(2026, 2, 5), Calc(D(2026, 1, 5), null, D(2026, 1, 6)).SigningDue);
    }

    [Fact]
    public void Signed_on_the_last_day_of_the_first_month_owes_no_double_wage()
    {
        DoubleWageResult r = Calc(D(2026, 1, 31), D(2026, 2, 28), D(2026, 6, 1));
        Assert.Equal(WrittenContractStatus.SignedInTime, r.Status);
        Assert.False(r.IsOwed);
        Assert.Null(r.ExtraWage);
    }

    [Fact]
    public void Signed_the_day_after_is_late_but_the_period_ends_the_day_before_signing_so_it_is_empty()
    {
        DoubleWageResult r = Calc(D(2026, 1, 31), D(2026, 3, 1), D(2026, 6, 1));
        Assert.Equal(WrittenContractStatus.Late, r.Status);
        Assert.Null(r.From);
        Assert.Null(r.ExtraWage);
        Assert.Contains(r.Remarks, x => x.Key == "LS-WRITTEN-CONTRACT.remark.emptyPeriod" && x.Argument("start") == "2026-03-01");
    }

    [Fact]
    public void Signed_two_days_after_owes_one_day_converted_as_the_profile_says()
    {
        // 2026-03-01 is a Sunday: no paid day under 21.75 paid days a month; 1/31 of a month by calendar days.
        DoubleWageResult paid = Calc(D(2026, 1, 31), D(2026, 3, 2), D(2026, 6, 1));
        Assert.Equal(D(2026, 3, 1), paid.From);
        Assert.Equal(D(2026, 3, 1), paid.To);
        Assert.Equal(0, paid.FullMonths);
        Assert.Equal(1, paid.PartDays);
        Assert.Equal(0m, paid.PartNumerator);
        Assert.Equal(Money.Zero, paid.ExtraWage);

        DoubleWageResult calendar = Calc(D(2026, 1, 31), D(2026, 3, 2), D(2026, 6, 1), profile: JurisdictionProfile.National.WithLayers(Layer(CalendarDaysLayer)));
        Assert.Equal(1m, calendar.PartNumerator);
        Assert.Equal(31m, calendar.PartDenominator);
        Assert.Equal(Money.FromYuan(10000m) / 31m, calendar.ExtraWage);

        DoubleWageResult monday = Calc(D(2026, 1, 31), D(2026, 3, 3), D(2026, 6, 1));
        Assert.Equal(1m, monday.PartNumerator);
        Assert.Equal(21.75m, monday.PartDenominator);
        Assert.Equal(Money.FromYuan(10000m) / 21.75m, monday.ExtraWage);
    }

    [Fact]
    public void Never_signed_the_double_wage_runs_to_the_day_before_the_anniversary_and_the_contract_is_deemed_open_ended()
    {
        DoubleWageResult r = Calc(D(2026, 1, 5), null, D(2027, 6, 1));
        // 满一个月的次日 to 满一年的前一日: the eleventh month would end on 2027-01-05, the day the year is complete, which is
        // the first day of the deemed open-ended contract; the period is one day short of eleven whole months.
        Assert.Equal(D(2026, 2, 6), r.From);
        Assert.Equal(D(2027, 1, 4), r.To);
        Assert.Equal(10, r.FullMonths);
        Assert.Equal(30, r.PartDays);
        Assert.Equal(21m, r.PartNumerator); // 2026-12-06 to 2027-01-04: 19 weekdays in December, Friday 1 and Monday 4 January
        Assert.Equal(Money.FromYuan(10000m) * ((10m * 21.75m) + 21m) / 21.75m, r.ExtraWage);
        Assert.True(r.MonthsOwed < 11m);
        Assert.True(r.DeemedOpenEnded);
        Assert.Equal(D(2027, 1, 5), r.DeemedOpenEndedFrom);
        Assert.False(r.Running);
    }

    [Fact]
    public void Employed_on_31_January_never_signed_the_period_is_ten_months_and_thirty_days()
    {
        DoubleWageResult r = Calc(D(2026, 1, 31), null, D(2027, 6, 1));
        Assert.Equal(D(2026, 3, 1), r.From);
        Assert.Equal(D(2027, 1, 30), r.To);
        Assert.Equal(10, r.FullMonths);
        Assert.Equal(30, r.PartDays);
        Assert.Equal(21m, r.PartNumerator); // Friday 1 January 2027 and the twenty weekdays from the 4th to the 29th
        Assert.Equal(Money.FromYuan(10000m) * ((10m * 21.75m) + 21m) / 21.75m, r.ExtraWage);
        Assert.Equal(D(2027, 1, 31), r.DeemedOpenEndedFrom);
    }

    [Fact]
    public void Signed_on_the_anniversary_the_double_wage_stops_the_day_before_and_the_contract_was_already_deemed()
    {
        DoubleWageResult r = Calc(D(2026, 1, 5), D(2027, 1, 5), D(2027, 6, 1));
        Assert.Equal(D(2027, 1, 4), r.To);
        Assert.True(r.DeemedOpenEnded);

        DoubleWageResult dayBefore = Calc(D(2026, 1, 5), D(2027, 1, 4), D(2027, 6, 1));
        Assert.Equal(D(2027, 1, 3), dayBefore.To);
        Assert.False(dayBefore.DeemedOpenEnded);
    }

    [Fact]
    public void Unsigned_and_still_employed_the_period_runs_to_the_date_of_the_calculation()
    {
        DoubleWageResult r = Calc(D(2026, 1, 5), null, D(2026, 4, 15));
        Assert.Equal(D(2026, 2, 6), r.From);
        Assert.Equal(D(2026, 4, 15), r.To);
        Assert.Equal(2, r.FullMonths);
        Assert.Equal(10, r.PartDays);
        Assert.True(r.Running);
        Assert.False(r.DeemedOpenEnded);
    }

    [Fact]
    public void An_employment_that_ended_stops_the_period_and_one_that_ended_in_the_first_month_owes_nothing()
    {
        DoubleWageResult r = Calc(D(2026, 1, 5), null, D(2026, 6, 1), ended: D(2026, 3, 20));
        Assert.Equal(D(2026, 3, 20), r.To);
        Assert.False(r.Running);
        Assert.Equal(WrittenContractStatus.EndedWithinFirstMonth, Calc(D(2026, 1, 5), null, D(2026, 6, 1), ended: D(2026, 2, 5)).Status);
        Assert.Equal(WrittenContractStatus.Late, Calc(D(2026, 1, 5), null, D(2026, 6, 1), ended: D(2026, 2, 6)).Status);
    }

    [Fact]
    public void Without_a_wage_the_period_is_counted_and_the_amount_is_not()
    {
        DoubleWageResult r = Calc(D(2026, 1, 5), null, D(2026, 4, 15), wage: null);
        Assert.True(r.IsOwed);
        Assert.Null(r.ExtraWage);
        Assert.Contains(r.Remarks, x => x.Key == "LS-WRITTEN-CONTRACT.remark.noWage");
    }

    [Fact]
    public void An_employment_begun_before_2008_counts_its_month_from_2008_01_01()
    {
        DoubleWageResult r = Calc(D(2005, 3, 1), null, D(2026, 6, 1));
        Assert.Equal(D(2008, 1, 1), r.CountedFrom);
        Assert.Equal(D(2008, 2, 1), r.SigningDue);
        Assert.Equal(D(2009, 1, 1), r.DeemedOpenEndedFrom);
        Assert.Equal(D(2008, 12, 31), r.To);
    }

    [Fact]
    public void The_standards_come_from_the_national_data_with_their_articles()
    {
        Assert.True(DoubleWageStandards.TryRead(JurisdictionProfile.National, D(2026, 1, 1), out DoubleWageStandards? s, out _));
        Assert.Equal(Union.Rules.Calendar.LegalPeriod.Months(1), s.SigningPeriod);
        Assert.Equal(Union.Rules.Calendar.LegalPeriod.Years(1), s.DeemedAfter);
        Assert.Equal(2m, s.Multiple);
        Assert.Equal(DoubleWageStandards.PaidDays, s.PartialMonth);
        Assert.Equal(21.75m, s.PaidDaysPerMonth);
        Assert.Contains(s.Parameters, p => p.Name == "ls.writtenContract.period" && p.Source == "劳动合同法 第十条第二款");
        Assert.Contains(s.Parameters, p => p.Name == "ls.writtenContract.deemedOpenEndedAfter" && p.Source == "劳动合同法 第十四条第三款");
        Assert.Contains(s.Parameters, p => p.Name == "ls.writtenContract.doubleWageMultiple" && p.Source == "劳动合同法 第八十二条第一款");
    }
}
