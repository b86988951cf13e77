using System.Globalization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The review of an employer's labour file (用工情况审查): reads a <see cref="LabourFile"/>, runs the LS rules (dispatch, probation,
/// open-ended contracts, layoffs) and reports the results a cadre acts on: the largest lawful number of dispatched workers,
/// probation damages, when ten years of work are full and the statutory retirement date, and each layoff's latest days.
/// </summary>
/// <remarks>
/// The parameter prefix is <c>ls.</c>: the notice that national rules were applied (PROFILE-LOCAL) goes away only when a layer
/// sets an <c>ls.*</c> parameter, the names a local labour-contract regulation's numbers take. The other numbers these rules
/// read do not say that a local regulation is loaded: <c>dispatch.*</c> are fixed by the ministry (劳动合同法 第六十六条第三款) and
/// <c>probation.*</c>, <c>wage.*</c> and <c>standard.*</c> belong to the shared labour standards, which a region's minimum-wage notice
/// or wage-payment rules set without touching labour contracts.
/// </remarks>
public sealed class LabourStandardsDomain : ReviewDomain<LabourFile>
{
    /// <summary>Creates the domain with the given rules (the catalog's rules when omitted).</summary>
    /// <param name="rules">The rules; extend them with <see cref="RuleSet{TFacts}.With"/> or silence one with <see cref="RuleSet{TFacts}.Without"/>.</param>
    public LabourStandardsDomain(RuleSet<LabourFile>? rules = null) => Rules = rules ?? DefaultRules;

    /// <summary>Gets the catalog's labour-file rules.</summary>
    public static RuleSet<LabourFile> DefaultRules { get; } = new(LabourStandardsCatalog.FileRules);

    /// <summary>Gets the domain with the catalog's rules.</summary>
    public static LabourStandardsDomain Default { get; } = new();

    /// <summary>Gets the rules this domain runs.</summary>
    public RuleSet<LabourFile> Rules { get; }

    /// <inheritdoc/>
    public override string Name => "labourStandards";

    /// <inheritdoc/>
    public override string ParameterPrefix => "ls.";

    /// <inheritdoc/>
    public override Citation NationalInstrument { get; } = new(Instruments.LabourContractLaw);

    /// <inheritdoc/>
    public override LabourFile Example => LabourFileJson.Read(LabourFileJson.Example).Value!;

    /// <inheritdoc/>
    public override LabourFile FlawedExample => LabourFileJson.Read(LabourFileJson.FlawedExample).Value!;

    /// <inheritdoc/>
    public override DocumentResult<LabourFile> Read(ReadOnlySpan<byte> utf8, string? source = null) => LabourFileJson.Read(utf8, source);

    /// <inheritdoc/>
    public override DocumentResult<LabourFile> Read(string? json, string? source = null) => LabourFileJson.Read(json, source);

    /// <inheritdoc/>
    public override string Write(LabourFile document) => LabourFileJson.Write(document);

    /// <inheritdoc/>
    public override string Schema() => LabourFileJson.Schema();

    /// <inheritdoc/>
    public override RegionCode? RegionOf(LabourFile document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Region;
    }

    /// <summary>
    /// The outcome of a labour file's review: each output a rule computed that a cadre acts on, with its message (the probation
    /// limits of lawful probations stay in the report's outputs).
    /// </summary>
    /// <param name="document">The file.</param>
    /// <param name="report">The rules' report.</param>
    /// <returns>The outcome items, in the order computed.</returns>
    public static IReadOnlyList<OutcomeItem> OutcomeOf(LabourFile document, RuleReport report)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        var outcome = new List<OutcomeItem>();
        foreach (RuleOutput o in report.Outputs)
        {
            string value = RuleContext.Format(o.Value) ?? string.Empty;
            if (o.Name == LabourStandardsOutputs.DispatchLargestLawful.Name && document.Dispatch is { } dispatch)
            {
                string dispatched = dispatch.Posts.Sum(p => (long)p.Workers).ToString(CultureInfo.InvariantCulture);
                outcome.Add(new OutcomeItem(o.Name, value, "outcome.ls.dispatchLargestLawful", [new("value", value), new("own", dispatch.OwnEmployees.ToString(CultureInfo.InvariantCulture)), new("dispatched", dispatched)], o.Code));
                continue;
            }

            (string list, int index, string label) = Split(o.Name);
            if (list == "employees" && label is "probationDamages" or "tenYearsOn" or "retirementDate" && document.Employees is { } employees && index < employees.Count)
            {
                outcome.Add(new OutcomeItem(o.Name, value, "outcome.ls." + label, [new("value", value), new("employee", LabourFileFacts.Who(employees[index], index))], o.Code));
            }
            else if (list == "layoffs" && label is "explanationDue" or "reportDue")
            {
                outcome.Add(new OutcomeItem(o.Name, value, "outcome.ls." + label, [new("value", value), new("number", (index + 1).ToString(CultureInfo.InvariantCulture))], o.Code));
            }
        }

        return outcome;
    }

    /// <inheritdoc/>
    protected override (RuleReport Report, IReadOnlyList<OutcomeItem> Outcome) Run(LabourFile document, LocalDate asOf, JurisdictionProfile profile, bool trace)
    {
        RuleReport report = Rules.Evaluate(document, asOf, profile, trace);
        return (report, OutcomeOf(document, report));
    }

    private static (string List, int Index, string Label) Split(string name)
    {
        int open = name.IndexOf('[', StringComparison.Ordinal);
        int close = name.IndexOf("].", StringComparison.Ordinal);
        if (open <= 0 || close <= open || !int.TryParse(name.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            return (string.Empty, -1, string.Empty);
        }

        return (name[..open], index, name[(close + 2)..]);
    }
}
