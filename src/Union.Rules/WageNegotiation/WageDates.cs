using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.WageNegotiation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// The dates of a wage agreement's procedure (工资协议期间计算): deadlines after an event (counted by the legal calendar) and the
/// effective date.
/// </summary>
/// <remarks>
/// A deadline of <c>n</c> days after an event excludes the event's day (民法典 第二百零一条): received on 3 March, 20 days →
/// due 23 March; a last day on a statutory holiday (or a weekend, per the profile's <c>calendar.weekendMovesDeadline</c>)
/// moves to the next working day (第二百零三条). See <see cref="LegalPeriods.DeadlineAfter(LocalDate, Period, HolidayCalendar, bool)"/>.
/// </remarks>
public static class WageDates
{
    /// <summary>The last day of <paramref name="period"/> (days, 工作日 or months) after <paramref name="eventDate"/>, moved for holidays as the profile says.</summary>
    /// <param name="profile">The profile (its holiday calendar and weekend setting, read on <paramref name="eventDate"/>).</param>
    /// <param name="eventDate">The event (excluded from the count).</param>
    /// <param name="period">The period.</param>
    /// <returns>The last day, or <see langword="null"/> when the calendar lacks a year it needs.</returns>
    public static LocalDate? DeadlineAfter(JurisdictionProfile profile, LocalDate eventDate, LegalPeriod period)
    {
        ArgumentNullException.ThrowIfNull(profile);
        DeadlineResult result = LegalPeriods.DeadlineAfter(eventDate, period, profile.Calendar, CalendarParameters.WeekendMoves(profile, eventDate));
        return result.Deadline?.End;
    }

    /// <summary>
    /// Works out when an agreement takes effect (工资集体协商试行办法 第二十二条): on the day an opinion without objection is received
    /// within the review period, or, when no opinion is received within it, on the day after the period's last day (报送经过15日后);
    /// an opinion with changes sends it back (no date).
    /// </summary>
    /// <param name="process">The procedure's dates.</param>
    /// <param name="reviewEnds">The last day of the review period counted from the filing (报送), or <see langword="null"/> when not filed.</param>
    /// <param name="deemedApproval">Whether silence through the review period is deemed approval (<c>wn.review.deemedApproval</c>); when not, the agreement awaits the written opinion.</param>
    /// <returns>The outcome.</returns>
    public static EffectOutcome Effect(WageProcess? process, LocalDate? reviewEnds, bool deemedApproval = true)
    {
        if (process?.Filed is null || reviewEnds is not { } reviewEnd)
        {
            return new EffectOutcome(EffectState.NotFiled, null, null);
        }

        if (process.Review is { } review && review.Received <= reviewEnd)
        {
            return review.Objection
                ? new EffectOutcome(EffectState.Returned, null, reviewEnd)
                : new EffectOutcome(EffectState.Approved, review.Received, reviewEnd);
        }

        return deemedApproval
            ? new EffectOutcome(EffectState.Deemed, reviewEnd.PlusDays(1), reviewEnd)
            : new EffectOutcome(EffectState.AwaitingOpinion, null, reviewEnd);
    }
}

/// <summary>When a wage agreement takes effect (生效情况).</summary>
/// <param name="State">How it takes effect.</param>
/// <param name="EffectiveFrom">The day it takes effect, when it does.</param>
/// <param name="ReviewEnds">The last day of the review period, when filed.</param>
public sealed record EffectOutcome(EffectState State, LocalDate? EffectiveFrom, LocalDate? ReviewEnds);

/// <summary>How a wage agreement takes effect (生效方式).</summary>
public enum EffectState
{
    /// <summary>Not filed yet: no effect.</summary>
    [JsonStringEnumMemberName("notFiled")]
    NotFiled = 0,

    /// <summary>An opinion without objection was received (审查无异议).</summary>
    [JsonStringEnumMemberName("approved")]
    Approved = 1,

    /// <summary>No opinion within the review period: deemed approved (视为同意), unless the period has not ended on the evaluation date.</summary>
    [JsonStringEnumMemberName("deemed")]
    Deemed = 2,

    /// <summary>An opinion with changes: revise and file again (修改后重新报送).</summary>
    [JsonStringEnumMemberName("returned")]
    Returned = 3,

    /// <summary>待审查意见书: the review period has run, but here the agreement takes effect only with the written opinion.</summary>
    [JsonStringEnumMemberName("awaitingOpinion")]
    AwaitingOpinion = 4,
}
