using FluentValidation;
using Union.Domain.Validation;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// Structural checks of a <see cref="WageProposal"/> (结构校验) that span more than one field: what makes the document
/// meaningless, never what makes it unlawful. A term that ends before it starts or runs over 100 years, an adjustment for a
/// year outside the term, a grade change naming no grade, a duplicate grade name or year. Ranges of single values (a
/// negative headcount or amount, hours beyond a day) are the reader's, from the <c>InputRange</c> attributes.
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
            .Key("wage.termOrder");
        RuleFor(p => p.Term.End)
            .Must((p, end) => end < p.Term.Start.PlusYears(InputLimits.MaxTermYears))
            .When(p => p.Term is not null && p.Term.End >= p.Term.Start)
            .Key("wage.termTooLong");
        RuleFor(p => p.Grades).NotNull().NotEmpty().Key("wage.noGrades");
        RuleForEach(p => p.Grades).ChildRules(g =>
        {
            g.RuleFor(x => x.Name).NotEmpty();
            g.RuleFor(x => x.Headcount).GreaterThanOrEqualTo(0);
            g.RuleFor(x => x.BasePay.Yuan).GreaterThanOrEqualTo(0m).OverridePropertyName("basePay");
        });
        RuleFor(p => p.Grades)
            .Must(gs => gs.Select(g => g.Name).Distinct(StringComparer.Ordinal).Count() == gs.Count)
            .When(p => p.Grades is { Count: > 0 })
            .Key("wage.duplicateGrade");
        RuleForEach(p => p.Adjustments).ChildRules(a =>
            a.RuleForEach(x => x.GradeChanges).ChildRules(c => c.RuleFor(x => x.Grade).NotEmpty()));
        RuleForEach(p => p.Adjustments)
            .Must((p, a) => p.Term is null || p.Term.End < p.Term.Start || a.TermYear <= p.Term.Years().Count)
            .Key("wage.adjustmentAfterTerm");
        RuleForEach(p => p.Adjustments)
            .Must((p, a) => a.GradeChanges is null || p.Grades is null || AllKnown(a.GradeChanges, p.Grades))
            .Key("wage.unknownGrade");
        RuleFor(p => p.Adjustments)
            .Must(a => a!.Select(x => x.TermYear).Distinct().Count() == a!.Count)
            .When(p => p.Adjustments is not null)
            .Key("wage.duplicateAdjustment");
        RuleForEach(p => p.PartTimeRates).ChildRules(r => r.RuleFor(x => x.Name).NotEmpty());
    }

    private static bool AllKnown(IReadOnlyList<GradeChange> changes, IReadOnlyList<PayGrade> grades)
    {
        var names = grades.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        return changes.All(c => names.Contains(c.Grade));
    }
}
