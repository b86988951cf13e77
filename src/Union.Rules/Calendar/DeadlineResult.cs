using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// The outcome of <see cref="LegalPeriods.DeadlineAfter(LocalDate, LegalPeriod, HolidayCalendar, bool)"/> (期间计算结果): the deadline, or why it cannot be computed
/// (most often, a year whose holiday arrangement the calendar does not hold). Never a guess.
/// </summary>
public sealed class DeadlineResult
{
    private DeadlineResult(LegalDeadline? deadline, string? error, int? missingYear)
    {
        Deadline = deadline;
        Error = error;
        MissingYear = missingYear;
    }

    /// <summary>Gets the deadline, when it was computed.</summary>
    public LegalDeadline? Deadline { get; }

    /// <summary>Gets why the deadline cannot be computed, in English; <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>Gets the year whose holiday data is missing, when that is the error.</summary>
    public int? MissingYear { get; }

    /// <summary>Gets whether the deadline was computed.</summary>
    [MemberNotNullWhen(true, nameof(Deadline))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Deadline is not null;

    /// <summary>Renders the deadline or the error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsSuccess ? Deadline.ToString() : Error;

    internal static DeadlineResult Success(LegalDeadline deadline) => new(deadline, null, null);

    internal static DeadlineResult Failure(string error, int? missingYear = null) => new(null, error, missingYear);
}
