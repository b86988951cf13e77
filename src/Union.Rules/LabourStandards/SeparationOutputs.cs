using NodaTime;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The outputs of the written-contract, compensation and dispute rules (书面合同、经济补偿、劳动争议输出), one per employee or
/// dispute, named by its JSON path: <c>employees[0].doubleWage</c>, <c>employees[2].compensation</c>, <c>disputes[0].deadlines</c>.
/// The rules also record each date on its own (<c>employees[0].signingDue</c>, <c>disputes[0].limitationEnds</c>).
/// </summary>
public static class SeparationOutputs
{
    /// <summary>The double wage of the employee at <paramref name="employee"/> (LS-WRITTEN-CONTRACT).</summary>
    /// <param name="employee">The index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<DoubleWageResult> DoubleWage(int employee) => new($"employees[{employee}].doubleWage");

    /// <summary>The economic compensation of the employee at <paramref name="employee"/> (LS-COMPENSATION).</summary>
    /// <param name="employee">The index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<CompensationResult> Compensation(int employee) => new($"employees[{employee}].compensation");

    /// <summary>The deadlines of the dispute at <paramref name="dispute"/> (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<DisputeDeadlinesResult> Dispute(int dispute) => new($"disputes[{dispute}].deadlines");

    /// <summary>The last day to conclude the written contract: one month from the first day of employment (LS-WRITTEN-CONTRACT).</summary>
    /// <param name="employee">The index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> SigningDue(int employee) => new($"employees[{employee}].signingDue");

    /// <summary>The day from which an open-ended contract is deemed concluded, a year without a written one (LS-WRITTEN-CONTRACT).</summary>
    /// <param name="employee">The index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> DeemedOpenEndedFrom(int employee) => new($"employees[{employee}].deemedOpenEndedFrom");

    /// <summary>The first day of the double-wage period (LS-WRITTEN-CONTRACT).</summary>
    /// <param name="employee">The index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> DoubleWageFrom(int employee) => new($"employees[{employee}].doubleWageFrom");

    /// <summary>The last day of the double-wage period (LS-WRITTEN-CONTRACT).</summary>
    /// <param name="employee">The index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> DoubleWageTo(int employee) => new($"employees[{employee}].doubleWageTo");

    /// <summary>The last day of mediation (调解期限, 劳动争议调解仲裁法 第十四条第三款) (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> MediationEnds(int dispute) => new($"disputes[{dispute}].mediationEnds");

    /// <summary>The last day of the limitation period for arbitration (仲裁时效, 第二十七条) (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> LimitationEnds(int dispute) => new($"disputes[{dispute}].limitationEnds");

    /// <summary>The last day for the commission to decide on acceptance (受理, 第二十九条) (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> AcceptanceDue(int dispute) => new($"disputes[{dispute}].acceptanceDue");

    /// <summary>The last day for the award (裁决期限, 第四十三条第一款) (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> AwardDue(int dispute) => new($"disputes[{dispute}].awardDue");

    /// <summary>The last day for the award once extended (延长期限, 第四十三条第一款) (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> AwardDueExtended(int dispute) => new($"disputes[{dispute}].awardDueExtended");

    /// <summary>The last day for the employee to sue after a final award (第四十八条) (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> EmployeeSuitDue(int dispute) => new($"disputes[{dispute}].employeeSuitDue");

    /// <summary>The last day for the employer to apply to set a final award aside (第四十九条) (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> SetAsideDue(int dispute) => new($"disputes[{dispute}].setAsideDue");

    /// <summary>The last day to sue after an award that is not final (第五十条) (LS-DISPUTE).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> SuitDue(int dispute) => new($"disputes[{dispute}].suitDue");

    /// <summary>The handle of one of a dispute's procedure dates by its name (<see cref="DisputeDate.Name"/>).</summary>
    /// <param name="dispute">The index in <c>disputes</c>.</param>
    /// <param name="name">The date's name.</param>
    /// <returns>The handle.</returns>
    internal static Output<LocalDate> DisputeDate(int dispute, string name) => name switch
    {
        "mediationEnds" => MediationEnds(dispute),
        "limitationEnds" => LimitationEnds(dispute),
        "acceptanceDue" => AcceptanceDue(dispute),
        "awardDue" => AwardDue(dispute),
        "awardDueExtended" => AwardDueExtended(dispute),
        "employeeSuitDue" => EmployeeSuitDue(dispute),
        "setAsideDue" => SetAsideDue(dispute),
        "suitDue" => SuitDue(dispute),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a dispute date"),
    };
}
