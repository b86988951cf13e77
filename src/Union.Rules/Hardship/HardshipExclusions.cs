using System.Text.Json.Serialization;

namespace Union.Rules.Hardship;

/// <summary>The exclusions that bar recognition (排除性条件), as flags (HD-EXCLUDED).</summary>
[Flags]
public enum HardshipExclusions
{
    /// <summary>None.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>A child at a high-fee private school (子女在高收费私立学校就读).</summary>
    [JsonStringEnumMemberName("privateSchool")]
    PrivateSchool = 1,

    /// <summary>A child studying abroad at own expense (自费留学).</summary>
    [JsonStringEnumMemberName("studyAbroad")]
    StudyAbroad = 2,

    /// <summary>A member is a controlling shareholder or actual controller (控股股东、实际控制人).</summary>
    [JsonStringEnumMemberName("controllingShareholder")]
    ControllingShareholder = 4,

    /// <summary>Two or more homes and above the local per-head housing area (多套住房且超过人均住房面积).</summary>
    [JsonStringEnumMemberName("homes")]
    Homes = 8,

    /// <summary>A motor vehicle owned or regularly used, not a mobility aid (拥有、经常使用机动车辆).</summary>
    [JsonStringEnumMemberName("vehicle")]
    Vehicle = 16,

    /// <summary>A business that employs others (雇佣他人从事经营活动).</summary>
    [JsonStringEnumMemberName("businessEmployer")]
    BusinessEmployer = 32,

    /// <summary>Refuses to cooperate, hides income or gives false material (拒绝配合核查、隐瞒收入、虚假材料).</summary>
    [JsonStringEnumMemberName("nonCooperation")]
    NonCooperation = 64,

    /// <summary>An able-bodied working-age member refuses work without good reason (无正当理由拒绝就业).</summary>
    [JsonStringEnumMemberName("refusesWork")]
    RefusesWork = 128,
}
