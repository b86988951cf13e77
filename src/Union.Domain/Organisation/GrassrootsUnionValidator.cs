using FluentValidation;
using Union.Domain.Validation;

namespace Union.Domain.Organisation;

/// <summary>
/// Structural checks of a <see cref="GrassrootsUnion"/> (基层工会文档结构校验) that span more than one field: what makes the
/// document meaningless, never what makes it unlawful. An empty name, two chairs, an officer who leaves office before taking it
/// or after the term, a funds period that ends before it starts or covers less than a month, payroll or non-payroll totals
/// beyond 10^12 yuan, dues for a month not given by its first day. Ranges of single values (a negative headcount or amount, a
/// term of 0 or 101 years) are the reader's, from the <c>InputRange</c> attributes.
/// </summary>
public sealed class GrassrootsUnionValidator : AbstractValidator<GrassrootsUnion>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public GrassrootsUnionValidator()
    {
        RuleFor(u => u.Employer).NotEmpty();
        RuleFor(u => u.Employees).InclusiveBetween(0, InputLimits.MaxHeadcount);
        RuleFor(u => u.Members).InclusiveBetween(0, InputLimits.MaxHeadcount);
        RuleFor(u => u.Term!.Years).InclusiveBetween(1, InputLimits.MaxTermYears).When(u => u.Term is not null).OverridePropertyName("Term.Years");
        RuleForEach(u => u.Committee).ChildRules(m => m.RuleFor(x => x.Name).NotEmpty());
        RuleFor(u => u.Committee)
            .Must(c => c!.Count(m => m.Role == CommitteeRole.Chair) <= 1)
            .When(u => u.Committee is not null)
            .Key("org.twoChairs");
        RuleForEach(u => u.Committee)
            .Must((u, m) => m.LeftOffice is not { } left || left >= (m.TookOffice ?? u.Term?.Start ?? left))
            .Key("org.officeOrder");
        RuleForEach(u => u.Committee)
            .Must((u, m) => u.Term is null || u.Term.Years is < 1 or > InputLimits.MaxTermYears || m.TookOffice is not { } took || took <= u.Term.LastDay)
            .Key("org.tookOfficeAfterTerm");
        RuleForEach(u => u.Committee)
            .Must((u, m) => u.Term is null || u.Term.Years is < 1 or > InputLimits.MaxTermYears || m.LeftOffice is not { } left || left <= u.Term.LastDay)
            .Key("org.leftOfficeAfterTerm");
        When(u => u.Funds is not null, () =>
        {
            RuleFor(u => u.Funds!.To).GreaterThanOrEqualTo(u => u.Funds!.From).OverridePropertyName("Funds.To").Key("org.fundsOrder");
            RuleFor(u => u.Funds!.To)
                .Must((u, to) => to >= u.Funds!.From.PlusMonths(1).PlusDays(-1))
                .When(u => u.Funds!.To >= u.Funds!.From)
                .OverridePropertyName("Funds.To")
                .Key("org.fundsShort");
            RuleFor(u => u.Funds!.Payroll)
                .Must(p => p.Sum(l => l.Amount.Yuan) <= InputLimits.MaxMoney)
                .When(u => u.Funds!.Payroll is not null)
                .OverridePropertyName("Funds.Payroll")
                .Key("org.payrollTotal");
            RuleFor(u => u.Funds!.NotPayroll)
                .Must(p => p!.Sum(l => l.Amount.Yuan) <= InputLimits.MaxMoney)
                .When(u => u.Funds!.NotPayroll is not null)
                .OverridePropertyName("Funds.NotPayroll")
                .Key("org.notPayrollTotal");
        });
        When(u => u.Dues is not null, () =>
        {
            RuleFor(u => u.Dues!.Month.Day).Equal(1).OverridePropertyName("Dues.Month").Key("org.duesMonth");
            RuleForEach(u => u.Dues!.Members).ChildRules(m => m.RuleFor(x => x.Name).NotEmpty()).OverridePropertyName("Dues.Members");
        });
    }
}
