using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// The outcome of <see cref="LegalPeriods.WindowOpens(LocalDate, LegalPeriod, HolidayCalendar)"/> (期满前期间计算结果): the window,
/// or why it cannot be computed (a year whose holiday arrangement the calendar does not hold, a date out of range). Never a guess.
/// </summary>
public sealed class WindowResult
{
    private WindowResult(LegalWindow? window, string? error, int? missingYear)
    {
        Window = window;
        Error = error;
        MissingYear = missingYear;
    }

    /// <summary>Gets the window, when it was computed.</summary>
    public LegalWindow? Window { get; }

    /// <summary>Gets why the window cannot be computed, in English; <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>Gets the year whose holiday data is missing, when that is the error.</summary>
    public int? MissingYear { get; }

    /// <summary>Gets whether the window was computed.</summary>
    [MemberNotNullWhen(true, nameof(Window))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Window is not null;

    /// <summary>Renders the window or the error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsSuccess ? Window.ToString() : Error;

    internal static WindowResult Success(LegalWindow window) => new(window, null, null);

    internal static WindowResult Failure(string error, int? missingYear = null) => new(null, error, missingYear);
}
