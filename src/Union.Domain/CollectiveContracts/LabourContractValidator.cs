using FluentValidation;
using Union.Domain.Common;

namespace Union.Domain.CollectiveContracts;

/// <summary>Structural checks of a labour contract or pay line (结构校验): no negative pay, hours or rates.</summary>
public sealed class LabourContractValidator : AbstractValidator<LabourContract>
{
    /// <summary>Initializes the validator.</summary>
    public LabourContractValidator()
    {
        RuleFor(x => x.MonthlyWage).Must(m => m is null || !m.Value.IsNegative).WithMessage("A wage is never negative.");
        RuleFor(x => x.HourlyWage).Must(m => m is null || !m.Value.IsNegative).WithMessage("A wage is never negative.");
        RuleFor(x => x.EmployeeContributions).Must(m => m is null || !m.Value.IsNegative).WithMessage("Contributions are never negative.");
        RuleFor(x => x.EmployeeContributionsByKind!).SetValidator(new ContributionsByKindValidator()).When(x => x.EmployeeContributionsByKind is not null);
        RuleFor(x => x.EmployeeContributionsByKind).Must((x, k) => ContributionsByKindValidator.FitsTotal(x.EmployeeContributions, k)).WithMessage("The contributions by kind add up to more than the total given.");
        RuleFor(x => x.WorkingTime!).SetValidator(new CollectiveContractValidator.WorkingTimeValidator()).When(x => x.WorkingTime is not null);
        RuleFor(x => x.OvertimePay!).SetValidator(new CollectiveContractValidator.OvertimePayValidator()).When(x => x.OvertimePay is not null);
    }
}
