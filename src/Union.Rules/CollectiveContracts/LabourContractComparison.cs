using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>
/// Compares labour contracts or pay lines with the collective contract and the region's minimum wage (劳动合同比对):
/// CC-WAGE-FLOOR and CC-LABOUR-CONTRACT-FLOOR. Stateless and safe to share between threads.
/// </summary>
public static class LabourContractComparison
{
    /// <summary>Gets the built-in comparison rule set.</summary>
    public static RuleSet<LabourContractComparisonFacts> Rules { get; } = new(CollectiveContractCatalog.ComparisonRules);

    /// <summary>Compares one labour contract.</summary>
    /// <param name="line">The labour contract or pay line.</param>
    /// <param name="collectiveContract">The collective contract, when there is one.</param>
    /// <param name="asOf">The date of the comparison.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record the explanation tree.</param>
    /// <returns>The report.</returns>
    public static RuleReport Evaluate(LabourContract line, CollectiveContract? collectiveContract, LocalDate asOf, JurisdictionProfile profile, bool trace = true)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Rules.Evaluate(new LabourContractComparisonFacts(line, collectiveContract), asOf, profile, trace);
    }

    /// <summary>
    /// Compares every line of a pay table; paths name each line (<c>$.lines[i]</c>). A finding about the whole table (path <c>$</c>:
    /// a standard past its adjustment cycle, a parameter missing) that several lines repeat word for word is kept once.
    /// </summary>
    /// <param name="table">The pay table.</param>
    /// <param name="asOf">The date of the comparison.</param>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="trace">Whether to record the explanation tree.</param>
    /// <returns>One report with every line's findings.</returns>
    public static RuleReport Evaluate(PayTable table, LocalDate asOf, JurisdictionProfile profile, bool trace = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(profile);
        var findings = new List<Finding>();
        var nodes = new List<TraceNode>();
        for (int i = 0; i < table.Lines.Count; i++)
        {
            RuleReport r = Rules.Evaluate(new LabourContractComparisonFacts(table.Lines[i], table.CollectiveContract, $"$.lines[{i}]"), asOf, profile, trace);
            findings.AddRange(r.Findings.Where(f => f.Path != "$" || !findings.Any(e => SameNote(e, f))));
            nodes.AddRange(r.Trace);
        }

        return new RuleReport(asOf, profile.Region, findings, nodes);
    }

    // A note about the whole table (a standard past its cycle, a parameter missing) is said once, not once a line.
    private static bool SameNote(Finding a, Finding b) =>
        a.Path == b.Path && a.Code == b.Code && a.MessageKey == b.MessageKey && a.Arguments.SequenceEqual(b.Arguments);
}
