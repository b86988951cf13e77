using FluentValidation;
using Union.Domain.Common;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// Structural checks of a <see cref="WageProposal"/> (结构校验): what makes the document meaningless, never what makes it
/// unlawful. A negative headcount or amount, a term that ends before it starts, an adjustment for a year outside the term,
/// a grade change naming no grade, a duplicate grade name.
/// </summary>
public sealed class WageProposalValidator : AbstractValidator<WageProposal>
{
    /// <summary>Initializes the validator.</summary>
    public WageProposalValidator()
    {
        RuleFor(p => p.Year).InclusiveBetween(1990, 2200);
        RuleFor(p => p.Term).NotNull();
        RuleFor(p => p.Term.End)
            .GreaterThanOrEqualTo(p => p.Term.Start)
            .When(p => p.Term is not null)
            .WithMessage("The term ends before it starts.");
        RuleFor(p => p.Grades).NotNull().NotEmpty().WithMessage("A proposal needs at least one grade.");
        RuleForEach(p => p.Grades).ChildRules(g =>
        {
            g.RuleFor(x => x.Name).NotEmpty();
            g.RuleFor(x => x.Headcount).GreaterThanOrEqualTo(0);
            g.RuleFor(x => x.BasePay.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("basePay");
            g.RuleFor(x => x.EmployeeContributions!.Value.Yuan).GreaterThanOrEqualTo(0m).When(x => x.EmployeeContributions is not null).OverridePropertyName("employeeContributions");
            g.RuleFor(x => x.EmployeeContributionsByKind!).SetValidator(new ContributionsByKindValidator()).When(x => x.EmployeeContributionsByKind is not null);
            g.RuleFor(x => x.EmployeeContributionsByKind).Must((x, k) => ContributionsByKindValidator.FitsTotal(x.EmployeeContributions, k)).WithMessage("The contributions by kind add up to more than the total given.");
            g.RuleForEach(x => x.Components).ChildRules(c =>
            {
                c.RuleFor(x => x.Kind).IsInEnum();
                c.RuleFor(x => x.Amount.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("amount");
            });
        });
        RuleFor(p => p.Grades)
            .Must(gs => gs.Select(g => g.Name).Distinct(StringComparer.Ordinal).Count() == gs.Count)
            .When(p => p.Grades is { Count: > 0 })
            .WithMessage("Two grades have the same name.");
        RuleForEach(p => p.Adjustments).ChildRules(a =>
        {
            a.RuleFor(x => x.TermYear).GreaterThanOrEqualTo(1);
            a.RuleFor(x => x.IncreasePercent).GreaterThan(-100m).When(x => x.IncreasePercent is not null);
            a.RuleFor(x => x.LumpSumPerPerson!.Value.Yuan).GreaterThanOrEqualTo(0m).When(x => x.LumpSumPerPerson is not null).OverridePropertyName("lumpSumPerPerson");
            a.RuleForEach(x => x.GradeChanges).ChildRules(c => c.RuleFor(x => x.Grade).NotEmpty());
        });
        RuleForEach(p => p.Adjustments)
            .Must((p, a) => p.Term is null || a.TermYear <= p.Term.Years().Count)
            .WithMessage("The adjustment is for a year after the end of the term.");
        RuleForEach(p => p.Adjustments)
            .Must((p, a) => a.GradeChanges is null || p.Grades is null || a.GradeChanges.All(c => p.Grades.Any(g => g.Name == c.Grade)))
            .WithMessage("A grade change names a grade the proposal does not have.");
        RuleFor(p => p.Adjustments)
            .Must(a => a!.Select(x => x.TermYear).Distinct().Count() == a!.Count)
            .When(p => p.Adjustments is not null)
            .WithMessage("Two adjustments are for the same year of the term.");
        RuleForEach(p => p.PartTimeRates).ChildRules(r =>
        {
            r.RuleFor(x => x.Name).NotEmpty();
            r.RuleFor(x => x.Headcount).GreaterThanOrEqualTo(0);
            r.RuleFor(x => x.HourlyRate.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("hourlyRate");
            r.RuleFor(x => x.HoursPerMonth).GreaterThanOrEqualTo(0m).When(x => x.HoursPerMonth is not null);
        });
        RuleFor(p => p.Overtime!).ChildRules(o =>
        {
            o.RuleFor(x => x.System).IsInEnum();
            o.RuleFor(x => x.WorkdayRate).GreaterThanOrEqualTo(0m).When(x => x.WorkdayRate is not null);
            o.RuleFor(x => x.RestDayRate).GreaterThanOrEqualTo(0m).When(x => x.RestDayRate is not null);
            o.RuleFor(x => x.HolidayRate).GreaterThanOrEqualTo(0m).When(x => x.HolidayRate is not null);
            o.RuleFor(x => x.PlannedDailyHours).InclusiveBetween(0m, 24m).When(x => x.PlannedDailyHours is not null);
            o.RuleFor(x => x.PlannedMonthlyHours).GreaterThanOrEqualTo(0m).When(x => x.PlannedMonthlyHours is not null);
            o.RuleFor(x => x.CycleOvertimeHours).GreaterThanOrEqualTo(0m).When(x => x.CycleOvertimeHours is not null);
            o.RuleFor(x => x.WorkdayHoursPerYear).GreaterThanOrEqualTo(0m).When(x => x.WorkdayHoursPerYear is not null);
            o.RuleFor(x => x.RestDayHoursPerYear).GreaterThanOrEqualTo(0m).When(x => x.RestDayHoursPerYear is not null);
            o.RuleFor(x => x.HolidayHoursPerYear).GreaterThanOrEqualTo(0m).When(x => x.HolidayHoursPerYear is not null);
        }).When(p => p.Overtime is not null);
    }
}
