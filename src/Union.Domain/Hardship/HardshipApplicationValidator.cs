using FluentValidation;

namespace Union.Domain.Hardship;

/// <summary>
/// Structural checks of a <see cref="HardshipApplication"/> (申请结构校验): at least one household member, no negative
/// amounts or areas, a disability grade from 1 to 4. Whether the household qualifies is never a validation error: the rules say it.
/// </summary>
public sealed class HardshipApplicationValidator : AbstractValidator<HardshipApplication>
{
    /// <summary>Initializes the validator.</summary>
    public HardshipApplicationValidator()
    {
        RuleFor(a => a.Members).NotEmpty().WithMessage("A household has at least one member (the applicant).");
        RuleForEach(a => a.Members).ChildRules(m =>
        {
            m.RuleFor(x => x.DisabilityGrade).InclusiveBetween(1, 4).When(x => x.DisabilityGrade is not null)
                .WithMessage("A disability grade is 1 to 4.");
        });
        RuleForEach(a => a.Incomes).ChildRules(i =>
            i.RuleFor(x => x.Amount).Must(m => !m.IsNegative).WithMessage("An income amount is not negative (enter business and property income net, at least 0)."));
        RuleForEach(a => a.Expenditures).ChildRules(e =>
            e.RuleFor(x => x.Amount).Must(m => !m.IsNegative).WithMessage("An expenditure is not negative."));
        RuleForEach(a => a.Accidents).ChildRules(e =>
        {
            e.RuleFor(x => x.Losses).Must(m => !m.IsNegative).WithMessage("Losses are not negative.");
            e.RuleFor(x => x.Compensation).Must(m => !m.IsNegative).WithMessage("Compensation is not negative.");
            e.RuleFor(x => x.Insurance).Must(m => !m.IsNegative).WithMessage("Insurance is not negative.");
            e.RuleFor(x => x.Aid).Must(m => !m.IsNegative).WithMessage("Aid is not negative.");
        });
        RuleForEach(a => a.Assets.Homes).ChildRules(h => h.RuleFor(x => x.Area).GreaterThanOrEqualTo(0m).WithMessage("A floor area is not negative."))
            .OverridePropertyName("Assets.Homes");
        RuleForEach(a => a.Assets.Businesses).ChildRules(b => b.RuleFor(x => x.Employees).GreaterThanOrEqualTo(0).WithMessage("A number of employees is not negative."))
            .OverridePropertyName("Assets.Businesses");
        RuleForEach(a => a.Assets.PrivateSchools).ChildRules(s =>
        {
            s.RuleFor(x => x.Fee).Must(m => !m.IsNegative).WithMessage("A fee is not negative.");
            s.RuleFor(x => x.PublicFee).Must(m => !m.IsNegative).WithMessage("A fee is not negative.");
        }).OverridePropertyName("Assets.PrivateSchools");
    }
}
