using Union.Domain.Common;

namespace Union.Rules.LabourStandards;

/// <summary>
/// What a document says about the employee's own contributions (个人缴费资料): the total, the amounts by kind, and where they sit
/// in the document, so that a missing one can be named.
/// </summary>
/// <param name="Total">The total of the employee's own social insurance and housing fund contributions a month, when given.</param>
/// <param name="ByKind">The amounts by kind, when given.</param>
/// <param name="Path">The JSON path of the object that carries them (<c>$.grades[0]</c>); the fields are <c>employeeContributions</c> and <c>employeeContributionsByKind</c>.</param>
public sealed record ContributionFacts(Money? Total, ContributionsByKind? ByKind, string Path)
{
    private static readonly EmployeeContributionKind[] AllKinds = Enum.GetValues<EmployeeContributionKind>();

    /// <summary>
    /// Gets the amount to remove for <paramref name="kinds"/>: nothing for none; the sum of the kinds when every one is given by
    /// kind; the total when the kinds are all four (the total is all of them). Otherwise the amount is unknown, and
    /// <paramref name="missingField"/> names what a caller adds: the total where all four are excluded, else the first kind missing.
    /// </summary>
    /// <param name="kinds">The kinds the region's minimum does not include.</param>
    /// <param name="amount">The amount to remove, when known.</param>
    /// <param name="missingField">The JSON path of the missing field, when unknown.</param>
    /// <returns>Whether the amount is known.</returns>
    public bool TryAmount(IReadOnlyCollection<EmployeeContributionKind> kinds, out Money amount, out string missingField)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        amount = Money.Zero;
        missingField = string.Empty;
        if (kinds.Count == 0)
        {
            return true;
        }

        EmployeeContributionKind? firstMissing = null;
        foreach (EmployeeContributionKind kind in AllKinds.Where(kinds.Contains))
        {
            if (ByKind?.Of(kind) is { } m)
            {
                amount += m;
            }
            else
            {
                firstMissing ??= kind;
            }
        }

        if (firstMissing is null)
        {
            return true;
        }

        bool all = AllKinds.All(kinds.Contains);
        if (all && Total is { } total)
        {
            amount = total;
            return true;
        }

        amount = Money.Zero;
        missingField = all ? Path + ".employeeContributions" : Path + ".employeeContributionsByKind." + ContributionKinds.Name(firstMissing.Value);
        return false;
    }
}
