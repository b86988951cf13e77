using NodaTime;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The note that a regional standard is past its adjustment cycle (标准调整周期提示): one message and one severity (Info) in every
/// domain, citing 最低工资规定 第十条 ("最低工资标准每两年至少调整一次"). It says when the value came into force and from which day it is
/// past its cycle ("in force since 2025-07-01; past its 24-month adjustment cycle from 2027-07-01"), so it reads true whether that
/// day is before or after the date of the review: a newer notice may set a new standard from then, which the data may not hold.
/// </summary>
public static class StaleStandardNote
{
    /// <summary>The message key of the note.</summary>
    public const string MessageKey = "standard.stale";

    private static readonly Engine.MessageKey Stale = new(MessageKey, "parameter", "value", "from", "months", "since");

    /// <summary>Gets the provision the note rests on: 最低工资规定 第十条.</summary>
    public static Citation Citation { get; } = new(Instruments.MinimumWageProvisions, 10);

    /// <summary>
    /// Adds the note when <paramref name="reading"/>, read for the last day the decision covers, is past its cycle on that day
    /// (<see cref="ParameterReading.StaleSince"/> is set); otherwise adds nothing.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="reading">The reading for the last day the decision covers.</param>
    /// <returns>Whether the note was added.</returns>
    public static bool Report(RuleContext context, ParameterReading reading)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.StaleSince is not { } since)
        {
            return false;
        }

        int months = Period.Between(reading.From, since, PeriodUnits.Months).Months;
        context.Inform(Citation, Stale, "$", ("parameter", reading.Name), ("value", reading.Value.ToString()), ("from", reading.From), ("months", months), ("since", since));
        return true;
    }
}
