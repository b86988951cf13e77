using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>Which limitation governs a labour dispute (仲裁时效的依据, 劳动争议调解仲裁法 第二十七条).</summary>
public enum LimitationBasis
{
    /// <summary>Neither the day of knowledge nor, for pay, the day the relation ended is given: nothing can be counted.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>One year from the day the party knew or should have known of the infringement (第一款), interruptions counted (第二款).</summary>
    [JsonStringEnumMemberName("fromKnowledge")]
    FromKnowledge = 1,

    /// <summary>Pay owed during the relation, which still lasts: no limitation (第四款: 不受…仲裁时效期间的限制).</summary>
    [JsonStringEnumMemberName("payWhileEmployed")]
    PayWhileEmployed = 2,

    /// <summary>Pay owed during the relation, which has ended: one year from the day it ended (第四款: 自劳动关系终止之日起一年内).</summary>
    [JsonStringEnumMemberName("payAfterRelationEnded")]
    PayAfterRelationEnded = 3,
}

/// <summary>The standards a dispute's deadlines read (劳动争议期限标准), with their readings.</summary>
/// <param name="Mediation">Mediation period (十五日).</param>
/// <param name="Limitation">Limitation period (一年).</param>
/// <param name="Acceptance">Time to decide on acceptance (五日).</param>
/// <param name="Award">Time to end the case from acceptance (四十五日).</param>
/// <param name="ExtensionMax">The longest extension (十五日).</param>
/// <param name="FinalAwardMonths">A claim of at most this many months of the monthly minimum wage is final (十二个月).</param>
/// <param name="FinalAwardComparison">How the claim is compared (<see cref="Comparison.AtMost"/>: 不超过).</param>
/// <param name="FinalAwardSuit">The employee's time to sue after a final award (十五日).</param>
/// <param name="FinalAwardSetAside">The employer's time to apply to set a final award aside (三十日).</param>
/// <param name="Suit">The time to sue after an award that is not final (十五日).</param>
/// <param name="MinimumWage">The local monthly minimum wage on the day of the arbitration application, yuan; <see langword="null"/> when none.</param>
/// <param name="Parameters">The readings of every parameter read.</param>
/// <param name="Missing">The parameters not in force.</param>
public sealed record DisputeStandards(
    LegalPeriod Mediation,
    LegalPeriod Limitation,
    LegalPeriod Acceptance,
    LegalPeriod Award,
    LegalPeriod ExtensionMax,
    decimal FinalAwardMonths,
    Comparison FinalAwardComparison,
    LegalPeriod FinalAwardSuit,
    LegalPeriod FinalAwardSetAside,
    LegalPeriod Suit,
    decimal? MinimumWage,
    IReadOnlyList<ParameterReading> Parameters,
    IReadOnlyList<string> Missing)
{
    /// <summary>
    /// Reads the standards: the statutory periods in force on <paramref name="on"/>, the minimum wage on
    /// <paramref name="minimumWageOn"/> (the day the arbitration was applied for: the claim is measured then).
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="on">The date for the statutory periods.</param>
    /// <param name="minimumWageOn">The date for the minimum wage.</param>
    /// <param name="standards">The standards, when the statutory periods are in force.</param>
    /// <param name="missing">The parameters not in force.</param>
    /// <returns>Whether the statutory periods are in force.</returns>
    public static bool TryRead(JurisdictionProfile profile, LocalDate on, LocalDate minimumWageOn, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DisputeStandards? standards, out IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ParameterSource source = ParameterSource.Of(profile);
        bool read = TryRead(source, on, minimumWageOn, readMinimumWage: true, out standards);
        missing = source.Missing;
        return read;
    }

    internal static bool TryRead(ParameterSource source, LocalDate on, LocalDate minimumWageOn, bool readMinimumWage, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DisputeStandards? standards)
    {
        standards = null;
        bool ok = source.TryRead(SeparationParameters.MediationPeriod, on, out LegalPeriod mediation)
            & source.TryRead(SeparationParameters.LimitationPeriod, on, out LegalPeriod limitation)
            & source.TryRead(SeparationParameters.AcceptancePeriod, on, out LegalPeriod acceptance)
            & source.TryRead(SeparationParameters.AwardPeriod, on, out LegalPeriod award)
            & source.TryRead(SeparationParameters.AwardExtensionMax, on, out LegalPeriod extension)
            & source.TryRead(SeparationParameters.FinalAwardMinimumWageMonths, on, out decimal months, out ParameterReading? monthsReading)
            & source.TryRead(SeparationParameters.FinalAwardSuitPeriod, on, out LegalPeriod finalSuit)
            & source.TryRead(SeparationParameters.FinalAwardSetAsidePeriod, on, out LegalPeriod setAside)
            & source.TryRead(SeparationParameters.SuitPeriod, on, out LegalPeriod suit);
        decimal? minimum = readMinimumWage && source.TryRead(LabourStandardParameters.MinimumWageMonthly, minimumWageOn, out decimal m) ? m : null;
        if (!ok)
        {
            return false;
        }

        standards = new DisputeStandards(mediation, limitation, acceptance, award, extension, months, monthsReading?.Comparison ?? Comparison.AtMost, finalSuit, setAside, suit, minimum, [.. source.Readings], [.. source.Missing]);
        return true;
    }
}

/// <summary>One date of a dispute's procedure (劳动争议程序日期): the event it runs from, the period, the last day, and the article.</summary>
/// <param name="Name">The date's name: <c>mediationEnds</c>, <c>limitationEnds</c>, <c>acceptanceDue</c>, <c>awardDue</c>,
/// <c>awardDueExtended</c>, <c>employeeSuitDue</c>, <c>setAsideDue</c> or <c>suitDue</c>.</param>
/// <param name="Deadline">The deadline: the event, the period, the nominal and the actual last day (moved past a holiday, 民法典 第二百零三条).</param>
/// <param name="Citation">The article that fixes the period.</param>
public sealed record DisputeDate(string Name, LegalDeadline Deadline, Citation Citation)
{
    /// <summary>Gets the last day (included).</summary>
    public LocalDate End => Deadline.End;
}

/// <summary>
/// The deadlines of a labour dispute (劳动争议期限), each with its article, and what follows from the dates given: whether the
/// application was time-barred, whether the award is final, whether the award was late.
/// </summary>
/// <param name="Dates">The dates counted, in the order of the procedure.</param>
/// <param name="Basis">Which limitation governs.</param>
/// <param name="InterruptionsCounted">The interruptions that restarted the year (第二十七条第二款), in order.</param>
/// <param name="InterruptionsIgnored">The interruptions that could not restart it: before the period began, after it had run out, or of a pay claim's year after the relation (第四款).</param>
/// <param name="TimeBarred">Whether the arbitration application came after the limitation ran out; <see langword="null"/> when there is no application or no limitation date.</param>
/// <param name="LimitationPassed">Whether, with no application, the limitation has run out by the date of the calculation.</param>
/// <param name="FinalAward">Whether an award is final (一裁终局, 第四十七条); <see langword="null"/> when it cannot be decided.</param>
/// <param name="MinimumWage">The local monthly minimum wage read for the final award, yuan.</param>
/// <param name="FinalAwardMonths">The months of minimum wage a final award's claim may reach (十二个月).</param>
/// <param name="FinalAwardLimit">The claim limit: the months × the monthly minimum wage, when known.</param>
/// <param name="AwardLate">Whether the award was made after its deadline; <see langword="null"/> when no award date or no deadline.</param>
/// <param name="NoAwardInTime">Whether, with no award made, the deadline has passed by the date of the calculation (the parties may sue, 第四十三条).</param>
/// <param name="AcceptanceLate">Whether acceptance came after the five days (第二十九条); <see langword="null"/> without both dates.</param>
/// <param name="MissingYears">Years whose holiday arrangement the calendar lacks: dates that need them are not counted.</param>
/// <param name="Parameters">The parameters read, with their sources.</param>
/// <param name="Missing">The parameters not in force.</param>
/// <param name="Remarks">The readings, in order.</param>
public sealed record DisputeDeadlinesResult(
    IReadOnlyList<DisputeDate> Dates,
    LimitationBasis Basis,
    IReadOnlyList<LocalDate> InterruptionsCounted,
    IReadOnlyList<LocalDate> InterruptionsIgnored,
    bool? TimeBarred,
    bool LimitationPassed,
    bool? FinalAward,
    decimal? MinimumWage,
    decimal FinalAwardMonths,
    Money? FinalAwardLimit,
    bool? AwardLate,
    bool NoAwardInTime,
    bool? AcceptanceLate,
    IReadOnlyList<int> MissingYears,
    IReadOnlyList<ParameterReading> Parameters,
    IReadOnlyList<string> Missing,
    IReadOnlyList<CalculatorRemark> Remarks)
{
    /// <summary>Gets a date by name, or <see langword="null"/>.</summary>
    /// <param name="name">The name, e.g. <c>limitationEnds</c>.</param>
    /// <returns>The date.</returns>
    public DisputeDate? Date(string name) => Dates.FirstOrDefault(d => d.Name == name);

    /// <summary>A one-line summary for traces.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", Dates.Select(d => $"{d.Name} {d.End:yyyy-MM-dd}"));
}

/// <summary>
/// The deadlines of 劳动争议调解仲裁法 (劳动争议期限计算): mediation (第十四条第三款), limitation (第二十七条), acceptance (第二十九条),
/// award (第四十三条), the final award (第四十七条) and the suits after it (第四十八条 to 第五十条). Every date runs as 民法典
/// 第二百零一条 to 第二百零三条 count periods (<see cref="LegalPeriods.DeadlineAfter(LocalDate, LegalPeriod, HolidayCalendar, bool)"/>):
/// the event's day is not counted, and a last day on a holiday moves to the day after it.
/// </summary>
/// <remarks>
/// <para>Interruption (第二十七条第二款) is counted from the days the record gives: from each interruption within the running
/// year, a new year runs (从中断时起，仲裁时效期间重新计算). Suspension (第三款) is not counted: how long the proper reason lasted
/// is a finding of fact the record does not hold; a remark says so.</para>
/// <para>A late application is not unlawful: it is time-barred, and the other party may raise the limitation.</para>
/// </remarks>
public static class DisputeDeadlines
{
    private static readonly MessageKey RemarkSuspension = new("LS-DISPUTE.remark.suspension");
    private static readonly MessageKey RemarkSuitEitherWay = new("LS-DISPUTE.remark.suitEitherWay");
    private static readonly MessageKey RemarkPayWhileEmployed = new("LS-DISPUTE.remark.payWhileEmployed");
    private static readonly MessageKey RemarkPayInterruptions = new("LS-DISPUTE.remark.payInterruptions");
    private static readonly MessageKey RemarkPayAfterRelation = new("LS-DISPUTE.remark.payAfterRelation", "ended");
    private static readonly MessageKey RemarkNotFinalAmount = new("LS-DISPUTE.remark.notFinalAmount", "amount", "months", "minimum", "limit");
    private static readonly MessageKey RemarkMediationNotInterruption = new("LS-DISPUTE.remark.mediationNotInterruption", "date");
    private static readonly MessageKey RemarkKindMissing = new("LS-DISPUTE.remark.kindMissing");
    private static readonly MessageKey RemarkInterruptionsIgnored = new("LS-DISPUTE.remark.interruptionsIgnored", "dates");
    private static readonly MessageKey RemarkInterrupted = new("LS-DISPUTE.remark.interrupted", "count", "knew", "last");
    private static readonly MessageKey RemarkFinalUndecided = new("LS-DISPUTE.remark.finalUndecided", "parameter");
    private static readonly MessageKey RemarkFinalStandards = new("LS-DISPUTE.remark.finalStandards");
    private static readonly MessageKey RemarkFinalAmount = new("LS-DISPUTE.remark.finalAmount", "amount", "months", "minimum", "limit");

    /// <summary>Counts the deadlines of a dispute.</summary>
    /// <param name="dispute">The dispute.</param>
    /// <param name="standards">The standards read from the profile.</param>
    /// <param name="calendar">The holiday calendar.</param>
    /// <param name="weekendMovesEnd">Whether an ordinary weekend also moves a last day (<c>calendar.weekendMovesDeadline</c>).</param>
    /// <param name="asOf">The date of the calculation.</param>
    /// <returns>The deadlines.</returns>
    public static DisputeDeadlinesResult Calculate(DisputeCase dispute, DisputeStandards standards, HolidayCalendar calendar, bool weekendMovesEnd, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(calendar);
        var dates = new List<DisputeDate>();
        var missingYears = new List<int>();
        var remarks = new List<CalculatorRemark>();

        DisputeDate? Count(string name, LocalDate? from, LegalPeriod period, Citation citation)
        {
            if (from is not { } f)
            {
                return null;
            }

            DeadlineResult r = LegalPeriods.DeadlineAfter(f, period, calendar, weekendMovesEnd);
            if (r.IsSuccess)
            {
                var date = new DisputeDate(name, r.Deadline, citation);
                dates.Add(date);
                return date;
            }

            if (r.MissingYear is { } y && !missingYears.Contains(y))
            {
                missingYears.Add(y);
            }

            return null;
        }

        LegalDeadline? Peek(LocalDate from, LegalPeriod period)
        {
            DeadlineResult r = LegalPeriods.DeadlineAfter(from, period, calendar, weekendMovesEnd);
            if (r.MissingYear is { } y && !missingYears.Contains(y))
            {
                missingYears.Add(y);
            }

            return r.Deadline;
        }

        // 第十四条第三款: no agreement within fifteen days of the organisation's receipt → arbitration may be sought.
        Count("mediationEnds", dispute.MediationApplied, standards.Mediation, new Citation(Instruments.LabourDisputeLaw, 14, 3));

        // 第二十七条: the limitation.
        var counted = new List<LocalDate>();
        var ignored = new List<LocalDate>();
        LimitationBasis basis;
        DisputeDate? limitation = null;
        bool payDuringRelation = dispute.ClaimKind == DisputeClaimKind.Pay
            && (dispute.KnewOfInfringement is null || dispute.RelationEnded is null || dispute.KnewOfInfringement <= dispute.RelationEnded);
        IReadOnlyList<LocalDate> interruptions = [.. (dispute.Interruptions ?? []).Order()];
        if (payDuringRelation && dispute.RelationEnded is null)
        {
            basis = LimitationBasis.PayWhileEmployed;
            remarks.Add(CalculatorRemark.Of(RemarkPayWhileEmployed));
            ignored.AddRange(interruptions);
        }
        else if (payDuringRelation)
        {
            basis = LimitationBasis.PayAfterRelationEnded;
            limitation = Count("limitationEnds", dispute.RelationEnded, standards.Limitation, new Citation(Instruments.LabourDisputeLaw, 27, 4));
            remarks.Add(CalculatorRemark.Of(RemarkPayAfterRelation, ("ended", dispute.RelationEnded)));
            if (interruptions.Count > 0)
            {
                ignored.AddRange(interruptions);
                remarks.Add(CalculatorRemark.Of(RemarkPayInterruptions));
            }
        }
        else if (dispute.KnewOfInfringement is { } knew)
        {
            basis = LimitationBasis.FromKnowledge;
            LocalDate start = knew;
            LegalDeadline? end = Peek(start, standards.Limitation);
            foreach (LocalDate i in interruptions)
            {
                if (end is null)
                {
                    break;
                }

                if (i < start || i > end.End)
                {
                    ignored.Add(i);
                    continue;
                }

                counted.Add(i);
                start = i;
                end = Peek(start, standards.Limitation);
            }

            limitation = Count("limitationEnds", start, standards.Limitation, new Citation(Instruments.LabourDisputeLaw, 27, counted.Count > 0 ? 2 : 1));
            if (counted.Count > 0)
            {
                int count = counted.Count;
                remarks.Add(CalculatorRemark.Of(RemarkInterrupted, ("knew", knew), ("last", start), ("count", count)));
            }

            if (ignored.Count > 0)
            {
                remarks.Add(CalculatorRemark.Of(RemarkInterruptionsIgnored, ("dates", string.Join(", ", ignored.Select(d => RuleContext.Format(d))))));
            }
        }
        else
        {
            basis = LimitationBasis.Unknown;
            ignored.AddRange(interruptions);
        }

        if (dispute.MediationApplied is { } mediated && !counted.Contains(mediated) && limitation is not null)
        {
            remarks.Add(CalculatorRemark.Of(RemarkMediationNotInterruption, ("date", mediated)));
        }

        remarks.Add(CalculatorRemark.Of(RemarkSuspension));

        bool? timeBarred = null;
        bool limitationPassed = false;
        if (limitation is not null)
        {
            if (dispute.ArbitrationApplied is { } applied)
            {
                timeBarred = applied > limitation.End;
            }
            else
            {
                limitationPassed = asOf > limitation.End;
            }
        }

        // 第二十九条: acceptance decided within five days of receipt.
        DisputeDate? acceptance = Count("acceptanceDue", dispute.ArbitrationApplied, standards.Acceptance, new Citation(Instruments.LabourDisputeLaw, 29));
        bool? acceptanceLate = acceptance is not null && dispute.ArbitrationAccepted is { } accepted ? accepted > acceptance.End : null;

        // 第四十三条第一款: the award within forty-five days of acceptance; an approved extension adds at most fifteen, counted
        // from the last day of the forty-five.
        DisputeDate? award = Count("awardDue", dispute.ArbitrationAccepted, standards.Award, new Citation(Instruments.LabourDisputeLaw, 43, 1));
        DisputeDate? extended = dispute.ExtensionApproved && award is not null
            ? Count("awardDueExtended", award.End, standards.ExtensionMax, new Citation(Instruments.LabourDisputeLaw, 43, 1))
            : null;
        DisputeDate? awardLimit = extended ?? award;
        bool? awardLate = awardLimit is not null && dispute.AwardMade is { } made ? made > awardLimit.End : null;
        bool noAwardInTime = awardLimit is not null && dispute.AwardMade is null && asOf > awardLimit.End;

        // 第四十七条: a final award.
        bool? final = null;
        Money? limit = standards.MinimumWage is { } min ? Money.FromYuan(min * standards.FinalAwardMonths) : null;
        switch (dispute.ClaimKind)
        {
            case DisputeClaimKind.LabourStandards:
                final = true;
                remarks.Add(CalculatorRemark.Of(RemarkFinalStandards));
                break;
            case DisputeClaimKind.Other:
                final = false;
                break;
            case null:
                remarks.Add(CalculatorRemark.Of(RemarkKindMissing));
                break;
            default:
                if (dispute.ClaimAmount is { } amount && limit is { } l)
                {
                    final = standards.FinalAwardComparison.Holds(amount.Yuan, l.Yuan);
                    remarks.Add(CalculatorRemark.Of(final.Value ? RemarkFinalAmount : RemarkNotFinalAmount, ("amount", amount), ("months", standards.FinalAwardMonths), ("minimum", standards.MinimumWage), ("limit", l)));
                }
                else
                {
                    // No amount claimed, or no local minimum wage to multiply: the remark names what decides it.
                    remarks.Add(CalculatorRemark.Of(RemarkFinalUndecided, ("parameter", LabourStandardParameters.MinimumWageMonthly.Name)));
                }

                break;
        }

        // 第四十八条 to 第五十条: suits after the award is received.
        if (final == true)
        {
            Count("employeeSuitDue", dispute.AwardServed, standards.FinalAwardSuit, new Citation(Instruments.LabourDisputeLaw, 48));
            Count("setAsideDue", dispute.AwardServed, standards.FinalAwardSetAside, new Citation(Instruments.LabourDisputeLaw, 49, 1));
        }
        else
        {
            Count("suitDue", dispute.AwardServed, standards.Suit, new Citation(Instruments.LabourDisputeLaw, 50));
            if (final is null && dispute.AwardServed is not null)
            {
                remarks.Add(CalculatorRemark.Of(RemarkSuitEitherWay));
            }
        }

        return new DisputeDeadlinesResult(
            dates,
            basis,
            counted,
            ignored,
            timeBarred,
            limitationPassed,
            final,
            standards.MinimumWage,
            standards.FinalAwardMonths,
            limit,
            awardLate,
            noAwardInTime,
            acceptanceLate,
            missingYears,
            standards.Parameters,
            standards.Missing,
            remarks);
    }
}
