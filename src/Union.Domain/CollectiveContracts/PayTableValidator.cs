using FluentValidation;

namespace Union.Domain.CollectiveContracts;

/// <summary>Structural checks of a pay table (结构校验): each line, and the collective contract it names; each line's ranges are the reader's.</summary>
public sealed class PayTableValidator : AbstractValidator<PayTable>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public PayTableValidator()
    {
        RuleFor(x => x.CollectiveContract!).SetValidator(new CollectiveContractValidator()).When(x => x.CollectiveContract is not null);
        RuleForEach(x => x.Lines).SetValidator(new LabourContractValidator());
    }
}
