using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The outputs the labour-file rules compute (用工审查输出): the largest lawful number of dispatched workers, each employee's
/// longest lawful probation and probation damages, the day ten years of work are full, the statutory retirement date, and each
/// layoff's latest day to explain it and to report it. Per-record outputs are named after the record's JSON path
/// (<c>employees[2].probationDamages</c>).
/// </summary>
public static class LabourStandardsOutputs
{
    /// <summary>The largest number of dispatched workers the cap allows beside the employer's own employees (LS-DISPATCH-CAP).</summary>
    public static readonly Output<long> DispatchLargestLawful = new("dispatch.largestLawful");

    /// <summary>The longest probation the employee's contract allows, in months; 0 where none may be agreed (LS-PROBATION).</summary>
    /// <param name="index">The record's index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<int> ProbationMaxMonths(int index) => new(Name("employees", index, "probationMaxMonths"));

    /// <summary>
    /// The damages for the unlawful probation served so far (LS-PROBATION, 劳动合同法 第八十三条): the monthly wage after probation
    /// for each whole month of the excess served by the review date.
    /// </summary>
    /// <param name="index">The record's index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<Money> ProbationDamages(int index) => new(Name("employees", index, "probationDamages"));

    /// <summary>The day from which the employee has worked ten years continuously (LS-OPEN-ENDED, 第十四条第二款第（一）项).</summary>
    /// <param name="index">The record's index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> TenYearsOn(int index) => new(Name("employees", index, "tenYearsOn"));

    /// <summary>The statutory retirement date (LS-OPEN-ENDED, 第十四条第二款第（二）项; 国务院关于渐进式延迟法定退休年龄的办法 第一条).</summary>
    /// <param name="index">The record's index in <c>employees</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> RetirementDate(int index) => new(Name("employees", index, "retirementDate"));

    /// <summary>The last day to explain a layoff to the union or all employees (LS-LAYOFF: 提前三十日).</summary>
    /// <param name="index">The layoff's index in <c>layoffs</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> LayoffExplanationDue(int index) => new(Name("layoffs", index, "explanationDue"));

    /// <summary>The last day to report a layoff plan to the labour administration: the day the layoff takes effect (LS-LAYOFF).</summary>
    /// <param name="index">The layoff's index in <c>layoffs</c>.</param>
    /// <returns>The handle.</returns>
    public static Output<LocalDate> LayoffReportDue(int index) => new(Name("layoffs", index, "reportDue"));

    private static string Name(string list, int index, string name) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{list}[{index}].{name}");
}
