using System.Text.Json.Serialization;

namespace Union.Rules.Calendar;

/// <summary>
/// The kind of a calendar day (日期类型) under the State Council's holiday arrangement for its year.
/// </summary>
/// <remarks>The default value, <see cref="WorkingDay"/>, is a real kind: callers that need "unknown" use
/// <see cref="HolidayCalendar.TryClassify(NodaTime.LocalDate, out DayKind)"/>, which says when the year has no data.</remarks>
public enum DayKind
{
    /// <summary>An ordinary working day (工作日): Monday to Friday, not a day off.</summary>
    [JsonStringEnumMemberName("workingDay")]
    WorkingDay = 0,

    /// <summary>An ordinary Saturday or Sunday (休息日, 周末) that is neither a day off of a holiday nor a swapped working day.</summary>
    [JsonStringEnumMemberName("weekend")]
    Weekend = 1,

    /// <summary>A day off of a holiday arrangement (节假日放假), whether a statutory holiday day or a shifted rest day inside the range.</summary>
    [JsonStringEnumMemberName("holiday")]
    Holiday = 2,

    /// <summary>A Saturday or Sunday worked in exchange for a day off (调休上班日); a working day.</summary>
    [JsonStringEnumMemberName("swappedWorkingDay")]
    SwappedWorkingDay = 3,
}
