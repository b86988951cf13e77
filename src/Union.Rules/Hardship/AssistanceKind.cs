namespace Union.Rules.Hardship;

/// <summary>The kinds of assistance recommended by circumstance (帮扶类别), per the 2022 funding rules (HD-ASSISTANCE).</summary>
public enum AssistanceKind
{
    /// <summary>Living aid (生活救助).</summary>
    LivingAid = 0,

    /// <summary>Schooling aid for children (子女助学).</summary>
    SchoolingAid = 1,

    /// <summary>The autumn school grant for children entering higher education (金秋助学).</summary>
    AutumnSchoolGrant = 2,

    /// <summary>Medical aid for serious illness (大病、医疗救助).</summary>
    MedicalAid = 3,

    /// <summary>Employment help: training and placement for unemployed able-bodied members (就业帮扶：职业培训和职业介绍).</summary>
    EmploymentHelp = 4,

    /// <summary>Holiday relief, chiefly at the Spring Festival (送温暖).</summary>
    HolidayRelief = 5,
}
