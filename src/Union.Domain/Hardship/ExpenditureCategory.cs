using System.Text.Json.Serialization;

namespace Union.Domain.Hardship;

/// <summary>The category of a rigid expenditure (刚性支出类别), deducted from household income (HD-RIGID).</summary>
public enum ExpenditureCategory
{
    /// <summary>Out-of-pocket medical costs after reimbursement (因病刚性支出).</summary>
    [JsonStringEnumMemberName("medical")]
    Medical = 0,

    /// <summary>Disability costs (因残刚性支出).</summary>
    [JsonStringEnumMemberName("disability")]
    Disability = 1,

    /// <summary>Education costs; compulsory education is not deducted (因学刚性支出，不含义务教育).</summary>
    [JsonStringEnumMemberName("education")]
    Education = 2,

    /// <summary>Housing costs (住房刚性支出).</summary>
    [JsonStringEnumMemberName("housing")]
    Housing = 3,

    /// <summary>Long-term care costs (长期照料费用).</summary>
    [JsonStringEnumMemberName("longTermCare")]
    LongTermCare = 4,

    /// <summary>Necessary job-seeking or working costs (必要就业成本).</summary>
    [JsonStringEnumMemberName("jobCosts")]
    JobCosts = 5,
}
