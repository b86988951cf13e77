using Union.Domain.WageNegotiation;

namespace Union.Rules.LabourStandards;

/// <summary>The names of the pay-component kinds in the data and the documents (工资构成项目名称), e.g. <c>nightShiftAllowance</c>.</summary>
public static class PayComponentNames
{
    private static readonly (string Name, PayComponentKind Kind)[] Names =
    [
        ("overtimePay", PayComponentKind.OvertimePay),
        ("middleShiftAllowance", PayComponentKind.MiddleShiftAllowance),
        ("nightShiftAllowance", PayComponentKind.NightShiftAllowance),
        ("highTemperatureAllowance", PayComponentKind.HighTemperatureAllowance),
        ("lowTemperatureAllowance", PayComponentKind.LowTemperatureAllowance),
        ("undergroundAllowance", PayComponentKind.UndergroundAllowance),
        ("toxicHazardAllowance", PayComponentKind.ToxicHazardAllowance),
        ("otherSpecialConditionAllowance", PayComponentKind.OtherSpecialConditionAllowance),
        ("statutoryWelfare", PayComponentKind.StatutoryWelfare),
        ("bonus", PayComponentKind.Bonus),
        ("otherAllowance", PayComponentKind.OtherAllowance),
    ];

    /// <summary>Gets every name, in the order of the kinds.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>Gets the name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Name(PayComponentKind kind) =>
        Names.FirstOrDefault(n => n.Kind == kind).Name ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a pay-component kind.");

    /// <summary>Reads a list of names into kinds; false at the first name that is none of them.</summary>
    /// <param name="names">The names.</param>
    /// <param name="kinds">The kinds, when every name is one.</param>
    /// <param name="unknown">The first unknown name, when one is not.</param>
    /// <returns>Whether every name is a kind.</returns>
    public static bool TryParse(IEnumerable<string> names, out IReadOnlyList<PayComponentKind> kinds, out string? unknown)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = new List<PayComponentKind>();
        unknown = null;
        foreach (string name in names)
        {
            int i = Array.FindIndex(Names, n => string.Equals(n.Name, name, StringComparison.Ordinal));
            if (i < 0)
            {
                unknown = name;
                kinds = [];
                return false;
            }

            if (!list.Contains(Names[i].Kind))
            {
                list.Add(Names[i].Kind);
            }
        }

        kinds = list;
        return true;
    }
}
