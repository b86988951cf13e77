using NodaTime;

namespace Union.Rules.Calendar;

/// <summary>
/// One year of a holiday document (年度节假日安排): the State Council notice and the days it fixes.
/// The JSON form of <see cref="HolidayYear"/>.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Document">The notice, e.g. <c>国办发明电〔2025〕7号 国务院办公厅关于2026年部分节假日安排的通知</c>.</param>
/// <param name="Holidays">The days off, as inclusive ranges inside <paramref name="Year"/>.</param>
/// <param name="Workdays">The swapped working days (调休上班日): Saturdays or Sundays worked.</param>
/// <param name="StatutoryDays">The statutory holiday days (法定节假日) of 全国年节及纪念日放假办法, each inside a holiday range.</param>
/// <param name="Note">A remark on how the data was obtained, when it is not all stated in the notice.</param>
public sealed record HolidayYearDocument(
    int Year,
    string Document,
    IReadOnlyList<HolidayRangeDocument> Holidays,
    IReadOnlyList<LocalDate> Workdays,
    IReadOnlyList<LocalDate> StatutoryDays,
    string? Note = null);
