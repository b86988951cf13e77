using System.Text.Json.Serialization;

namespace Union.Rules.Calendar;

/// <summary>
/// Why the last day of a period moved past its nominal last day (期间届满日顺延原因), 民法典 第二百零三条.
/// </summary>
public enum DeadlineMoveReason
{
    /// <summary>The nominal last day is a working day; the period ends on it (未顺延).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>The nominal last day is a day off of a holiday arrangement (法定休假日): the period ends on the day after the holiday ends.</summary>
    [JsonStringEnumMemberName("holiday")]
    Holiday = 1,

    /// <summary>The nominal last day is an ordinary Saturday or Sunday (休息日) and the weekend convention moves it to the next working day.</summary>
    [JsonStringEnumMemberName("weekend")]
    Weekend = 2,
}
