using Union.Domain.Common;

namespace Union.Rules.LabourStandards;

/// <summary>The names of the contribution kinds in the data and the documents (个人缴费项目名称): <c>pension</c>, <c>medical</c>, <c>unemployment</c>, <c>housingFund</c>.</summary>
public static class ContributionKinds
{
    /// <summary>Gets the JSON name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Name(EmployeeContributionKind kind) => kind switch
    {
        EmployeeContributionKind.Pension => "pension",
        EmployeeContributionKind.Medical => "medical",
        EmployeeContributionKind.Unemployment => "unemployment",
        EmployeeContributionKind.HousingFund => "housingFund",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a contribution kind."),
    };

    /// <summary>Reads a list of names into kinds; false at the first name that is none of them.</summary>
    /// <param name="names">The names.</param>
    /// <param name="kinds">The kinds, when every name is one.</param>
    /// <param name="unknown">The first unknown name, when one is not.</param>
    /// <returns>Whether every name is a kind.</returns>
    public static bool TryParse(IEnumerable<string> names, out IReadOnlyList<EmployeeContributionKind> kinds, out string? unknown)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = new List<EmployeeContributionKind>();
        unknown = null;
        foreach (string name in names)
        {
            EmployeeContributionKind? kind = name switch
            {
                "pension" => EmployeeContributionKind.Pension,
                "medical" => EmployeeContributionKind.Medical,
                "unemployment" => EmployeeContributionKind.Unemployment,
                "housingFund" => EmployeeContributionKind.HousingFund,
                _ => null,
            };
            if (kind is not { } k)
            {
                unknown = name;
                kinds = [];
                return false;
            }

            if (!list.Contains(k))
            {
                list.Add(k);
            }
        }

        kinds = list;
        return true;
    }
}
