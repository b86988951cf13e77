using FluentValidation;
using Union.Domain.Common;

namespace Union.Domain.CollectiveContracts;

/// <summary>
/// Structural checks of a labour contract or pay line built in code (结构校验): no negative pay. A line read from JSON has
/// already had its ranges checked by the reader.
/// </summary>
public sealed class LabourContractValidator : AbstractValidator<LabourContract>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public LabourContractValidator()
    {
        RuleFor(x => x.MonthlyWage!.Value.Yuan).GreaterThanOrEqualTo(0m).When(x => x.MonthlyWage is not null).OverridePropertyName("MonthlyWage");
        RuleFor(x => x.HourlyWage!.Value.Yuan).GreaterThanOrEqualTo(0m).When(x => x.HourlyWage is not null).OverridePropertyName("HourlyWage");
        RuleFor(x => x.EmployeeContributions!.Value.Yuan).GreaterThanOrEqualTo(0m).When(x => x.EmployeeContributions is not null).OverridePropertyName("EmployeeContributions");
        RuleFor(x => x.EmployeeContributionsByKind!).SetValidator(new ContributionsByKindValidator()).When(x => x.EmployeeContributionsByKind is not null);
        RuleFor(x => x.EmployeeContributionsByKind).Must((x, k) => ContributionsByKindValidator.FitsTotal(x.EmployeeContributions, k)).WithMessage("The contributions by kind add up to more than the total given.");
    }
}
