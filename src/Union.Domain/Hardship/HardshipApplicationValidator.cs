using FluentValidation;
using Union.Domain.Validation;

namespace Union.Domain.Hardship;

/// <summary>
/// Structural checks of a <see cref="HardshipApplication"/> (申请结构校验): at least one household member, no negative
/// amounts, areas or counts, a disability grade from 1 to 4 (an application read from JSON has had these ranges checked by
/// the reader already). Whether the household qualifies is never a validation error: the rules say it.
/// </summary>
public sealed class HardshipApplicationValidator : AbstractValidator<HardshipApplication>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public HardshipApplicationValidator()
    {
        RuleFor(a => a.Members).NotEmpty().Key("hardship.noMembers");
        RuleForEach(a => a.Members).ChildRules(m =>
            m.RuleFor(x => x.DisabilityGrade).InclusiveBetween(1, 4).When(x => x.DisabilityGrade is not null));
        RuleForEach(a => a.Incomes).ChildRules(i => i.RuleFor(x => x.Amount.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("amount"));
        RuleForEach(a => a.Expenditures).ChildRules(e => e.RuleFor(x => x.Amount.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("amount"));
        RuleForEach(a => a.Accidents).ChildRules(e =>
        {
            e.RuleFor(x => x.Losses.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("losses");
            e.RuleFor(x => x.Compensation.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("compensation");
            e.RuleFor(x => x.Insurance.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("insurance");
            e.RuleFor(x => x.Aid.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("aid");
        });
        RuleForEach(a => a.Assets.Homes).ChildRules(h => h.RuleFor(x => x.Area).GreaterThanOrEqualTo(0m))
            .OverridePropertyName("Assets.Homes");
        RuleForEach(a => a.Assets.Businesses).ChildRules(b => b.RuleFor(x => x.Employees).GreaterThanOrEqualTo(0))
            .OverridePropertyName("Assets.Businesses");
        RuleForEach(a => a.Assets.PrivateSchools).ChildRules(s =>
        {
            s.RuleFor(x => x.Fee.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("fee");
            s.RuleFor(x => x.PublicFee.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("publicFee");
        }).OverridePropertyName("Assets.PrivateSchools");
    }
}
