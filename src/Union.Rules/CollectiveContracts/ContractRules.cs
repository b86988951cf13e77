using NodaTime;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>Helpers shared by the collective-contract rules (规则辅助).</summary>
internal static class ContractRules
{
    /// <summary>Counts a deadline and records it; reports <c>engine.calendarMissing</c> when a year has no holiday data.</summary>
    internal static bool TryDeadline(RuleContext ctx, string name, LocalDate eventDate, decimal days, string path, out LocalDate due)
    {
        if (!ctx.TryDeadline(name, eventDate, Period.FromDays((int)days), path, out Calendar.LegalDeadline deadline))
        {
            due = default;
            return false;
        }

        due = deadline.End;
        return true;
    }

    /// <summary>
    /// Reads an optional numeric parameter, one that only some jurisdictions set (Beijing's maximum of ten negotiators):
    /// the number, recorded, when the profile has one in force; otherwise <see langword="null"/>, recorded as a fact, with no
    /// "not assessed" finding, since the absence is the law (the national text sets no maximum).
    /// </summary>
    internal static bool TryOptionalNumber(RuleContext ctx, string name, out decimal? value)
    {
        value = null;
        if (!ctx.Profile.TryGet(name, ctx.AsOf, out _))
        {
            ctx.Fact(name, "none");
            return true;
        }

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
