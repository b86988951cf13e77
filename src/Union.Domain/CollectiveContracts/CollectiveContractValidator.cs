using FluentValidation;
using Union.Domain.Validation;
using Union.Domain.Common;

namespace Union.Domain.CollectiveContracts;

/// <summary>
/// Structural checks of a collective contract document (结构校验) that span more than one field: a negotiator always on a
/// side, no period ending before it starts, no more present than members and no more votes than present. Ranges of single
/// values (counts never negative, hours within a day) are the reader's, from the <c>InputRange</c> attributes. Never
/// legality: an unlawful contract passes here and is reported by the rules.
/// </summary>
public sealed class CollectiveContractValidator : AbstractValidator<CollectiveContract>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public CollectiveContractValidator()
    {
        RuleForEach(c => c.Negotiators).ChildRules(n =>
        {
            n.RuleFor(x => x.Side).NotNull().Key("contract.negotiatorSide");
            n.RuleFor(x => x.MandateEnd).GreaterThanOrEqualTo(x => x.MandateStart).When(x => x.MandateStart is not null && x.MandateEnd is not null)
                .Key("contract.mandateOrder");
        });
        RuleForEach(c => c.Vacancies).ChildRules(v =>
        {
            v.RuleFor(x => x.Side).NotNull().Key("contract.vacancySide");
            v.RuleFor(x => x.Filled).GreaterThanOrEqualTo(x => x.Arose).When(x => x.Arose is not null && x.Filled is not null)
                .Key("contract.vacancyOrder");
        });
        RuleFor(c => c.Approval!).ChildRules(a =>
        {
            a.RuleFor(x => x.Present).LessThanOrEqualTo(x => x.BodySize!.Value).When(x => x.Present is not null && x.BodySize is not null)
                .Key("contract.presentOverBody");
            a.RuleFor(x => x.InFavour).LessThanOrEqualTo(x => x.Present!.Value).When(x => x.InFavour is not null && x.Present is not null)
                .Key("contract.favourOverPresent");
        }).When(c => c.Approval is not null).OverridePropertyName("Approval");
        RuleFor(c => c.Filing!).SetValidator(new FilingValidator()).When(c => c.Filing is not null).OverridePropertyName("Filing");
        RuleForEach(c => c.Resubmissions).ChildRules(r =>
            r.RuleFor(x => x.Filing!).SetValidator(new FilingValidator()).When(x => x.Filing is not null).OverridePropertyName("Filing"));
        RuleFor(c => c.Term!).ChildRules(t =>
            t.RuleFor(x => x.End).GreaterThanOrEqualTo(x => x.Start).When(x => x.Start is not null && x.End is not null)
                .Key("contract.termOrder")).When(c => c.Term is not null).OverridePropertyName("Term");
        RuleFor(c => c.Clauses!).ChildRules(k =>
            k.RuleForEach(x => x.WageStandards).ChildRules(w =>
            {
                w.RuleFor(x => x.EmployeeContributionsByKind!).SetValidator(new ContributionsByKindValidator()).When(x => x.EmployeeContributionsByKind is not null);
                w.RuleFor(x => x.EmployeeContributionsByKind).Must((x, k) => ContributionsByKindValidator.FitsTotal(x.EmployeeContributions, k)).WithMessage("The contributions by kind add up to more than the total given.");
            })).When(c => c.Clauses is not null).OverridePropertyName("Clauses");
    }

    internal sealed class FilingValidator : AbstractValidator<Filing>
    {
        public FilingValidator() =>
            RuleFor(x => x.Received).GreaterThanOrEqualTo(x => x.Sent).When(x => x.Sent is not null && x.Received is not null)
                .Key("contract.filingOrder");
    }
}
