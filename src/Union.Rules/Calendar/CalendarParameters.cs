using Union.Rules.Engine;

namespace Union.Rules.Calendar;

/// <summary>The profile's settings for counting periods (期间计算).</summary>
public static class CalendarParameters
{
    /// <summary>Whether a period whose last day is an ordinary Saturday or Sunday moves to the next working day (default: yes).</summary>
    public static readonly Parameter<bool> WeekendMovesDeadline = Parameter.Flag("calendar.weekendMovesDeadline");

    /// <summary>The profile's weekend setting on a date; <see langword="true"/> when the profile sets none.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="date">The date.</param>
    /// <returns>The setting.</returns>
    public static bool WeekendMoves(JurisdictionProfile profile, NodaTime.LocalDate date) =>
        !WeekendMovesDeadline.TryRead(profile, date, out bool moves) || moves;
}
