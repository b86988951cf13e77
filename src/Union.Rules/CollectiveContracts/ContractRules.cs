using NodaTime;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>Helpers shared by the collective-contract rules (规则辅助).</summary>
internal static class ContractRules
{
    /// <summary>Counts a deadline and records it; reports <c>engine.calendarMissing</c> when a year has no holiday data.</summary>
    internal static bool TryDeadline(RuleContext ctx, LocalDate eventDate, decimal days, out LocalDate due)
    {
        bool weekend = ctx.Flag("calendar.weekendMovesDeadline", true);
        if (!ContractCalendar.TryDeadlineAfter(eventDate, (int)days, weekend, out due, out int year))
        {
            ctx.NotAssessed("engine.calendarMissing", "$", ("year", year));
            return false;
        }

        return true;
    }

    /// <summary>Reads an optional text or number parameter: a number when the profile sets one, <see langword="null"/> when it says "none".</summary>
    internal static bool TryOptionalNumber(RuleContext ctx, string name, out decimal? value)
    {
        value = null;
        if (!ctx.TryParameter(name, out ParameterReading r))
        {
            return false;
        }

        if (r.Value.TryGetNumber(out decimal n))
        {
            value = n;
        }

        return true;
    }

    /// <summary>Reads a text parameter, recorded.</summary>
    internal static bool TryText(RuleContext ctx, string name, out string text)
    {
        text = string.Empty;
        if (!ctx.TryParameter(name, out ParameterReading r) || r.Value.AsText() is not { } t)
        {
            return false;
        }

        text = t;
        return true;
    }
}
