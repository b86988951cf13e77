using System.Text.Json.Serialization;

namespace Union.Rules.Hardship;

/// <summary>The kinds of assistance recommended by circumstance (帮扶类别), per the 2022 funding rules (HD-ASSISTANCE).</summary>
public enum AssistanceKind
{
    /// <summary>Living aid (生活救助).</summary>
    [JsonStringEnumMemberName("livingAid")]
    LivingAid = 0,

    /// <summary>Schooling aid for children (子女助学).</summary>
    [JsonStringEnumMemberName("schoolingAid")]
    SchoolingAid = 1,

    /// <summary>The autumn school grant for children entering higher education (金秋助学).</summary>
    [JsonStringEnumMemberName("autumnSchoolGrant")]
    AutumnSchoolGrant = 2,

    /// <summary>Medical aid for serious illness (大病、医疗救助).</summary>
    [JsonStringEnumMemberName("medicalAid")]
    MedicalAid = 3,

    /// <summary>Employment help: training and placement for unemployed able-bodied members (就业帮扶：职业培训和职业介绍).</summary>
    [JsonStringEnumMemberName("employmentHelp")]
    EmploymentHelp = 4,

    /// <summary>Holiday relief, chiefly at the Spring Festival (送温暖).</summary>
    [JsonStringEnumMemberName("holidayRelief")]
    HolidayRelief = 5,
}
