using FluentValidation;
using Union.Domain.Validation;

namespace Union.Domain.LabourStandards;

/// <summary>
/// Structural checks of a <see cref="LabourFile"/> (用工情况结构校验) that span more than one field: what makes the file
/// meaningless, never what makes it unlawful. An employee born after the work started, a retirement date before the birth, a term
/// in months for a contract whose term is not fixed, a fixed-term contract counted as none of the consecutive fixed terms, two
/// records with the same id, more people laid off than the enterprise employs, more than ten million dispatched workers in all.
/// Ranges of single values (negative counts, months beyond a century) are the reader's, from the <c>InputRange</c> attributes.
/// </summary>
/// <remarks>
/// A contract concluded before the work starts is not an error: 劳动合同法 第十条第三款 allows it ("用人单位与劳动者在用工前订立劳动合同的，
/// 劳动关系自用工之日起建立"). A late explanation or report of a layoff, a probation longer than the term, a share of dispatched
/// workers above the cap are lawful to record and are the rules' to report.
/// </remarks>
public sealed class LabourFileValidator : AbstractValidator<LabourFile>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public LabourFileValidator()
    {
        RuleFor(f => f.Dispatch!).ChildRules(Dispatch).When(f => f.Dispatch is not null).OverridePropertyName("Dispatch");
        RuleForEach(f => f.Employees).ChildRules(Employee);
        RuleFor(f => f.Employees)
            .Must(UniqueIds)
            .When(f => f.Employees is { Count: > 1 })
            .Key("labour.duplicateId");
        RuleForEach(f => f.Layoffs).ChildRules(Layoff);
        RuleForEach(f => f.Disputes).SetValidator(new DisputeCaseValidator());
    }

    private static void Dispatch(InlineValidator<DispatchFacts> d) =>
        d.RuleFor(x => x.Posts)
            .Must(posts => posts.Sum(p => (long)p.Workers) <= InputLimits.MaxHeadcount)
            .When(x => x.Posts is not null)
            .Key("labour.dispatchTotal");

    private static void Employee(InlineValidator<EmploymentRecord> e)
    {
        e.RuleFor(x => x.BirthDate)
            .Must((x, birth) => birth!.Value <= x.Started)
            .When(x => x.BirthDate is not null)
            .Key("labour.bornAfterStart");
        e.RuleFor(x => x.RetirementDate)
            .Must((x, retirement) => retirement!.Value > x.BirthDate!.Value)
            .When(x => x.RetirementDate is not null && x.BirthDate is not null)
            .Key("labour.retirementBeforeBirth");
        e.RuleFor(x => x.TermMonths)
            .Null()
            .When(x => x.Term is ContractTermKind.OpenEnded or ContractTermKind.TaskBased)
            .Key("labour.termMonthsNotFixed");
        e.RuleFor(x => x.ConsecutiveFixedTerms)
            .GreaterThanOrEqualTo(1)
            .When(x => x.Term == ContractTermKind.FixedTerm && x.ConsecutiveFixedTerms is not null)
            .Key("labour.fixedTermsCount");
        e.RuleFor(x => x.Separation!)
            .SetValidator(x => new SeparationValidator(x.Started))
            .When(x => x.Separation is not null)
            .OverridePropertyName("Separation");
    }

    private static void Layoff(InlineValidator<Layoff> l) =>
        l.RuleFor(x => x.LaidOff)
            .LessThanOrEqualTo(x => x.Headcount)
            .Key("labour.laidOffOverHeadcount");

    private static bool UniqueIds(IReadOnlyList<EmploymentRecord>? records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (EmploymentRecord r in records ?? [])
        {
            if (r.Id is { } id && !seen.Add(id))
            {
                return false;
            }
        }

        return true;
    }
}
