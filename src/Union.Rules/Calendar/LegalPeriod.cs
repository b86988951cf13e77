using System.Globalization;
using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// The length of a legal period with its unit (期间): <c>10 days</c> (十日), <c>10 workingDays</c> (十个工作日),
/// <c>3 months</c> (三个月), <c>1 years</c> (一年). Counted by <see cref="LegalPeriods.DeadlineAfter(LocalDate, LegalPeriod, HolidayCalendar, bool)"/>
/// and <see cref="LegalPeriods.WindowOpens(LocalDate, LegalPeriod)"/>.
/// </summary>
/// <remarks>
/// <para>The count is at least 1; the constructor and the factories throw otherwise. <see langword="default"/>
/// (<c>0 days</c>) is not a period: the members that count one reject it.</para>
/// <para>A rule whose parameter carries a unit reads it with <see cref="TryFromUnit"/>.</para>
/// </remarks>
/// <param name="Count">The number of units, at least 1.</param>
/// <param name="Unit">The unit.</param>
public readonly record struct LegalPeriod(int Count, PeriodUnit Unit)
{
    /// <summary>The largest count <see cref="TryFromUnit"/> accepts: longer than any period a statute or a contract states.</summary>
    public const int MaxParameterCount = 100_000;

    /// <summary>Gets the number of units, at least 1.</summary>
    public int Count { get; } = Count >= 1
        ? Count
        : throw new ArgumentOutOfRangeException(nameof(Count), Count, "A legal period counts at least one unit.");

    /// <summary>Gets the unit.</summary>
    public PeriodUnit Unit { get; } = Enum.IsDefined(Unit)
        ? Unit
        : throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "The unit is not a period unit.");

    /// <summary>A period of <paramref name="count"/> calendar days (日).</summary>
    /// <param name="count">The number of days, at least 1.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static LegalPeriod Days(int count) => new(count, PeriodUnit.Days);

    /// <summary>A period of <paramref name="count"/> working days (工作日).</summary>
    /// <param name="count">The number of working days, at least 1.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static LegalPeriod WorkingDays(int count) => new(count, PeriodUnit.WorkingDays);

    /// <summary>A period of <paramref name="count"/> months (月).</summary>
    /// <param name="count">The number of months, at least 1.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static LegalPeriod Months(int count) => new(count, PeriodUnit.Months);

    /// <summary>A period of <paramref name="count"/> years (年).</summary>
    /// <param name="count">The number of years, at least 1.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static LegalPeriod Years(int count) => new(count, PeriodUnit.Years);

    /// <summary>
    /// Reads a period from a parameter's value and unit, e.g. <c>10</c> and <c>workingDays</c>. Never throws.
    /// </summary>
    /// <param name="count">The parameter's value: a whole number from 1 to <see cref="MaxParameterCount"/> (<c>10</c> and <c>10.0</c> are accepted).</param>
    /// <param name="unit">The parameter's unit, exactly (case-sensitive): <c>days</c> or <c>day</c>, <c>workingDays</c>,
    /// <c>months</c> or <c>month</c>, <c>years</c> or <c>year</c>.</param>
    /// <param name="period">The period, or <see langword="default"/> when the value or the unit is not one of those.</param>
    /// <returns><see langword="false"/> for any other unit (including <see langword="null"/>), for a count that is not a
    /// positive whole number, and for a count above <see cref="MaxParameterCount"/>.</returns>
    public static bool TryFromUnit(decimal count, string? unit, out LegalPeriod period)
    {
        period = default;
        PeriodUnit? parsed = unit switch
        {
            "days" or "day" => PeriodUnit.Days,
            "workingDays" => PeriodUnit.WorkingDays,
            "months" or "month" => PeriodUnit.Months,
            "years" or "year" => PeriodUnit.Years,
            _ => null,
        };
        if (parsed is not { } u || count < 1 || count > MaxParameterCount || count != decimal.Truncate(count))
        {
            return false;
        }

        period = new LegalPeriod((int)count, u);
        return true;
    }

    /// <summary>Renders the period with its parameter unit, e.g. <c>10 workingDays</c>, <c>3 months</c>, <c>1 days</c>.</summary>
    /// <returns>The text, which <see cref="TryFromUnit"/> reads back.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} {UnitName(Unit)}");

    /// <summary>The calendar period for days, months and years.</summary>
    /// <exception cref="InvalidOperationException">The unit is working days, which no calendar period expresses.</exception>
    internal Period ToPeriod() => Unit switch
    {
        PeriodUnit.Days => Period.FromDays(Count),
        PeriodUnit.Months => Period.FromMonths(Count),
        PeriodUnit.Years => Period.FromYears(Count),
        _ => throw new InvalidOperationException($"A period of {this} is not a calendar period."),
    };

    /// <summary>The period a calendar period counts in a single unit (weeks as days), or <see langword="null"/> when it mixes units.</summary>
    internal static LegalPeriod? FromPeriod(Period length)
    {
        long days = ((long)length.Weeks * 7) + length.Days;
        return (length.Years, length.Months, days) switch
        {
            (0, 0, > 0 and <= int.MaxValue) => Days((int)days),
            (0, > 0, 0) => Months(length.Months),
            (> 0, 0, 0) => Years(length.Years),
            _ => null,
        };
    }

    /// <summary>Checks a period given to a counting member; <see langword="default"/> is not one.</summary>
    internal static void Check(LegalPeriod period, string paramName)
    {
        if (period.Count < 1 || !Enum.IsDefined(period.Unit))
        {
            throw new ArgumentOutOfRangeException(paramName, period, "A legal period counts at least one unit of a known kind.");
        }
    }

    private static string UnitName(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => "days",
        PeriodUnit.WorkingDays => "workingDays",
        PeriodUnit.Months => "months",
        PeriodUnit.Years => "years",
        _ => unit.ToString(),
    };
}
