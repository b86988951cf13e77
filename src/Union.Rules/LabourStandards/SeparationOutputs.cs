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
}
