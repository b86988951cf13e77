namespace Union.Domain.Hardship;

/// <summary>A household member's relationship to the applicant (与申请人关系).</summary>
public enum Relationship
{
    /// <summary>The applicant (本人).</summary>
    Self = 0,

    /// <summary>Spouse (配偶).</summary>
    Spouse = 1,

    /// <summary>Child (子女).</summary>
    Child = 2,

    /// <summary>Parent or parent-in-law (父母).</summary>
    Parent = 3,

    /// <summary>Another member of the household living together (其他共同生活的家庭成员).</summary>
    Other = 4,
}
