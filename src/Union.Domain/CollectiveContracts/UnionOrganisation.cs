namespace Union.Domain.CollectiveContracts;

/// <summary>The employer's grassroots union (基层工会).</summary>
public sealed record UnionOrganisation
{
    /// <summary>Gets whether a union exists (已建立工会).</summary>
    public bool? Exists { get; init; }

    /// <summary>Gets the person id of the union chair (工会主席); <see langword="null"/> when vacant or unknown.</summary>
    public string? Chair { get; init; }

    /// <summary>
    /// Gets whether the chair's post is vacant (工会主席空缺). Tells a vacant post from one not recorded when <see cref="Chair"/>
    /// is <see langword="null"/>: with the post vacant the employee side's chief is the union's principal officer
    /// (集体合同规定 第二十条第二款).
    /// </summary>
    public bool? ChairVacant { get; init; }

    /// <summary>Gets the person id of the union's principal officer (工会主要负责人), who is the chief while the chair's post is vacant.</summary>
    public string? PrincipalOfficer { get; init; }
}
