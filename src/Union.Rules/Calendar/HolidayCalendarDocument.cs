namespace Union.Rules.Calendar;

/// <summary>
/// A holiday document (节假日安排文档): the JSON form of a <see cref="HolidayCalendar"/>, as in the embedded
/// <c>Calendar/Data/holidays.json</c>.
/// </summary>
/// <param name="Years">The years, each once.</param>
/// <param name="Description">What the document holds, for people; optional.</param>
public sealed record HolidayCalendarDocument(IReadOnlyList<HolidayYearDocument> Years, string? Description = null);
