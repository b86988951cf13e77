using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>Where an employment stands with its written contract (书面劳动合同订立情况).</summary>
public enum WrittenContractStatus
{
    /// <summary>Signed within the first month, or before work began (自用工之日起一个月内订立).</summary>
    [JsonStringEnumMemberName("signedInTime")]
    SignedInTime = 0,

    /// <summary>Not signed yet, but the first month has not run out on the date of the calculation.</summary>
    [JsonStringEnumMemberName("withinFirstMonth")]
    WithinFirstMonth = 1,

    /// <summary>Not signed, and the employment ended within the first month: nothing is owed for the missing contract.</summary>
    [JsonStringEnumMemberName("endedWithinFirstMonth")]
    EndedWithinFirstMonth = 2,

    /// <summary>Not signed within the first month (signed later, or not at all): the double wage runs (第八十二条第一款).</summary>
    [JsonStringEnumMemberName("late")]
    Late = 3,
}

/// <summary>What a double-wage calculation starts from (二倍工资计算输入).</summary>
/// <param name="Employed">The first day of employment (用工之日).</param>
/// <param name="ContractSigned">The day the written contract was concluded; <see langword="null"/> when none was.</param>
/// <param name="AsOf">The date of the calculation: an unsigned employment's double wage is counted up to it.</param>
/// <param name="MonthlyWage">The monthly wage the double is paid on; <see langword="null"/> to count the period only.</param>
/// <param name="EmploymentEnded">The employment's last day, when it ended.</param>
public sealed record DoubleWageInput(
    LocalDate Employed,
    LocalDate? ContractSigned,
    LocalDate AsOf,
    Money? MonthlyWage = null,
    LocalDate? EmploymentEnded = null);

/// <summary>The standards a double-wage calculation reads (二倍工资计算标准), with their readings.</summary>
/// <param name="SigningPeriod">The time to sign (一个月).</param>
/// <param name="DeemedAfter">The time after which an open-ended contract is deemed (一年).</param>
/// <param name="Multiple">The multiple paid each month (二倍).</param>
/// <param name="PartialMonth">How a part of a month is paid: <c>paidDays</c> or <c>calendarDays</c>.</param>
/// <param name="PaidDaysPerMonth">Paid days a month, for <c>paidDays</c> (21.75); <see langword="null"/> otherwise.</param>
/// <param name="Parameters">The readings of every parameter read.</param>
public sealed record DoubleWageStandards(
    LegalPeriod SigningPeriod,
    LegalPeriod DeemedAfter,
    decimal Multiple,
    string PartialMonth,
    decimal? PaidDaysPerMonth,
    IReadOnlyList<ParameterReading> Parameters)
{
    /// <summary>The choice that converts a part month by paid days (Monday to Friday ÷ 21.75).</summary>
    public const string PaidDays = "paidDays";

    /// <summary>The choice that converts a part month by the calendar days of the month it begins.</summary>
    public const string CalendarDays = "calendarDays";

    /// <summary>Reads the standards in force on <paramref name="on"/>.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="on">The date, normally the date of the calculation (the statutory numbers have not changed since 2008).</param>
    /// <param name="standards">The standards, when every one is in force.</param>
    /// <param name="missing">The parameters not in force.</param>
    /// <returns>Whether every one is.</returns>
    public static bool TryRead(JurisdictionProfile profile, LocalDate on, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DoubleWageStandards? standards, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ParameterSource source = ParameterSource.Of(profile);
        bool read = TryRead(source, on, out standards);
        missing = source.Missing;
        return read;
    }

    internal static bool TryRead(ParameterSource source, LocalDate on, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DoubleWageStandards? standards)
    {
        standards = null;
        bool ok = source.TryRead(SeparationParameters.WrittenContractPeriod, on, out LegalPeriod period)
            & source.TryRead(SeparationParameters.DeemedOpenEndedAfter, on, out LegalPeriod deemed)
            & source.TryRead(SeparationParameters.DoubleWageMultiple, on, out decimal multiple)
            & source.TryRead(SeparationParameters.PartialMonth, on, out string partial);
        decimal? paidDays = null;
        if (ok && partial == PaidDays)
        {
            ok = source.TryRead(LabourStandardParameters.PaidDaysPerMonth, on, out decimal d);
            paidDays = d;
        }

        if (!ok)
        {
            return false;
        }

        if (partial is not (PaidDays or CalendarDays))
        {
            source.Invalid(SeparationParameters.PartialMonth, partial);
            return false;
        }

        if (period.Unit == PeriodUnit.WorkingDays || deemed.Unit == PeriodUnit.WorkingDays || multiple < 1m)
        {
            source.Invalid(period.Unit == PeriodUnit.WorkingDays ? SeparationParameters.WrittenContractPeriod : deemed.Unit == PeriodUnit.WorkingDays ? SeparationParameters.DeemedOpenEndedAfter : SeparationParameters.DoubleWageMultiple, null);
            return false;
        }

        standards = new DoubleWageStandards(period, deemed, multiple, partial, paidDays, [.. source.Readings]);
        return true;
    }
}

/// <summary>
/// The double wage for an employment without a written contract (未订立书面劳动合同的二倍工资), every step shown: when the first
/// month ends, the period of the double wage (from the day after the month is complete to the day before the contract, at
/// most to the day before the first anniversary), its whole months and days, the wage owed on top, and the open-ended contract
/// deemed at one year.
/// </summary>
/// <param name="Employed">The first day of employment given.</param>
/// <param name="CountedFrom">The day the month and the year run from: <paramref name="Employed"/>, or 2008-01-01 for an
/// employment begun before 劳动合同法 came into force (第九十七条第二款).</param>
/// <param name="ContractSigned">The day the written contract was concluded, when it was.</param>
/// <param name="EmploymentEnded">The employment's last day, when it ended.</param>
/// <param name="AsOf">The date of the calculation.</param>
/// <param name="SigningDue">The last day of the first month (一个月内): <paramref name="CountedFrom"/> + 1 month, the start day not counted.</param>
/// <param name="FirstAnniversary">The day one year is complete (满一年的当日): <paramref name="CountedFrom"/> + 1 year.</param>
/// <param name="Status">Where the employment stands with its written contract.</param>
/// <param name="From">The first day of the double wage (满一个月的次日), when any is owed.</param>
/// <param name="To">The last day counted: the day before the contract (补订书面劳动合同的前一日), the day before the first
/// anniversary (满一年的前一日), the employment's last day, or, unsigned, the date of the calculation.</param>
/// <param name="Running">Whether the period is still running on <paramref name="AsOf"/> (unsigned, employed, before the anniversary).</param>
/// <param name="FullMonths">The whole months of the period (at most eleven).</param>
/// <param name="PartDays">The days of the period after the whole months.</param>
/// <param name="PartialMonth">How the part month was converted: <c>paidDays</c> or <c>calendarDays</c>.</param>
/// <param name="PartNumerator">The part month's count: its paid days (Monday to Friday), or its calendar days.</param>
/// <param name="PartDenominator">What a whole month counts: the paid days a month (21.75), or the days of the month the part begins.</param>
/// <param name="MonthsOwed">The months of extra wage: <paramref name="FullMonths"/> + the part (at most one).</param>
/// <param name="Multiple">The multiple paid each month (二倍): the extra is one less, the wage already paid being one of them.</param>
/// <param name="MonthlyWage">The monthly wage, when given.</param>
/// <param name="ExtraWage">The wage owed on top of the wage paid (二倍工资差额): <paramref name="MonthlyWage"/> × (<paramref name="Multiple"/> − 1) × <paramref name="MonthsOwed"/>; <see langword="null"/> without a wage or a period.</param>
/// <param name="DeemedOpenEnded">Whether an open-ended contract is deemed concluded (视为已订立无固定期限劳动合同, 第十四条第三款).</param>
/// <param name="DeemedOpenEndedFrom">The day it is deemed concluded (满一年的当日, 实施条例 第七条).</param>
/// <param name="Parameters">The parameters read, with their sources.</param>
/// <param name="Remarks">Every step and reading, in order.</param>
public sealed record DoubleWageResult(
    LocalDate Employed,
    LocalDate CountedFrom,
    LocalDate? ContractSigned,
    LocalDate? EmploymentEnded,
    LocalDate AsOf,
    LocalDate SigningDue,
    LocalDate FirstAnniversary,
    WrittenContractStatus Status,
    LocalDate? From,
    LocalDate? To,
    bool Running,
    int FullMonths,
    int PartDays,
    string PartialMonth,
    decimal PartNumerator,
    decimal PartDenominator,
    decimal MonthsOwed,
    decimal Multiple,
    Money? MonthlyWage,
    Money? ExtraWage,
    bool DeemedOpenEnded,
    LocalDate? DeemedOpenEndedFrom,
    IReadOnlyList<ParameterReading> Parameters,
    IReadOnlyList<CalculatorRemark> Remarks)
{
    /// <summary>Gets whether a double wage is owed for at least one day.</summary>
    public bool IsOwed => From is not null;

    /// <summary>A one-line summary for traces.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        From is { } f ? $"{Status}: {f:yyyy-MM-dd}..{To:yyyy-MM-dd} = {FullMonths}m {PartDays}d, extra {ExtraWage?.ToString() ?? "?"}" : Status.ToString();
}

/// <summary>
/// The double wage for a missing written contract (二倍工资): 劳动合同法 第十条, 第十四条第三款, 第八十二条第一款; 劳动合同法实施条例
/// 第六条, 第七条.
/// </summary>
/// <remarks>
/// <para>"一个月" and "一年" run as 民法典 第二百零一条 and 第二百零二条 count them: the first day of employment is not counted,
/// and the period ends on the corresponding day of the month (or year), or on the month's last day where there is none. Employed
/// 2026-01-05: the month ends 2026-02-05 and the double wage runs from 2026-02-06; employed 2026-01-31: the month ends
/// 2026-02-28. The last day is not moved for a holiday: 实施条例 第六条 starts the double wage on the day after the month is
/// complete (满一个月的次日) and 第七条 ends it the day before the year is complete, fixed points of elapsed time.</para>
/// <para>The whole months of the period run from its first day as <see cref="ServiceLength"/> counts them; a part month is
/// paid as the profile's <c>ls.writtenContract.partialMonth</c> says.</para>
/// </remarks>
public static class DoubleWage
{
    private static readonly MessageKey RemarkYear = new("LS-WRITTEN-CONTRACT.remark.year", "period", "anniversary", "last");
    private static readonly MessageKey RemarkRunning = new("LS-WRITTEN-CONTRACT.remark.running", "asOf", "last");
    private static readonly MessageKey RemarkPeriod = new("LS-WRITTEN-CONTRACT.remark.period", "from", "to", "end", "months", "days");
    private static readonly MessageKey RemarkPartPaidDays = new("LS-WRITTEN-CONTRACT.remark.partPaidDays", "first", "last", "paid", "perMonth", "part");
    private static readonly MessageKey RemarkPartCalendarDays = new("LS-WRITTEN-CONTRACT.remark.partCalendarDays", "first", "last", "days", "monthDays", "part");
    private static readonly MessageKey RemarkNoWage = new("LS-WRITTEN-CONTRACT.remark.noWage");
    private static readonly MessageKey RemarkMonthEnd = new("LS-WRITTEN-CONTRACT.remark.monthEnd", "employed", "due");
    private static readonly MessageKey RemarkMonth = new("LS-WRITTEN-CONTRACT.remark.month", "employed", "period", "due", "start");
    private static readonly MessageKey RemarkEmptyPeriod = new("LS-WRITTEN-CONTRACT.remark.emptyPeriod", "start", "signed");
    private static readonly MessageKey RemarkDeemed = new("LS-WRITTEN-CONTRACT.remark.deemed", "anniversary");
    private static readonly MessageKey RemarkBefore2008 = new("LS-WRITTEN-CONTRACT.remark.before2008", "employed", "from");
    private static readonly MessageKey RemarkAmount = new("LS-WRITTEN-CONTRACT.remark.amount", "wage", "times", "months", "amount");

    /// <summary>Calculates the double wage.</summary>
    /// <param name="input">The employment's dates and wage.</param>
    /// <param name="standards">The standards read from the profile.</param>
    /// <returns>The result, every step shown.</returns>
    public static DoubleWageResult Calculate(DoubleWageInput input, DoubleWageStandards standards)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(standards);
        var remarks = new List<CalculatorRemark>();
        LocalDate countedFrom = input.Employed;
        if (input.Employed < EconomicCompensation.LabourContractLawInForce)
        {
            countedFrom = EconomicCompensation.LabourContractLawInForce;
            remarks.Add(CalculatorRemark.Of(RemarkBefore2008, ("employed", input.Employed), ("from", countedFrom)));
        }

        LocalDate due = LegalPeriods.NominalEnd(countedFrom, standards.SigningPeriod.ToPeriod());
        LocalDate anniversary = LegalPeriods.NominalEnd(countedFrom, standards.DeemedAfter.ToPeriod());
        LocalDate start = due.PlusDays(1);
        LocalDate lastPossible = anniversary.PlusDays(-1);
        remarks.Add(CalculatorRemark.Of(RemarkMonth, ("employed", countedFrom), ("period", standards.SigningPeriod), ("due", due), ("start", start)));
        if (due.Day != countedFrom.Day)
        {
            remarks.Add(CalculatorRemark.Of(RemarkMonthEnd, ("employed", countedFrom), ("due", due)));
        }

        remarks.Add(CalculatorRemark.Of(RemarkYear, ("period", standards.DeemedAfter), ("anniversary", anniversary), ("last", lastPossible)));

        WrittenContractStatus status;
        LocalDate? ended = input.EmploymentEnded;
        if (input.ContractSigned is { } s && s <= due)
        {
            status = WrittenContractStatus.SignedInTime;
        }
        else if (ended is { } e && e <= due)
        {
            status = WrittenContractStatus.EndedWithinFirstMonth;
        }
        else if (input.ContractSigned is null && input.AsOf <= due)
        {
            status = WrittenContractStatus.WithinFirstMonth;
        }
        else
        {
            status = WrittenContractStatus.Late;
        }

        LocalDate? from = null;
        LocalDate? to = null;
        bool running = false;
        int fullMonths = 0;
        int partDays = 0;
        decimal numerator = 0m;
        decimal denominator = standards.PartialMonth == DoubleWageStandards.PaidDays ? standards.PaidDaysPerMonth ?? 0m : 0m;
        decimal monthsOwed = 0m;
        Money? extra = null;
        if (status == WrittenContractStatus.Late)
        {
            LocalDate last = input.ContractSigned is { } signed ? signed.PlusDays(-1) : input.AsOf;
            if (ended is { } end && end < last)
            {
                last = end;
            }

            if (lastPossible < last)
            {
                last = lastPossible;
            }

            running = input.ContractSigned is null && ended is null && input.AsOf < lastPossible;
            if (last < start)
            {
                remarks.Add(CalculatorRemark.Of(RemarkEmptyPeriod, ("start", start), ("signed", input.ContractSigned)));
            }
            else
            {
                from = start;
                to = last;
                fullMonths = ServiceLength.FullMonths(start, last);
                LocalDate partFirst = ServiceLength.EndOfMonths(start, fullMonths).PlusDays(1);
                partDays = last < partFirst ? 0 : Period.DaysBetween(partFirst, last) + 1;
                decimal part = 0m;
                if (partDays > 0)
                {
                    if (standards.PartialMonth == DoubleWageStandards.PaidDays)
                    {
                        numerator = PaidDaysBetween(partFirst, last);
                        denominator = standards.PaidDaysPerMonth!.Value;
                    }
                    else
                    {
                        numerator = partDays;
                        denominator = Period.DaysBetween(partFirst, LegalPeriods.TermEnd(partFirst, Period.FromMonths(1))) + 1;
                    }

                    numerator = Math.Min(numerator, denominator);
                    part = numerator / denominator;
                }

                monthsOwed = fullMonths + part;
                remarks.Add(CalculatorRemark.Of(
                    RemarkPeriod,
                    ("from", start),
                    ("to", last),
                    ("months", fullMonths),
                    ("days", partDays),
                    ("end", input.ContractSigned is not null && input.ContractSigned.Value.PlusDays(-1) == last ? "doubleWage.signed" : last == lastPossible ? "doubleWage.anniversary" : ended == last ? "doubleWage.ended" : "doubleWage.asOf")));
                if (partDays > 0)
                {
                    remarks.Add(standards.PartialMonth == DoubleWageStandards.PaidDays
                        ? CalculatorRemark.Of(RemarkPartPaidDays, ("first", partFirst), ("last", last), ("paid", numerator), ("perMonth", denominator), ("part", part))
                        : CalculatorRemark.Of(RemarkPartCalendarDays, ("first", partFirst), ("last", last), ("days", numerator), ("monthDays", denominator), ("part", part)));
                }

                if (input.MonthlyWage is { } wage)
                {
                    // One division, last: wage × (multiple − 1) × (months × denominator + numerator) ÷ denominator.
                    decimal times = standards.Multiple - 1m;
                    extra = numerator == 0m
                        ? wage * times * fullMonths
                        : wage * times * ((fullMonths * denominator) + numerator) / denominator;
                    remarks.Add(CalculatorRemark.Of(RemarkAmount, ("wage", wage), ("times", times), ("months", monthsOwed), ("amount", extra)));
                }
                else
                {
                    remarks.Add(CalculatorRemark.Of(RemarkNoWage));
                }

                if (running)
                {
                    remarks.Add(CalculatorRemark.Of(RemarkRunning, ("asOf", input.AsOf), ("last", lastPossible)));
                }
            }
        }

        bool deemed = (input.ContractSigned is null || input.ContractSigned >= anniversary) && (ended is null || ended >= anniversary) && input.AsOf >= anniversary;
        if (deemed)
        {
            remarks.Add(CalculatorRemark.Of(RemarkDeemed, ("anniversary", anniversary)));
        }

        return new DoubleWageResult(
            input.Employed,
            countedFrom,
            input.ContractSigned,
            ended,
            input.AsOf,
            due,
            anniversary,
            status,
            from,
            to,
            running,
            fullMonths,
            partDays,
            standards.PartialMonth,
            numerator,
            denominator,
            monthsOwed,
            standards.Multiple,
            input.MonthlyWage,
            extra,
            deemed,
            deemed ? anniversary : null,
            standards.Parameters,
            remarks);
    }

    /// <summary>The paid days (计薪日) from <paramref name="first"/> to <paramref name="last"/>, both included: Monday to Friday, holidays included (劳社部发〔2008〕3号: 365 − 104 rest days).</summary>
    private static int PaidDaysBetween(LocalDate first, LocalDate last)
    {
        int count = 0;
        for (LocalDate d = first; d <= last; d = d.PlusDays(1))
        {
            if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}
