using System.Text.Json.Serialization;
using NodaTime;

namespace Union.Domain.Organisation;

/// <summary>
/// A member of the grassroots committee (工会委员会组成人员): role, whether full-time, relationship to the enterprise's
/// principal leaders (工会法 第十条第二款), time in office and labour contract (第十九条).
/// </summary>
/// <param name="Name">The person's name.</param>
/// <param name="Role">The role on the committee: chair, vice-chair or member.</param>
/// <param name="FullTime">Whether the person holds the office full-time (专职) rather than beside their job (非专职).</param>
/// <param name="RelationToPrincipal">
/// The person's relationship to the enterprise's principal leaders (企业主要负责人); <see langword="null"/> when not stated, so
/// 第十条第二款 cannot be checked for this person.
/// </param>
/// <param name="TookOffice">
/// The day the person took office (任职之日); the term's first day when omitted. A person re-elected without a break may give
/// the day of first taking office, so that the time in office spans both terms.
/// </param>
/// <param name="LeftOffice">The last day in office, when the person left before the term's end; omitted while in office.</param>
/// <param name="LabourContractEnd">The last day of the person's fixed-term labour contract as agreed (劳动合同期满日), before any extension.</param>
/// <param name="OpenEndedContract">Whether the person's labour contract has no fixed term (无固定期限劳动合同), so nothing needs extending.</param>
/// <param name="ContractEnded">How and when the labour contract actually ended, when it has.</param>
public sealed record CommitteeMember(
    string Name,
    CommitteeRole Role,
    bool FullTime,
    PrincipalRelation? RelationToPrincipal = null,
    LocalDate? TookOffice = null,
    LocalDate? LeftOffice = null,
    LocalDate? LabourContractEnd = null,
    bool OpenEndedContract = false,
    ContractEnding? ContractEnded = null);

/// <summary>A role on the grassroots committee (工会职务).</summary>
public enum CommitteeRole
{
    /// <summary>The chair (工会主席).</summary>
    [JsonStringEnumMemberName("chair")]
    Chair = 0,

    /// <summary>A vice-chair (工会副主席).</summary>
    [JsonStringEnumMemberName("viceChair")]
    ViceChair = 1,

    /// <summary>A committee member (工会委员).</summary>
    [JsonStringEnumMemberName("member")]
    Member = 2,
}

/// <summary>
/// A committee member's relationship to the enterprise's principal leaders (与企业主要负责人的关系). The close relatives
/// (近亲属) are those of 民法典 第一千零四十五条第二款: spouse, parents, children, brothers and sisters, grandparents on either
/// side and grandchildren on either side; other relatives, in-laws included, are not close relatives.
/// </summary>
public enum PrincipalRelation
{
    /// <summary>No family relationship (无亲属关系).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Spouse (配偶): a close relative.</summary>
    [JsonStringEnumMemberName("spouse")]
    Spouse = 1,

    /// <summary>Father or mother (父母): a close relative.</summary>
    [JsonStringEnumMemberName("parent")]
    Parent = 2,

    /// <summary>Son or daughter (子女): a close relative.</summary>
    [JsonStringEnumMemberName("child")]
    Child = 3,

    /// <summary>Brother or sister (兄弟姐妹): a close relative.</summary>
    [JsonStringEnumMemberName("sibling")]
    Sibling = 4,

    /// <summary>Grandparent on either side (祖父母、外祖父母): a close relative.</summary>
    [JsonStringEnumMemberName("grandparent")]
    Grandparent = 5,

    /// <summary>Grandchild on either side (孙子女、外孙子女): a close relative.</summary>
    [JsonStringEnumMemberName("grandchild")]
    Grandchild = 6,

    /// <summary>Another relative, in-laws included (其他亲属): not a close relative.</summary>
    [JsonStringEnumMemberName("otherRelative")]
    OtherRelative = 7,
}

/// <summary>How and when a committee member's labour contract ended (劳动合同终止或解除).</summary>
/// <param name="On">The last day of the contract.</param>
/// <param name="Ground">Why it ended.</param>
public sealed record ContractEnding(LocalDate On, ContractEndingGround Ground);

/// <summary>Why a labour contract ended (劳动合同终止、解除的原因), as far as 工会法 第十九条 tells them apart.</summary>
public enum ContractEndingGround
{
    /// <summary>The employer ended it because its agreed term expired (劳动合同期满终止).</summary>
    [JsonStringEnumMemberName("expiry")]
    Expiry = 0,

    /// <summary>Serious personal fault (个人严重过失: 劳动法 第二十五条第（二）至（四）项, as 最高人民法院 interpretation 第二条 reads it): an exception of 第十九条.</summary>
    [JsonStringEnumMemberName("seriousMisconduct")]
    SeriousMisconduct = 1,

    /// <summary>The person reached the statutory retirement age (达到法定退休年龄): an exception of 第十九条.</summary>
    [JsonStringEnumMemberName("retirementAge")]
    RetirementAge = 2,

    /// <summary>Ended by mutual agreement (协商一致解除).</summary>
    [JsonStringEnumMemberName("mutualAgreement")]
    MutualAgreement = 3,

    /// <summary>The person resigned (劳动者提出解除).</summary>
    [JsonStringEnumMemberName("resignation")]
    Resignation = 4,

    /// <summary>Another ground (其他原因), which 第十九条 does not decide.</summary>
    [JsonStringEnumMemberName("other")]
    Other = 5,
}
