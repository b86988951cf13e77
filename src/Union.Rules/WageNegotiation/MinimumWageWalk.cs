using NodaTime;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// The dates on which a minimum-wage comparison is made over a term (最低工资比对日): the term's first day, the first day of
/// each term year (pay changes) and every day inside the term on which a value of the parameter takes effect in any layer of
/// the profile (a rise on 1 July in the middle of the term is caught on its date).
/// </summary>
internal static class MinimumWageWalk
{
    internal static IReadOnlyList<LocalDate> Checkpoints(WageProposal p, JurisdictionProfile profile, params string[] parameters)
    {
        var dates = new SortedSet<LocalDate> { p.Term.Start };
        foreach (DateInterval y in p.Term.Years())
        {
            dates.Add(y.Start);
        }

        foreach (ParameterLayer layer in profile.Layers)
        {
            foreach (string name in parameters)
            {
                if (layer.Parameters.TryGetValue(name, out ParameterDefinition? def))
                {
                    foreach (ParameterValue v in def.Values)
                    {
                        if (v.From > p.Term.Start && v.From <= p.Term.End)
                        {
                            dates.Add(v.From);
                        }
                    }
                }
            }
        }

        return [.. dates];
    }
}
