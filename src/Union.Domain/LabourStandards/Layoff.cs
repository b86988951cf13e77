using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>An economic layoff (经济性裁员, 劳动合同法 第四十一条): how many were laid off and the dates of the procedure.</summary>
/// <param name="Headcount">The enterprise's total number of employees (企业职工总数).</param>
/// <param name="LaidOff">The number of people laid off (裁减人员).</param>
/// <param name="Effective">The day the layoff took effect.</param>
/// <param name="ExplainedToUnion">The day the employer explained the situation to the union or to all employees (向工会或者全体职工说明情况).</param>
/// <param name="ReportedToAdministration">The day the layoff plan was reported to the labour administration (向劳动行政部门报告).</param>
/// <param name="OpinionsHeard">Whether the opinions of the union or the employees were heard (听取工会或者职工的意见).</param>
public sealed record Layoff(
    [property: InputRange(0, InputLimits.MaxHeadcount)] int Headcount,
    [property: InputRange(0, InputLimits.MaxHeadcount)] int LaidOff,
    LocalDate Effective,
    LocalDate? ExplainedToUnion = null,
    LocalDate? ReportedToAdministration = null,
    bool? OpinionsHeard = null);
