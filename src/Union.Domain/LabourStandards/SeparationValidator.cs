using FluentValidation;
using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// Structural checks of a <see cref="Separation"/> (解除或者终止的结构校验): what makes the record meaningless, never what makes the
/// separation unlawful. A negative monthly wage, an end before the employment started (when the caller gives the start), a
/// service counted from after the end. A ground that owes no compensation, or an unlawful dismissal, is valid input.
/// </summary>
public sealed class SeparationValidator : AbstractValidator<Separation>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    /// <param name="employmentStarted">The employment's first day (<see cref="EmploymentRecord.Started"/>), when known, to check the end is not before it.</param>
    public SeparationValidator(LocalDate? employmentStarted = null)
    {
        RuleForEach(s => s.LastTwelveMonthsWages)
            .Must(m => m.Yuan >= 0m)
            .Key("separation.negativeWage");
        if (employmentStarted is { } started)
        {
            RuleFor(s => s.Date)
                .GreaterThanOrEqualTo(started)
                .Key("separation.beforeStart");
        }

        RuleFor(s => s.ServiceStart)
            .Must((s, start) => start is not { } d || d <= s.Date)
            .Key("separation.serviceStartAfterEnd");
    }
}
