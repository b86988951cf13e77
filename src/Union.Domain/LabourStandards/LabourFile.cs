using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// An employer's labour file (用工情况): its own employees and dispatched workers, the employment record of each person, any
/// economic layoffs and any labour disputes, as the labour-standard rules (LS-*) read them.
/// </summary>
/// <remarks>
/// Legality is never a structure error: a dispatched share above the cap, a probation too long or a contract never put in
/// writing is representable, so that the rules can report it.
/// </remarks>
/// <param name="Region">The region whose standards apply (GB/T 2260), e.g. <c>310000</c>.</param>
/// <param name="Employer">The employer's name.</param>
/// <param name="Dispatch">The employer's own employees and the dispatched workers it uses (劳务派遣用工).</param>
/// <param name="Employees">The employment records of individual employees (劳动者用工记录).</param>
/// <param name="Layoffs">Economic layoffs (经济性裁员).</param>
/// <param name="Disputes">Labour disputes (劳动争议) and the dates of their procedure.</param>
public sealed record LabourFile(
    RegionCode Region,
    string? Employer = null,
    DispatchFacts? Dispatch = null,
    [property: InputCount(InputLimits.MaxListLength)] IReadOnlyList<EmploymentRecord>? Employees = null,
    [property: InputCount(1_000)] IReadOnlyList<Layoff>? Layoffs = null,
    [property: InputCount(InputLimits.MaxListLength)] IReadOnlyList<DisputeCase>? Disputes = null);
