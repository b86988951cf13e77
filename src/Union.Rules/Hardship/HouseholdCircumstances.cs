using System.Text.Json.Serialization;

namespace Union.Rules.Hardship;

/// <summary>The household circumstances that qualify an income test (家庭困难情形), as flags.</summary>
[Flags]
public enum HouseholdCircumstances
{
    /// <summary>None.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>The household receives the 低保 (享受低保).</summary>
    [JsonStringEnumMemberName("onSubsistenceAllowance")]
    OnSubsistenceAllowance = 1,

    /// <summary>Deductible medical, disability or (non-compulsory) education costs were paid (因病、因残、因学支出).</summary>
    [JsonStringEnumMemberName("illnessSchoolingOrDisabilityCosts")]
    IllnessSchoolingOrDisabilityCosts = 2,

    /// <summary>A member was laid off, unpaid or on reduced pay in a closure (关停并转).</summary>
    [JsonStringEnumMemberName("laidOffInClosure")]
    LaidOffInClosure = 4,

    /// <summary>A member has a serious illness or a disability (大病、残疾).</summary>
    [JsonStringEnumMemberName("seriousIllnessOrDisability")]
    SeriousIllnessOrDisability = 8,

    /// <summary>A child of the applicant is in school (子女上学).</summary>
    [JsonStringEnumMemberName("childInSchool")]
    ChildInSchool = 16,
}
