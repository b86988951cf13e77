using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>One rigid expenditure of the household (刚性支出): its category, amount, date and, for education, the level.</summary>
public sealed record RigidExpenditure
{
    /// <summary>Gets the category.</summary>
    public ExpenditureCategory Category { get; init; }

    /// <summary>Gets the amount paid, out of pocket after any reimbursement.</summary>
    [InputRange(0, 1e12)]
    public required Money Amount { get; init; }

    /// <summary>Gets the day it was paid; counted over the same window as income.</summary>
    public required LocalDate Paid { get; init; }

    /// <summary>Gets the level of education paid for (education costs only; compulsory education is not deducted).</summary>
    public StudyLevel? EducationLevel { get; init; }
}
