using System.Text.Json.Serialization;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>What an employment's end owes the employee (离职应付款项的种类).</summary>
public enum SeparationLiability
{
    /// <summary>The ground is not known: whether anything is owed depends on it (劳动合同法 第四十六条).</summary>
    [JsonStringEnumMemberName("undetermined")]
    Undetermined = 0,

    /// <summary>Economic compensation (经济补偿, 第四十六条, 第四十七条).</summary>
    [JsonStringEnumMemberName("compensation")]
    Compensation = 1,

    /// <summary>Nothing: the ground owes no compensation.</summary>
    [JsonStringEnumMemberName("none")]
    None = 2,

    /// <summary>Damages of twice the compensation, in its place (赔偿金, 第八十七条; 实施条例 第二十五条).</summary>
    [JsonStringEnumMemberName("damages")]
    Damages = 3,
}

/// <summary>
/// Which grounds of an employment's end owe economic compensation (经济补偿的法定情形), with the provision that says so: the
/// items of 劳动合同法 第四十六条, the grounds 劳动合同法实施条例 adds (第六条, 第二十二条), and the unlawful dissolution or
/// termination of 第四十八条 that owes damages under 第八十七条.
/// </summary>
public static class SeparationGrounds
{
    /// <summary>What the ground owes.</summary>
    /// <param name="ground">The ground; <see langword="null"/> when unknown.</param>
    /// <returns>The liability.</returns>
    public static SeparationLiability Liability(SeparationGround? ground) => ground switch
    {
        null => SeparationLiability.Undetermined,
        SeparationGround.UnlawfulDissolution or SeparationGround.UnlawfulTermination => SeparationLiability.Damages,
        _ when Owing(ground.Value) is not null => SeparationLiability.Compensation,
        _ => SeparationLiability.None,
    };

    /// <summary>The provision that makes the ground owe compensation or damages, or that says it owes none; <see langword="null"/> for <see cref="SeparationGround.Other"/>.</summary>
    /// <param name="ground">The ground.</param>
    /// <returns>The citation.</returns>
    public static Citation? Basis(SeparationGround ground) => Owing(ground) ?? ground switch
    {
        SeparationGround.UnlawfulDissolution or SeparationGround.UnlawfulTermination => new Citation(Instruments.LabourContractLaw, 87),
        SeparationGround.AgreementProposedByEmployee => new Citation(Instruments.LabourContractLaw, 46, null, 2),
        SeparationGround.FixedTermExpiredRenewalDeclined => new Citation(Instruments.LabourContractLaw, 46, null, 5),
        SeparationGround.RefusedToSignInFirstMonth => new Citation(Instruments.LabourContractLawRegulations, 5),
        SeparationGround.EmployeeResigned => new Citation(Instruments.LabourContractLaw, 37),
        SeparationGround.DismissalForCause => new Citation(Instruments.LabourContractLaw, 39),
        SeparationGround.Retirement => new Citation(Instruments.LabourContractLaw, 44, null, 2),
        SeparationGround.EmployeeDeath => new Citation(Instruments.LabourContractLaw, 44, null, 3),
        _ => null,
    };

    private static Citation? Owing(SeparationGround ground) => ground switch
    {
        SeparationGround.EmployeeForEmployerFault => new Citation(Instruments.LabourContractLaw, 46, null, 1),
        SeparationGround.AgreementProposedByEmployer => new Citation(Instruments.LabourContractLaw, 46, null, 2),
        SeparationGround.EmployerWithNotice => new Citation(Instruments.LabourContractLaw, 46, null, 3),
        SeparationGround.EconomicLayoff => new Citation(Instruments.LabourContractLaw, 46, null, 4),
        SeparationGround.FixedTermExpired => new Citation(Instruments.LabourContractLaw, 46, null, 5),
        SeparationGround.EmployerBankrupt or SeparationGround.EmployerClosed => new Citation(Instruments.LabourContractLaw, 46, null, 6),
        SeparationGround.TaskCompleted => new Citation(Instruments.LabourContractLawRegulations, 22),
        SeparationGround.RefusedToSignAfterFirstMonth => new Citation(Instruments.LabourContractLawRegulations, 6, 1),
        _ => null,
    };
}
