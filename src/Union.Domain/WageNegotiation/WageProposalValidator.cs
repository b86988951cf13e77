using FluentValidation;
using Union.Domain.Validation;
using Union.Domain.Common;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// Structural checks of a <see cref="WageProposal"/> (结构校验) that span more than one field: what makes the document
/// meaningless, never what makes it unlawful. A term that ends before it starts or runs over 100 years, an adjustment for a
/// year outside the term, a grade change naming no grade, a duplicate grade name or year, more than ten million people in
/// all, a grade's components or its adjusted base pay beyond 10^12 yuan a month (so that costing never overflows). Ranges of single values (a
/// negative headcount or amount, hours beyond a day) are the reader's, from the <c>InputRange</c> attributes.
/// </summary>
public sealed class WageProposalValidator : AbstractValidator<WageProposal>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
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
            g.RuleFor(x => x.EmployeeContributionsByKind!).SetValidator(new ContributionsByKindValidator()).When(x => x.EmployeeContributionsByKind is not null);
            g.RuleFor(x => x.EmployeeContributionsByKind).Must((x, k) => ContributionsByKindValidator.FitsTotal(x.EmployeeContributions, k)).WithMessage("The contributions by kind add up to more than the total given.");
        });
        RuleFor(p => p.Grades)
            .Must((p, gs) => gs.Sum(g => (long)g.Headcount) + (p.PartTimeRates?.Sum(r => (long)r.Headcount) ?? 0) <= InputLimits.MaxHeadcount)
            .When(p => p.Grades is not null)
            .Key("wage.headcountTotal");
        RuleForEach(p => p.Grades)
            .Must(g => g.Components is null || g.Components.Sum(c => c.Amount.Yuan) <= InputLimits.MaxMoney)
            .Key("wage.componentsTotal");
        RuleForEach(p => p.Grades)
            .Must((p, g) => BasePayStaysInRange(p, g))
            .Key("wage.payBeyondLimit");
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

    /// <summary>
    /// Whether a grade's monthly base pay stays within ±<see cref="InputLimits.MaxMoney"/> through every adjustment, as the
    /// adjustments apply it (a grade change replaces the year's percentage and flat amount); reckoned in floating point, as
    /// a bound only, so that the exact arithmetic of costing never overflows.
    /// </summary>
    private static bool BasePayStaysInRange(WageProposal proposal, PayGrade grade)
    {
        if (proposal.Adjustments is not { Count: > 0 } adjustments)
        {
            return true;
        }

        double pay = (double)grade.BasePay.Yuan;
        foreach (YearAdjustment a in adjustments.OrderBy(a => a.TermYear))
        {
            decimal? percent = a.IncreasePercent;
            decimal? flat = a.FlatAmount?.Yuan;
            if (a.GradeChanges?.FirstOrDefault(c => string.Equals(c.Grade, grade.Name, StringComparison.Ordinal)) is { } change)
            {
                percent = change.IncreasePercent;
                flat = change.FlatAmount?.Yuan;
            }

            pay = (pay * (1 + ((double)(percent ?? 0m) / 100))) + (double)(flat ?? 0m);
            if (Math.Abs(pay) > (double)InputLimits.MaxMoney)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllKnown(IReadOnlyList<GradeChange> changes, IReadOnlyList<PayGrade> grades)
    {
        var names = grades.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        return changes.All(c => names.Contains(c.Grade));
    }
}
