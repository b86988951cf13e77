using FluentValidation;
using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// Structural checks of a <see cref="DisputeCase"/> (劳动争议的结构校验): dates of the procedure in an impossible order (a
/// mediation that ends before it was applied for, an acceptance before the application, an award before the acceptance, an
/// award received before it was made) and a negative claim. A late application is valid input: it is time-barred, which
/// the rules report.
/// </summary>
public sealed class DisputeCaseValidator : AbstractValidator<DisputeCase>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public DisputeCaseValidator()
    {
        RuleFor(d => d.ClaimAmount!.Value.Yuan)
            .GreaterThanOrEqualTo(0m)
            .When(d => d.ClaimAmount is not null)
            .OverridePropertyName("claimAmount");
        RuleFor(d => d.MediationEnded)
            .Must((d, end) => NotBefore(end, d.MediationApplied))
            .Key("dispute.mediationOrder");
        RuleFor(d => d.ArbitrationAccepted)
            .Must((d, accepted) => NotBefore(accepted, d.ArbitrationApplied))
            .Key("dispute.acceptanceOrder");
        RuleFor(d => d.AwardMade)
            .Must((d, made) => NotBefore(made, d.ArbitrationAccepted ?? d.ArbitrationApplied))
            .Key("dispute.awardOrder");
        RuleFor(d => d.AwardServed)
            .Must((d, served) => NotBefore(served, d.AwardMade ?? d.ArbitrationAccepted ?? d.ArbitrationApplied))
            .Key("dispute.serviceOrder");
    }

    private static bool NotBefore(LocalDate? later, LocalDate? earlier) => later is not { } l || earlier is not { } e || l >= e;
}
