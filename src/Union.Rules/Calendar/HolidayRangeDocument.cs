using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// One holiday range of a holiday document (放假安排): the days off from <paramref name="From"/> to <paramref name="To"/>, both included.
/// </summary>
/// <param name="From">The first day off.</param>
/// <param name="To">The last day off (included); not before <paramref name="From"/>.</param>
/// <param name="Name">The holiday's name as the notice gives it, e.g. 国庆节.</param>
public sealed record HolidayRangeDocument(LocalDate From, LocalDate To, string Name);
