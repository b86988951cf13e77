using NodaTime;
using Union.Domain.WageNegotiation;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// The dates of a wage agreement's procedure (工资协议期间计算): deadlines after an event and the effective date.
/// </summary>
/// <remarks>
/// A deadline of <c>n</c> days after an event excludes the event's day (民法典 第二百零一条): received on 1 March, 20 days →
/// due 21 March. Moving a last day that falls on a statutory holiday (第二百零三条) needs the legal calendar
/// (<c>Union.Rules.Calendar</c>), which has not landed in this branch: until it does the count is the plain calendar count.
/// </remarks>
public static class WageDates
{
    /// <summary>The last day of a period of <paramref name="days"/> days after <paramref name="eventDate"/>.</summary>
    /// <param name="eventDate">The event (excluded from the count).</param>
    /// <param name="days">The days.</param>
    /// <returns>The last day.</returns>
    public static LocalDate DeadlineAfter(LocalDate eventDate, int days) => eventDate.PlusDays(days);

    /// <summary>
    /// Works out when an agreement takes effect (工资集体协商试行办法 第二十二条): on the day an opinion without objection is received
    /// within the review period, or, when no opinion is received within <paramref name="reviewDays"/> days of filing (报送),
    /// on the day after that period ends; an opinion with changes sends it back (no date).
    /// </summary>
    /// <param name="process">The procedure's dates.</param>
    /// <param name="reviewDays">The review period in days (15).</param>
    /// <returns>The outcome.</returns>
    public static EffectOutcome Effect(WageProcess? process, int reviewDays)
    {
        if (process?.Filed is not { } filed)
        {
            return new EffectOutcome(EffectState.NotFiled, null, null);
        }

        LocalDate reviewEnd = DeadlineAfter(filed, reviewDays);
        if (process.Review is { } review && review.Received <= reviewEnd)
        {
            return review.Objection
                ? new EffectOutcome(EffectState.Returned, null, reviewEnd)
                : new EffectOutcome(EffectState.Approved, review.Received, reviewEnd);
        }

        return new EffectOutcome(EffectState.Deemed, reviewEnd.PlusDays(1), reviewEnd);
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
    NotFiled = 0,

    /// <summary>An opinion without objection was received (审查无异议).</summary>
    Approved = 1,

    /// <summary>No opinion within the review period: deemed approved (视为同意), unless the period has not ended on the evaluation date.</summary>
    Deemed = 2,

    /// <summary>An opinion with changes: revise and file again (修改后重新报送).</summary>
    Returned = 3,
}
