using FluentValidation;
using Union.Domain.Common;

namespace Union.Domain.CollectiveContracts;

/// <summary>
/// Structural checks of a collective contract document (结构校验): counts never negative, a negotiator always on a side,
/// no period ending before it starts. Never legality: an unlawful contract passes here and is reported by the rules.
/// </summary>
public sealed class CollectiveContractValidator : AbstractValidator<CollectiveContract>
{
    /// <summary>Initializes the validator.</summary>
    public CollectiveContractValidator()
    {
        RuleFor(c => c.Employer!.Headcount).GreaterThanOrEqualTo(0).When(c => c.Employer?.Headcount is not null).OverridePropertyName("Employer.Headcount");
        RuleForEach(c => c.Negotiators).ChildRules(n =>
        {
            n.RuleFor(x => x.Side).NotNull().WithMessage("A negotiator must sit on a side: 'employee' or 'employer'.");
            n.RuleFor(x => x.MandateEnd).GreaterThanOrEqualTo(x => x.MandateStart).When(x => x.MandateStart is not null && x.MandateEnd is not null)
                .WithMessage("The mandate ends before it starts.");
        });
        RuleForEach(c => c.Vacancies).ChildRules(v =>
        {
            v.RuleFor(x => x.Side).NotNull().WithMessage("A vacancy must be on a side: 'employee' or 'employer'.");
            v.RuleFor(x => x.Filled).GreaterThanOrEqualTo(x => x.Arose).When(x => x.Arose is not null && x.Filled is not null)
                .WithMessage("The vacancy is filled before it arose.");
        });
        RuleFor(c => c.Approval!).ChildRules(a =>
        {
            a.RuleFor(x => x.BodySize).GreaterThanOrEqualTo(0).When(x => x.BodySize is not null);
            a.RuleFor(x => x.Present).GreaterThanOrEqualTo(0).When(x => x.Present is not null);
            a.RuleFor(x => x.InFavour).GreaterThanOrEqualTo(0).When(x => x.InFavour is not null);
            a.RuleFor(x => x.Present).LessThanOrEqualTo(x => x.BodySize!.Value).When(x => x.Present is not null && x.BodySize is not null)
                .WithMessage("More present than the body has members.");
            a.RuleFor(x => x.InFavour).LessThanOrEqualTo(x => x.Present!.Value).When(x => x.InFavour is not null && x.Present is not null)
                .WithMessage("More votes in favour than members present.");
        }).When(c => c.Approval is not null).OverridePropertyName("Approval");
        RuleFor(c => c.Filing!).SetValidator(new FilingValidator()).When(c => c.Filing is not null).OverridePropertyName("Filing");
        RuleForEach(c => c.Resubmissions).ChildRules(r =>
            r.RuleFor(x => x.Filing!).SetValidator(new FilingValidator()).When(x => x.Filing is not null).OverridePropertyName("Filing"));
        RuleFor(c => c.Term!).ChildRules(t =>
        {
            t.RuleFor(x => x.Years).GreaterThanOrEqualTo(0).When(x => x.Years is not null);
            t.RuleFor(x => x.End).GreaterThanOrEqualTo(x => x.Start).When(x => x.Start is not null && x.End is not null)
                .WithMessage("The term ends before it starts.");
        }).When(c => c.Term is not null).OverridePropertyName("Term");
        RuleFor(c => c.Clauses!).ChildRules(k =>
        {
            k.RuleForEach(x => x.WageStandards).ChildRules(w =>
            {
                w.RuleFor(x => x.Monthly).Must(m => m is null || !m.Value.IsNegative).WithMessage("A wage is never negative.");
                w.RuleFor(x => x.Hourly).Must(m => m is null || !m.Value.IsNegative).WithMessage("A wage is never negative.");
                w.RuleFor(x => x.EmployeeContributions).Must(m => m is null || !m.Value.IsNegative).WithMessage("Contributions are never negative.");
                w.RuleFor(x => x.EmployeeContributionsByKind!).SetValidator(new ContributionsByKindValidator()).When(x => x.EmployeeContributionsByKind is not null);
                w.RuleFor(x => x.EmployeeContributionsByKind).Must((x, k) => ContributionsByKindValidator.FitsTotal(x.EmployeeContributions, k)).WithMessage("The contributions by kind add up to more than the total given.");
            });
            k.RuleFor(x => x.WorkingTime!).SetValidator(new WorkingTimeValidator()).When(x => x.WorkingTime is not null);
            k.RuleFor(x => x.OvertimePay!).SetValidator(new OvertimePayValidator()).When(x => x.OvertimePay is not null);
        }).When(c => c.Clauses is not null).OverridePropertyName("Clauses");
    }

    internal sealed class FilingValidator : AbstractValidator<Filing>
    {
        public FilingValidator() =>
            RuleFor(x => x.Received).GreaterThanOrEqualTo(x => x.Sent).When(x => x.Sent is not null && x.Received is not null)
                .WithMessage("The text is received before it was sent.");
    }

    internal sealed class WorkingTimeValidator : AbstractValidator<WorkingTimeTerms>
    {
        public WorkingTimeValidator()
        {
            RuleFor(x => x.DailyHours).GreaterThanOrEqualTo(0m).When(x => x.DailyHours is not null);
            RuleFor(x => x.WeeklyHours).GreaterThanOrEqualTo(0m).When(x => x.WeeklyHours is not null);
            RuleFor(x => x.OvertimeDailyHours).GreaterThanOrEqualTo(0m).When(x => x.OvertimeDailyHours is not null);
            RuleFor(x => x.OvertimeDailySpecialHours).GreaterThanOrEqualTo(0m).When(x => x.OvertimeDailySpecialHours is not null);
            RuleFor(x => x.OvertimeMonthlyHours).GreaterThanOrEqualTo(0m).When(x => x.OvertimeMonthlyHours is not null);
        }
    }

    internal sealed class OvertimePayValidator : AbstractValidator<OvertimePayRates>
    {
        public OvertimePayValidator()
        {
            RuleFor(x => x.Workday).GreaterThanOrEqualTo(0m).When(x => x.Workday is not null);
            RuleFor(x => x.RestDay).GreaterThanOrEqualTo(0m).When(x => x.RestDay is not null);
            RuleFor(x => x.Holiday).GreaterThanOrEqualTo(0m).When(x => x.Holiday is not null);
        }
    }
}
