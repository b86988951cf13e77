using System.Text.Json.Serialization;

namespace Union.Rules.Calendar;

/// <summary>
/// The unit a legal period is counted in (期间单位): calendar days (日), working days (工作日), months (月) or years (年).
/// </summary>
/// <remarks>
/// <para>Days, months and years are the units of 民法典 第二百条: the last day is the corresponding day, and a last day that
/// is a day off moves (第二百零三条). Working days are the unit of a text that says "工作日" (e.g. 浙江省集体合同条例 第七条
/// "十个工作日内"): only the days worked under the State Council's arrangement are counted, so the last day never moves.</para>
/// <para>The JSON and parameter names are <c>days</c>, <c>workingDays</c>, <c>months</c> and <c>years</c>.</para>
/// </remarks>
public enum PeriodUnit
{
    /// <summary>Calendar days (日): every day counts; the start day is excluded (第二百零一条).</summary>
    [JsonStringEnumMemberName("days")]
    Days = 0,

    /// <summary>
    /// Working days (工作日): a day counts when it is an ordinary Monday to Friday that is not a day off of a holiday
    /// arrangement, or a Saturday or Sunday worked in exchange for a day off (调休上班日).
    /// </summary>
    [JsonStringEnumMemberName("workingDays")]
    WorkingDays = 1,

    /// <summary>Months (月): the last day is the corresponding day of the last month, or its last day where there is none (第二百零二条).</summary>
    [JsonStringEnumMemberName("months")]
    Months = 2,

    /// <summary>Years (年): the last day is the corresponding day of the last year; 29 February ends on 28 February (第二百零二条).</summary>
    [JsonStringEnumMemberName("years")]
    Years = 3,
}
