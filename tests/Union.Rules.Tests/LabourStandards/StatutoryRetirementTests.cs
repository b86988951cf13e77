using NodaTime;
using Union.Domain.LabourStandards;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>
/// The statutory retirement age of 国务院关于渐进式延迟法定退休年龄的办法 第一条, against the anchor points published from the annex
/// tables (as collected with the derived schedule, status U: used here as test points only, never as data).
/// </summary>
public sealed class StatutoryRetirementTests
{
    [Theory]
    // First month of the reform: the original month January 2025 is delayed one month.
    [InlineData("1965-01-01", Sex.Male, null, 60, 1, "2025-02-01")]
    [InlineData("1970-01-01", Sex.Female, 55, 55, 1, "2025-02-01")]
    [InlineData("1975-01-01", Sex.Female, 50, 50, 1, "2025-02-01")]
    // The month before the reform keeps the original age.
    [InlineData("1964-12-15", Sex.Male, 60, 60, 0, "2024-12-15")]
    [InlineData("1974-12-15", Sex.Female, 50, 50, 0, "2024-12-15")]
    // Four (two) months per month of delay: the fifth month of 1965 is the second step.
    [InlineData("1965-04-10", Sex.Male, null, 60, 1, "2025-05-10")]
    [InlineData("1965-05-10", Sex.Male, null, 60, 2, "2025-07-10")]
    [InlineData("1975-02-10", Sex.Female, 50, 50, 1, "2025-03-10")]
    [InlineData("1975-03-10", Sex.Female, 50, 50, 2, "2025-05-10")]
    // Published samples.
    [InlineData("1966-01-20", Sex.Male, null, 60, 4, "2026-05-20")]
    [InlineData("1975-06-20", Sex.Male, null, 60, 32, "2038-02-20")]
    [InlineData("1970-06-20", Sex.Female, 55, 55, 2, "2025-08-20")]
    [InlineData("1971-04-20", Sex.Female, 55, 55, 4, "2026-08-20")]
    [InlineData("1971-06-20", Sex.Female, 55, 55, 5, "2026-11-20")]
    [InlineData("1975-06-20", Sex.Female, 50, 50, 3, "2025-09-20")]
    [InlineData("1976-06-20", Sex.Female, 50, 50, 9, "2027-03-20")]
    [InlineData("1977-01-20", Sex.Female, 50, 50, 13, "2028-02-20")]
    // The caps: 63 from a birth in 1976-09, 58 from 1981-09, 55 from 1984-11; the month before, one month short.
    [InlineData("1976-08-01", Sex.Male, null, 60, 35, "2039-07-01")]
    [InlineData("1976-09-01", Sex.Male, null, 60, 36, "2039-09-01")]
    [InlineData("1990-09-01", Sex.Male, null, 60, 36, "2053-09-01")]
    [InlineData("1981-08-01", Sex.Female, 55, 55, 35, "2039-07-01")]
    [InlineData("1981-09-01", Sex.Female, 55, 55, 36, "2039-09-01")]
    [InlineData("1984-10-01", Sex.Female, 50, 50, 59, "2039-09-01")]
    [InlineData("1984-11-01", Sex.Female, 50, 50, 60, "2039-11-01")]
    public void Anchor_points(string birth, Sex sex, int? original, int years, int delay, string date)
    {
        RetirementAge age = StatutoryRetirement.Compute(LocalDate.FromDateTime(DateTime.Parse(birth, System.Globalization.CultureInfo.InvariantCulture)), sex, original)!;
        Assert.Equal(years, age.OriginalYears);
        Assert.Equal(delay, age.DelayMonths);
        Assert.Equal(date, age.Date.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void The_day_of_a_birth_on_the_31st_is_the_month_end()
    {
        Assert.Equal(new LocalDate(2025, 2, 28), StatutoryRetirement.Compute(new LocalDate(1965, 1, 31), Sex.Male, null)!.Date);
        Assert.Equal("60y1m", StatutoryRetirement.Compute(new LocalDate(1965, 1, 31), Sex.Male, null)!.ToString());
    }

    [Theory]
    [InlineData(Sex.Male, 55)]
    [InlineData(Sex.Female, null)]
    [InlineData(Sex.Female, 60)]
    public void The_measures_do_not_decide_other_original_ages(Sex sex, int? original) =>
        Assert.Null(StatutoryRetirement.Compute(new LocalDate(1970, 1, 1), sex, original));

    [Fact]
    public void A_given_retirement_date_takes_the_place_of_the_computed_one()
    {
        var record = new EmploymentRecord(new LocalDate(2000, 1, 1), BirthDate: new LocalDate(1970, 5, 10), Sex: Sex.Male, RetirementDate: new LocalDate(2030, 1, 1));
        Assert.Equal(new LocalDate(2030, 1, 1), StatutoryRetirement.DateOf(record));
        Assert.Equal(new LocalDate(2031, 10, 10), StatutoryRetirement.DateOf(record with { RetirementDate = null }));
        Assert.Null(StatutoryRetirement.DateOf(record with { RetirementDate = null, Sex = null }));
    }
}
