using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>Whether a threshold of a calculation applies (门槛判断结果): applied, not applied, or undecided for want of a standard.</summary>
public enum ThresholdOutcome
{
    /// <summary>The standard the comparison needs is not in the profile: it cannot be decided, and nothing is assumed.</summary>
    [JsonStringEnumMemberName("undecided")]
    Undecided = 0,

    /// <summary>The threshold applies.</summary>
    [JsonStringEnumMemberName("applied")]
    Applied = 1,

    /// <summary>The threshold does not apply.</summary>
    [JsonStringEnumMemberName("notApplied")]
    NotApplied = 2,
}

/// <summary>How the part of the service after the whole years counts (不满一年部分的计算, 劳动合同法 第四十七条第一款).</summary>
public enum RemainderCount
{
    /// <summary>The service is whole years: nothing more.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Six months or more and less than a year: counted as a year (六个月以上不满一年的，按一年计算).</summary>
    [JsonStringEnumMemberName("countsAsYear")]
    CountsAsYear = 1,

    /// <summary>Less than six months: half a month's wage (不满六个月的，支付半个月工资).</summary>
    [JsonStringEnumMemberName("halfMonth")]
    HalfMonth = 2,
}

/// <summary>
/// What the economic-compensation calculation starts from (经济补偿计算输入): the service, the wages of the months before the
/// end, and the ground.
/// </summary>
/// <param name="Start">The first day of the service: the first day of employment (用工之日), or an earlier day where years with
/// an earlier employer are merged (实施条例 第十条).</param>
/// <param name="End">The day the contract was dissolved or terminated, the last day of the service (included).</param>
/// <param name="Wages">The wages due of the months before the end, oldest first; only the last twelve (the parameter
/// <c>ls.compensation.averagingMonths</c>) are averaged; fewer when fewer months were worked (实施条例 第二十七条).</param>
/// <param name="WageIsAverage">Whether <paramref name="Wages"/> holds one amount that is already the average monthly wage of those months.</param>
/// <param name="Ground">The ground of the end, which decides whether compensation or damages are owed; <see langword="null"/> when not known.</param>
/// <param name="ReinstatementSought">For an unlawful end, whether the employee asks for the contract to go on (劳动合同法 第四十八条).</param>
public sealed record CompensationInput(
    LocalDate Start,
    LocalDate End,
    IReadOnlyList<Money> Wages,
    bool WageIsAverage = false,
    SeparationGround? Ground = null,
    bool ReinstatementSought = false);

/// <summary>
/// The standards an economic-compensation calculation reads from a jurisdiction profile (经济补偿计算标准), each with its reading
/// (value, in-force date, source) so that the result can cite it.
/// </summary>
/// <param name="RemainderThreshold">A part of a year of at least this long counts as a year (六个月以上).</param>
/// <param name="RemainderComparison">How the part is compared with <paramref name="RemainderThreshold"/> (<see cref="Comparison.AtLeast"/>: 以上).</param>
/// <param name="ShortRemainderMonths">Months of wage for a shorter part (半个月).</param>
/// <param name="AveragingMonths">The months whose wages are averaged (十二个月).</param>
/// <param name="CapMultiple">The cap's multiple of the local average monthly wage (三倍).</param>
/// <param name="CapComparison">How the monthly wage is compared with the cap (<see cref="Comparison.MoreThan"/>: 高于).</param>
/// <param name="CapYears">With the cap, the most years paid (十二年).</param>
/// <param name="DamagesMultiple">Damages as a multiple of the compensation (二倍).</param>
/// <param name="MinimumWage">The local monthly minimum wage (最低工资标准), yuan; <see langword="null"/> when the profile has none.</param>
/// <param name="LocalAverageWage">The local average monthly wage of the previous year for the cap, yuan; <see langword="null"/> when the profile has none.</param>
/// <param name="Parameters">The readings of every parameter read.</param>
/// <param name="Missing">The parameters the profile lacks.</param>
public sealed record CompensationStandards(
    LegalPeriod RemainderThreshold,
    Comparison RemainderComparison,
    Ratio ShortRemainderMonths,
    int AveragingMonths,
    decimal CapMultiple,
    Comparison CapComparison,
    decimal CapYears,
    decimal DamagesMultiple,
    decimal? MinimumWage,
    decimal? LocalAverageWage,
    IReadOnlyList<ParameterReading> Parameters,
    IReadOnlyList<string> Missing)
{
    /// <summary>
    /// Reads the standards in force on <paramref name="on"/> (the day of the end). The minimum wage and the local average wage
    /// may be absent (the result then says what it cannot decide); the statutory numbers may not.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="on">The date, normally the day of the end.</param>
    /// <param name="standards">The standards, when the statutory numbers are in force.</param>
    /// <param name="missing">The parameters not in force (statutory or local).</param>
    /// <returns>Whether the statutory numbers are in force.</returns>
    public static bool TryRead(JurisdictionProfile profile, LocalDate on, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CompensationStandards? standards, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ParameterSource source = ParameterSource.Of(profile);
        bool read = TryRead(source, on, out standards);
        missing = source.Missing;
        return read;
    }

    internal static bool TryRead(ParameterSource source, LocalDate on, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CompensationStandards? standards)
    {
        standards = null;
        bool ok = source.TryRead(SeparationParameters.RemainderThreshold, on, out LegalPeriod threshold, out ParameterReading? thresholdReading)
            & source.TryRead(SeparationParameters.ShortRemainderMonths, on, out Ratio shortMonths)
            & source.TryRead(SeparationParameters.AveragingMonths, on, out decimal averaging)
            & source.TryRead(SeparationParameters.CapMultiple, on, out decimal capMultiple, out ParameterReading? capReading)
            & source.TryRead(SeparationParameters.CapYears, on, out decimal capYears)
            & source.TryRead(SeparationParameters.DamagesMultiple, on, out decimal damages);
        decimal? minimum = source.TryRead(LabourStandardParameters.MinimumWageMonthly, on, out decimal m) ? m : null;
        decimal? average = source.TryRead(SeparationParameters.AverageMonthlyWage, on, out decimal a) ? a : null;
        if (!ok)
        {
            return false;
        }

        if (averaging < 1m || averaging != decimal.Truncate(averaging) || threshold.Unit is not (PeriodUnit.Months or PeriodUnit.Years))
        {
            source.Invalid(averaging < 1m || averaging != decimal.Truncate(averaging) ? SeparationParameters.AveragingMonths : SeparationParameters.RemainderThreshold, null);
            return false;
        }

        standards = new CompensationStandards(
            threshold,
            thresholdReading?.Comparison ?? Comparison.AtLeast,
            shortMonths,
            (int)Math.Min(averaging, 1_000m),
            capMultiple,
            capReading?.Comparison ?? Comparison.MoreThan,
            capYears,
            damages,
            minimum,
            average,
            [.. source.Readings],
            [.. source.Missing]);
        return true;
    }
}

/// <summary>
/// The economic compensation of an employment's end (经济补偿计算结果), every step shown: the service, the months it gives,
/// the monthly wage (the average, the minimum-wage floor), the cap, the amount, and the damages of an unlawful end.
/// </summary>
/// <remarks>
/// Amounts are exact: no rounding, as the law fixes none (the average of wages that do not divide evenly keeps every digit a
/// decimal holds). An amount the profile cannot decide (no minimum wage, no local average wage) is <see langword="null"/>, with
/// <see cref="UncheckedAmount"/> and a remark naming what is missing; nothing is assumed.
/// </remarks>
/// <param name="Start">The first day of the service given.</param>
/// <param name="CountedFrom">The first day counted: <paramref name="Start"/>, or 2008-01-01 for compensation of an employment
/// begun before 劳动合同法 came into force (第九十七条第三款).</param>
/// <param name="End">The last day of the service.</param>
/// <param name="Service">The service counted, in whole years, months and days (both ends included).</param>
/// <param name="Remainder">How the part after the whole years counts.</param>
/// <param name="MonthsByService">Months of wage the service gives: one for each whole year, plus one or a half for the rest.</param>
/// <param name="WageMonths">The number of monthly wages averaged.</param>
/// <param name="WageTotal">Their total.</param>
/// <param name="AverageWage">Their average: the monthly wage (月工资) of 第四十七条第三款 before the floor.</param>
/// <param name="AverageGiven">Whether the average was given rather than computed from monthly wages.</param>
/// <param name="MinimumWage">The local monthly minimum wage read, yuan.</param>
/// <param name="Floor">Whether the minimum-wage floor applies (平均工资低于当地最低工资标准的，按照当地最低工资标准计算).</param>
/// <param name="MonthlyWage">The monthly wage after the floor; <see langword="null"/> when the floor is undecided.</param>
/// <param name="LocalAverageWage">The local average monthly wage read for the cap, yuan.</param>
/// <param name="CapMultiple">The cap's multiple.</param>
/// <param name="CapThreshold">The cap: the multiple of the local average wage; <see langword="null"/> without the local average.</param>
/// <param name="Cap">Whether the cap applies (高于…三倍: equality is not above).</param>
/// <param name="CapYears">The most years paid under the cap.</param>
/// <param name="Base">The monthly base paid: the monthly wage, or the cap; <see langword="null"/> when undecided.</param>
/// <param name="MonthsCounted">The months paid: <paramref name="MonthsByService"/>, at most <paramref name="CapYears"/> under the cap; <see langword="null"/> when undecided.</param>
/// <param name="Amount">The compensation standard (经济补偿): <paramref name="Base"/> × <paramref name="MonthsCounted"/>; <see langword="null"/> when undecided.</param>
/// <param name="UncheckedAmount">The monthly wage (after the floor where decided) × <paramref name="MonthsByService"/>, before the checks that could not be made: a figure for information, not the amount owed.</param>
/// <param name="Ground">The ground of the end, when given.</param>
/// <param name="Liability">What the ground owes.</param>
/// <param name="DamagesMultiple">The damages' multiple.</param>
/// <param name="Damages">For an unlawful end, the damages (赔偿金): <paramref name="Amount"/> × <paramref name="DamagesMultiple"/>.</param>
/// <param name="Payable">What is owed: the compensation, the damages, or zero; <see langword="null"/> when undecided, when the
/// ground is unknown, or when the employee asks for reinstatement.</param>
/// <param name="Parameters">The parameters read, with their sources.</param>
/// <param name="Missing">The parameters the profile lacks.</param>
/// <param name="Remarks">Every step and reading, in order, to render in either language.</param>
public sealed record CompensationResult(
    LocalDate Start,
    LocalDate CountedFrom,
    LocalDate End,
    ServiceLength Service,
    RemainderCount Remainder,
    decimal MonthsByService,
    int WageMonths,
    Money WageTotal,
    Money AverageWage,
    bool AverageGiven,
    decimal? MinimumWage,
    ThresholdOutcome Floor,
    Money? MonthlyWage,
    decimal? LocalAverageWage,
    decimal CapMultiple,
    Money? CapThreshold,
    ThresholdOutcome Cap,
    decimal CapYears,
    Money? Base,
    decimal? MonthsCounted,
    Money? Amount,
    Money? UncheckedAmount,
    SeparationGround? Ground,
    SeparationLiability Liability,
    decimal DamagesMultiple,
    Money? Damages,
    Money? Payable,
    IReadOnlyList<ParameterReading> Parameters,
    IReadOnlyList<string> Missing,
    IReadOnlyList<CalculatorRemark> Remarks)
{
    /// <summary>Gets whether the amount could be decided (floor and cap both decided).</summary>
    public bool IsDecided => Amount is not null;

    /// <summary>A one-line summary for traces.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Service} → {MonthsCounted?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} × {Base?.ToString() ?? "?"} = {Amount?.ToString() ?? "undecided"} ({Liability})";
}

/// <summary>
/// Economic compensation (经济补偿) on an employment's end: 劳动合同法 第四十七条 (service, the cap, the monthly wage),
/// 劳动合同法实施条例 第二十七条 (the wage due, the minimum-wage floor, fewer months worked), 第八十七条 and 实施条例 第二十五条
/// (damages of twice the amount in its place), 第四十六条 (which grounds owe it).
/// </summary>
/// <remarks>
/// <para>Service is counted from the first day to the last, both included, in whole years, months and days as 民法典
/// 第二百零二条 counts months (<see cref="ServiceLength"/>): from 2026-01-01 six months are complete on 2026-06-30; from
/// 2026-01-31 the first month is complete on 2026-02-28, the month having no 31st.</para>
/// <para>Each whole year gives a month's wage; a further part of six months or more gives one more (以上 includes six), a part
/// under six months, even a day, gives half a month (不满六个月).</para>
/// <para>The floor compares the average with the local monthly minimum wage (低于: equal is not below); the cap compares the
/// monthly wage with three times the local average monthly wage (高于: equal is not above).</para>
/// </remarks>
public static class EconomicCompensation
{
    private static readonly MessageKey RemarkWholeYears = new("LS-COMPENSATION.remark.wholeYears", "years", "months", "days", "threshold", "extra", "total");
    private static readonly MessageKey RemarkUndecided = new("LS-COMPENSATION.remark.undecided", "wage", "months", "amount");
    private static readonly MessageKey RemarkService = new("LS-COMPENSATION.remark.service", "from", "to", "years", "months", "days");
    private static readonly MessageKey RemarkRemainderHalf = new("LS-COMPENSATION.remark.remainderHalf", "years", "months", "days", "threshold", "extra", "total");
    private static readonly MessageKey RemarkRemainderAsYear = new("LS-COMPENSATION.remark.remainderAsYear", "years", "months", "days", "threshold", "extra", "total");
    private static readonly MessageKey RemarkReinstatement = new("LS-COMPENSATION.remark.reinstatement");
    private static readonly MessageKey RemarkOwed = new("LS-COMPENSATION.remark.owed", "ground");
    private static readonly MessageKey RemarkNotOwed = new("LS-COMPENSATION.remark.notOwed", "ground");
    private static readonly MessageKey RemarkLateStart = new("LS-COMPENSATION.remark.lateStart", "from", "first", "second");
    private static readonly MessageKey RemarkGroundUnknown = new("LS-COMPENSATION.remark.groundUnknown");
    private static readonly MessageKey RemarkFloorUndecided = new("LS-COMPENSATION.remark.floorUndecided", "parameter", "average");
    private static readonly MessageKey RemarkFloorNotApplied = new("LS-COMPENSATION.remark.floorNotApplied", "average", "minimum");
    private static readonly MessageKey RemarkFloorApplied = new("LS-COMPENSATION.remark.floorApplied", "average", "minimum");
    private static readonly MessageKey RemarkDamagesUndecided = new("LS-COMPENSATION.remark.damagesUndecided", "ground", "multiple");
    private static readonly MessageKey RemarkDamages = new("LS-COMPENSATION.remark.damages", "ground", "amount", "multiple", "damages");
    private static readonly MessageKey RemarkCapWaitsForFloor = new("LS-COMPENSATION.remark.capWaitsForFloor", "average", "threshold", "parameter");
    private static readonly MessageKey RemarkCapUndecided = new("LS-COMPENSATION.remark.capUndecided", "parameter", "multiple");
    private static readonly MessageKey RemarkCapNotApplied = new("LS-COMPENSATION.remark.capNotApplied", "wage", "localAverage", "multiple", "threshold");
    private static readonly MessageKey RemarkCapApplied = new("LS-COMPENSATION.remark.capApplied", "wage", "localAverage", "multiple", "threshold", "capYears");
    private static readonly MessageKey RemarkBefore2008 = new("LS-COMPENSATION.remark.before2008", "start", "from");
    private static readonly MessageKey RemarkAverageGiven = new("LS-COMPENSATION.remark.averageGiven", "average");
    private static readonly MessageKey RemarkAverage = new("LS-COMPENSATION.remark.average", "count", "total", "average", "months");
    private static readonly MessageKey RemarkAmount = new("LS-COMPENSATION.remark.amount", "base", "months", "amount");

    /// <summary>The day 劳动合同法 came into force (第九十八条): compensation years of an earlier employment count from it (第九十七条第三款).</summary>
    public static readonly LocalDate LabourContractLawInForce = new(2008, 1, 1);

    /// <summary>Calculates the compensation.</summary>
    /// <param name="input">The service, wages and ground.</param>
    /// <param name="standards">The standards read from the profile.</param>
    /// <returns>The result, every step shown.</returns>
    /// <exception cref="ArgumentException">No wage is given, a wage is negative, or the end is before the start.</exception>
    public static CompensationResult Calculate(CompensationInput input, CompensationStandards standards)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(input.Wages);
        if (input.Wages.Count == 0 || input.Wages.Any(w => w.IsNegative))
        {
            throw new ArgumentException("At least one monthly wage, none negative, is needed.", nameof(input));
        }

        if (input.End < input.Start)
        {
            throw new ArgumentException("The service ends before it starts.", nameof(input));
        }

        var remarks = new List<CalculatorRemark>();
        SeparationLiability liability = SeparationGrounds.Liability(input.Ground);
        bool unlawful = liability == SeparationLiability.Damages;

        // 第九十七条第三款: compensation years of an employment that existed on 2008-01-01 count from then; damages count from
        // the first day of employment (实施条例 第二十五条).
        LocalDate countedFrom = input.Start;
        if (input.Start < LabourContractLawInForce && !unlawful)
        {
            countedFrom = input.End < LabourContractLawInForce ? input.End.PlusDays(1) : LabourContractLawInForce;
            remarks.Add(CalculatorRemark.Of(RemarkBefore2008, ("start", input.Start), ("from", LabourContractLawInForce)));
        }

        ServiceLength service = countedFrom <= input.End ? ServiceLength.Between(countedFrom, input.End) : new ServiceLength(0, 0, 0);
        remarks.Add(CalculatorRemark.Of(RemarkService, ("from", countedFrom), ("to", input.End), ("years", service.Years), ("months", service.Months), ("days", service.Days)));
        if (countedFrom.Day >= 29 && countedFrom <= input.End)
        {
            remarks.Add(CalculatorRemark.Of(RemarkLateStart, ("from", countedFrom), ("first", LegalPeriods.TermEnd(countedFrom, Period.FromMonths(1))), ("second", LegalPeriods.TermEnd(countedFrom, Period.FromMonths(2)))));
        }

        int thresholdMonths = standards.RemainderThreshold.Unit == PeriodUnit.Years ? standards.RemainderThreshold.Count * 12 : standards.RemainderThreshold.Count;
        RemainderCount remainder;
        decimal extra;
        if (service.Months == 0 && service.Days == 0)
        {
            remainder = RemainderCount.None;
            extra = 0m;
        }
        else if (standards.RemainderComparison.Holds(service.Months, thresholdMonths))
        {
            remainder = RemainderCount.CountsAsYear;
            extra = 1m;
        }
        else
        {
            remainder = RemainderCount.HalfMonth;
            extra = standards.ShortRemainderMonths.ToDecimal();
        }

        decimal monthsByService = service.Years + extra;
        MessageKey remainderKey = remainder switch
        {
            RemainderCount.None => RemarkWholeYears,
            RemainderCount.CountsAsYear => RemarkRemainderAsYear,
            _ => RemarkRemainderHalf,
        };
        remarks.Add(CalculatorRemark.Of(remainderKey, ("years", service.Years), ("months", service.Months), ("days", service.Days), ("threshold", thresholdMonths), ("extra", extra), ("total", monthsByService)));

        // The monthly wage: the average of the last months (第四十七条第三款; fewer months: those worked, 实施条例 第二十七条).
        Money[] wages = input.WageIsAverage ? [input.Wages[^1]] : [.. input.Wages.Skip(Math.Max(0, input.Wages.Count - standards.AveragingMonths))];
        int n = wages.Length;
        Money total = wages.Aggregate(Money.Zero, (s, w) => s + w);
        Money average = total / n;
        remarks.Add(input.WageIsAverage
            ? CalculatorRemark.Of(RemarkAverageGiven, ("average", average))
            : CalculatorRemark.Of(RemarkAverage, ("count", n), ("total", total), ("average", average), ("months", standards.AveragingMonths)));

        // The floor (实施条例 第二十七条: 低于 … 按照当地最低工资标准计算); compared exactly as total < minimum × n.
        ThresholdOutcome floor = ThresholdOutcome.Undecided;
        Money? monthlyWage = null;
        if (standards.MinimumWage is { } minimum)
        {
            bool below = Comparison.LessThan.Holds(total.Yuan, minimum * n);
            floor = below ? ThresholdOutcome.Applied : ThresholdOutcome.NotApplied;
            monthlyWage = below ? Money.FromYuan(minimum) : average;
            remarks.Add(CalculatorRemark.Of(below ? RemarkFloorApplied : RemarkFloorNotApplied, ("average", average), ("minimum", minimum)));
        }
        else
        {
            remarks.Add(CalculatorRemark.Of(RemarkFloorUndecided, ("parameter", LabourStandardParameters.MinimumWageMonthly.Name), ("average", average)));
        }

        // The cap (第四十七条第二款: 高于 … 三倍). Above the cap on the average alone, the floor cannot matter: it only raises the wage.
        ThresholdOutcome cap = ThresholdOutcome.Undecided;
        Money? capThreshold = null;
        if (standards.LocalAverageWage is { } localAverage)
        {
            decimal threshold = localAverage * standards.CapMultiple;
            capThreshold = Money.FromYuan(threshold);
            bool averageAbove = standards.CapComparison.Holds(total.Yuan, threshold * n);
            if (averageAbove)
            {
                cap = ThresholdOutcome.Applied;
            }
            else if (floor == ThresholdOutcome.Applied)
            {
                cap = standards.CapComparison.Holds(standards.MinimumWage!.Value, threshold) ? ThresholdOutcome.Applied : ThresholdOutcome.NotApplied;
            }
            else if (floor == ThresholdOutcome.NotApplied)
            {
                cap = ThresholdOutcome.NotApplied;
            }

            Money compared = monthlyWage ?? average;
            remarks.Add(cap switch
            {
                ThresholdOutcome.Applied => CalculatorRemark.Of(RemarkCapApplied, ("wage", compared), ("localAverage", localAverage), ("multiple", standards.CapMultiple), ("threshold", capThreshold), ("capYears", standards.CapYears)),
                ThresholdOutcome.NotApplied => CalculatorRemark.Of(RemarkCapNotApplied, ("wage", compared), ("localAverage", localAverage), ("multiple", standards.CapMultiple), ("threshold", capThreshold)),
                _ => CalculatorRemark.Of(RemarkCapWaitsForFloor, ("average", average), ("threshold", capThreshold), ("parameter", LabourStandardParameters.MinimumWageMonthly.Name)),
            });
        }
        else
        {
            remarks.Add(CalculatorRemark.Of(RemarkCapUndecided, ("parameter", SeparationParameters.AverageMonthlyWage.Name), ("multiple", standards.CapMultiple)));
        }

        Money? baseWage = null;
        decimal? monthsCounted = null;
        Money? amount = null;
        if (cap == ThresholdOutcome.Applied)
        {
            baseWage = capThreshold;
            monthsCounted = Math.Min(monthsByService, standards.CapYears);
            amount = capThreshold!.Value * monthsCounted.Value;
        }
        else if (cap == ThresholdOutcome.NotApplied && floor != ThresholdOutcome.Undecided)
        {
            baseWage = monthlyWage;
            monthsCounted = monthsByService;
            amount = floor == ThresholdOutcome.Applied ? monthlyWage!.Value * monthsByService : total * monthsByService / n;
        }

        Money unchecked_ = floor == ThresholdOutcome.Applied ? monthlyWage!.Value * monthsByService : total * monthsByService / n;
        if (amount is { } a)
        {
            remarks.Add(CalculatorRemark.Of(RemarkAmount, ("base", baseWage), ("months", monthsCounted), ("amount", a)));
        }
        else
        {
            remarks.Add(CalculatorRemark.Of(RemarkUndecided, ("wage", monthlyWage ?? average), ("months", monthsByService), ("amount", unchecked_)));
        }

        Money? damages = amount is { } c && unlawful ? c * standards.DamagesMultiple : null;
        Money? payable = null;
        switch (liability)
        {
            case SeparationLiability.Undetermined:
                remarks.Add(CalculatorRemark.Of(RemarkGroundUnknown));
                break;
            case SeparationLiability.None:
                payable = Money.Zero;
                remarks.Add(CalculatorRemark.Of(RemarkNotOwed, ("ground", GroundLabel(input.Ground!.Value))));
                break;
            case SeparationLiability.Compensation:
                payable = amount;
                remarks.Add(CalculatorRemark.Of(RemarkOwed, ("ground", GroundLabel(input.Ground!.Value))));
                break;
            case SeparationLiability.Damages:
                remarks.Add(amount is { } standard
                    ? CalculatorRemark.Of(RemarkDamages, ("ground", GroundLabel(input.Ground!.Value)), ("amount", standard), ("multiple", standards.DamagesMultiple), ("damages", damages))
                    : CalculatorRemark.Of(RemarkDamagesUndecided, ("ground", GroundLabel(input.Ground!.Value)), ("multiple", standards.DamagesMultiple)));
                if (input.ReinstatementSought)
                {
                    remarks.Add(CalculatorRemark.Of(RemarkReinstatement));
                }
                else
                {
                    payable = damages;
                }

                break;
        }

        return new CompensationResult(
            input.Start,
            countedFrom,
            input.End,
            service,
            remainder,
            monthsByService,
            n,
            total,
            average,
            input.WageIsAverage,
            standards.MinimumWage,
            floor,
            monthlyWage,
            standards.LocalAverageWage,
            standards.CapMultiple,
            capThreshold,
            cap,
            standards.CapYears,
            baseWage,
            monthsCounted,
            amount,
            unchecked_,
            input.Ground,
            liability,
            standards.DamagesMultiple,
            damages,
            payable,
            standards.Parameters,
            standards.Missing,
            remarks);
    }

    /// <summary>The message argument that names a ground (labelled <c>value.separation.*</c> in both languages).</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>The argument value.</returns>
    internal static string GroundLabel(SeparationGround ground) => "separation." + JsonName(ground);

    /// <summary>The ground's JSON name, e.g. <c>economicLayoff</c>.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>The name.</returns>
    public static string JsonName(SeparationGround ground) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(ground.ToString());
}
