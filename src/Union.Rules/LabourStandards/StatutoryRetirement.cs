using NodaTime;
using Union.Domain.LabourStandards;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The statutory retirement age and date (法定退休年龄) under 国务院关于渐进式延迟法定退休年龄的办法 第一条: "从2025年1月1日起，男职工和原法定
/// 退休年龄为五十五周岁的女职工，法定退休年龄每四个月延迟一个月，分别逐步延迟至六十三周岁和五十八周岁；原法定退休年龄为五十周岁的女职工，法定退休年龄
/// 每二个月延迟一个月，逐步延迟至五十五周岁。"
/// </summary>
/// <remarks>
/// <para>Read as the month in which the original age would have been reached: that month from January 2025 on counts as
/// month 0, and the delay is one month for each started step of four (or two) months, up to 36 (or 60) months. A man born in
/// January 1965 (original month January 2025) retires at 60 years and 1 month, in February 2025; born in May 1965, at 60 years
/// and 2 months; from a birth in September 1976 at 63. A woman of original age 50 born in November 1984 or later retires at 55.
/// Someone whose original month is before January 2025 keeps the original age.</para>
/// <para>The date is the day the age is reached: the birth date plus the age in months (the month's last day where the birth day
/// does not exist in it).</para>
/// <para>Not computed: a man whose original age is not 60, or a woman whose original age is not given or is neither 50 nor 55
/// (special types of work, 第八条, and other cases "国家另有规定的，从其规定", 第一条). The annex tables of the 办法 are images the
/// library has not read; the rule was checked against the anchor points published from them.</para>
/// </remarks>
public static class StatutoryRetirement
{
    /// <summary>The first month whose original retirement is delayed (2025-01-01, 办法 第一条; 决定 第五项).</summary>
    public static LocalDate ReformStarts { get; } = new(2025, 1, 1);

    /// <summary>
    /// Computes the statutory retirement age and date, or <see langword="null"/> when the 办法 does not decide it from these facts.
    /// </summary>
    /// <param name="birthDate">The date of birth.</param>
    /// <param name="sex">The sex.</param>
    /// <param name="originalAge">The original statutory age in years: 60 for men (assumed when absent); 50 or 55 for women (required).</param>
    /// <returns>The age and date, or <see langword="null"/>.</returns>
    public static RetirementAge? Compute(LocalDate birthDate, Sex sex, int? originalAge)
    {
        (int years, int step, int cap)? rule = (sex, originalAge) switch
        {
            (Sex.Male, null or 60) => (60, 4, 36),
            (Sex.Female, 55) => (55, 4, 36),
            (Sex.Female, 50) => (50, 2, 60),
            _ => null,
        };
        if (rule is not { } r)
        {
            return null;
        }

        int originalMonth = MonthIndex(birthDate) + (r.years * 12);
        int n = originalMonth - MonthIndex(ReformStarts);
        int delay = n < 0 ? 0 : Math.Min(r.cap, (n / r.step) + 1);
        int months = (r.years * 12) + delay;
        return new RetirementAge(r.years, delay, birthDate.PlusMonths(months));
    }

    /// <summary>The statutory retirement date of an employment record: the one the record gives, or the one computed from its facts.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The date, or <see langword="null"/> when neither is available.</returns>
    public static LocalDate? DateOf(EmploymentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.RetirementDate is { } given)
        {
            return given;
        }

        return record.BirthDate is { } birth && record.Sex is { } sex ? Compute(birth, sex, record.OriginalRetirementAge)?.Date : null;
    }

    private static int MonthIndex(LocalDate date) => (date.Year * 12) + date.Month - 1;
}

/// <summary>A statutory retirement age and the day it is reached (法定退休年龄及日期).</summary>
/// <param name="OriginalYears">The original age in years (60, 55 or 50).</param>
/// <param name="DelayMonths">The months of delay under the 2025 reform (0 to 36, or to 60 for women of original age 50).</param>
/// <param name="Date">The day the age is reached.</param>
public sealed record RetirementAge(int OriginalYears, int DelayMonths, LocalDate Date)
{
    /// <summary>Gets the age in whole months.</summary>
    public int Months => (OriginalYears * 12) + DelayMonths;

    /// <summary>Gets the age as years and months, e.g. <c>61y5m</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Months / 12}y{Months % 12}m");
}
