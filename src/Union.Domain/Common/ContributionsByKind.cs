using FluentValidation;

namespace Union.Domain.Common;

/// <summary>
/// The employee's own monthly contributions by kind (职工个人缴费明细): each amount is optional, so a document gives what it
/// knows. Needed where a region's minimum wage excludes only some kinds (江苏: the housing fund only); where it excludes all of
/// them, the total a document also carries suffices.
/// </summary>
public sealed record ContributionsByKind
{
    /// <summary>Gets the pension insurance contribution (养老保险费) a month, when given.</summary>
    public Money? Pension { get; init; }

    /// <summary>Gets the medical insurance contribution (医疗保险费) a month, when given.</summary>
    public Money? Medical { get; init; }

    /// <summary>Gets the unemployment insurance contribution (失业保险费) a month, when given.</summary>
    public Money? Unemployment { get; init; }

    /// <summary>Gets the housing fund contribution (住房公积金) a month, when given.</summary>
    public Money? HousingFund { get; init; }

    /// <summary>Gets the amount of one kind, when given.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The amount, or <see langword="null"/>.</returns>
    public Money? Of(EmployeeContributionKind kind) => kind switch
    {
        EmployeeContributionKind.Pension => Pension,
        EmployeeContributionKind.Medical => Medical,
        EmployeeContributionKind.Unemployment => Unemployment,
        EmployeeContributionKind.HousingFund => HousingFund,
        _ => null,
    };

    /// <summary>Gets the sum of the kinds given.</summary>
    public Money GivenTotal => (Pension ?? Money.Zero) + (Medical ?? Money.Zero) + (Unemployment ?? Money.Zero) + (HousingFund ?? Money.Zero);
}

/// <summary>
/// Structural checks of contributions (缴费结构校验): no amount is negative, and where a total is also given the kinds never add
/// up to more than it.
/// </summary>
public sealed class ContributionsByKindValidator : AbstractValidator<ContributionsByKind>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public ContributionsByKindValidator()
    {
        RuleFor(x => x.Pension).Must(NotNegative).WithMessage("Contributions are never negative.");
        RuleFor(x => x.Medical).Must(NotNegative).WithMessage("Contributions are never negative.");
        RuleFor(x => x.Unemployment).Must(NotNegative).WithMessage("Contributions are never negative.");
        RuleFor(x => x.HousingFund).Must(NotNegative).WithMessage("Contributions are never negative.");
    }

    /// <summary>Whether the kinds given fit within a total given alongside them.</summary>
    /// <param name="total">The total, when given.</param>
    /// <param name="byKind">The amounts by kind, when given.</param>
    /// <returns>Whether they agree (true when either is absent).</returns>
    public static bool FitsTotal(Money? total, ContributionsByKind? byKind) =>
        total is not { } t || byKind is null || byKind.GivenTotal <= t;

    private static bool NotNegative(Money? m) => m is null || !m.Value.IsNegative;
}
