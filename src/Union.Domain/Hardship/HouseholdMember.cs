using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>
/// A member of the household living together (家庭成员), the applicant included. Immutable.
/// </summary>
public sealed record HouseholdMember
{
    /// <summary>Gets the relationship to the applicant.</summary>
    public Relationship Relationship { get; init; }

    /// <summary>Gets the birth date (出生日期).</summary>
    public required LocalDate BirthDate { get; init; }

    /// <summary>Gets whether the member is unable to work (丧失劳动能力); by default a member is able to work.</summary>
    public bool UnableToWork { get; init; }

    /// <summary>Gets whether the member is able to work (有劳动能力): not <see cref="UnableToWork"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AbleToWork => !UnableToWork;

    /// <summary>Gets the level at which the member studies; <see cref="StudyLevel.None"/> when not studying (在读阶段).</summary>
    public StudyLevel Studying { get; init; }

    /// <summary>Gets whether the member enters higher education this year (当年考入高校，金秋助学).</summary>
    public bool EnteringHigherEducation { get; init; }

    /// <summary>Gets whether the member is employed (就业).</summary>
    public bool Employed { get; init; }

    /// <summary>Gets whether the member's actual income has been proven, so no minimum wage is imputed (实际收入已核实).</summary>
    public bool IncomeProven { get; init; }

    /// <summary>Gets the disability grade 1 (most severe) to 4, when the member holds a disability certificate (残疾等级).</summary>
    [InputRange(1, 4)]
    public int? DisabilityGrade { get; init; }

    /// <summary>Gets whether the member has a serious illness (重大疾病).</summary>
    public bool SeriousIllness { get; init; }

    /// <summary>Gets whether the member was laid off, unpaid or on reduced pay in a closure, merger or conversion (关停并转下岗、停发或减发工资).</summary>
    public bool LaidOffInClosure { get; init; }

    /// <summary>Gets whether the member, of working age and able to work, refuses work without good reason (无正当理由拒绝就业).</summary>
    public bool RefusesWork { get; init; }
}
