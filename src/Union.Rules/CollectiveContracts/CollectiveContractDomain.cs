using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.CollectiveContracts;

/// <summary>
/// The review of collective contracts (集体合同审查): reads a contract, runs the CC rules, and reports the lifecycle state and every
/// statutory date with the rule that set it.
/// </summary>
public sealed class CollectiveContractDomain : ReviewDomain<CollectiveContract>
{
    /// <summary>Creates the domain with the given rules (the catalog's rules when omitted).</summary>
    /// <param name="rules">The rules; extend them with <see cref="RuleSet{TFacts}.With"/> or silence one with <see cref="RuleSet{TFacts}.Without"/>.</param>
    public CollectiveContractDomain(RuleSet<CollectiveContract>? rules = null) => Rules = rules ?? DefaultRules;

    /// <summary>Gets the catalog's collective-contract rules.</summary>
    public static RuleSet<CollectiveContract> DefaultRules { get; } = new(CollectiveContractCatalog.ContractRules);

    /// <summary>Gets the domain with the catalog's rules.</summary>
    public static CollectiveContractDomain Default { get; } = new();

    /// <summary>Gets the rules this domain runs.</summary>
    public RuleSet<CollectiveContract> Rules { get; }

    /// <inheritdoc/>
    public override string Name => "collectiveContract";

    /// <inheritdoc/>
    public override string ParameterPrefix => "cc.";

    /// <inheritdoc/>
    public override Citation NationalInstrument { get; } = new(Instruments.CollectiveContractProvisions);

    /// <inheritdoc/>
    public override CollectiveContract Example => CollectiveContractDocument.Read(CollectiveContractDocument.Example).Value!;

    /// <inheritdoc/>
    public override CollectiveContract FlawedExample => CollectiveContractDocument.Read(CollectiveContractDocument.FlawedExample).Value!;

    /// <inheritdoc/>
    public override DocumentResult<CollectiveContract> Read(ReadOnlySpan<byte> utf8, string? source = null) => CollectiveContractDocument.Read(utf8, source);

    /// <inheritdoc/>
    public override DocumentResult<CollectiveContract> Read(string? json, string? source = null) => CollectiveContractDocument.Read(json, source);

    /// <inheritdoc/>
    public override string Write(CollectiveContract document) => CollectiveContractDocument.Write(document);

    /// <inheritdoc/>
    public override string Schema() => CollectiveContractSchema.ContractSchema();

    /// <inheritdoc/>
    public override RegionCode? RegionOf(CollectiveContract document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Employer?.Region;
    }

    /// <inheritdoc/>
    protected override (RuleReport Report, IReadOnlyList<OutcomeItem> Outcome) Run(CollectiveContract document, LocalDate asOf, JurisdictionProfile profile, bool trace)
    {
        RuleReport report = Rules.Evaluate(document, asOf, profile, trace);
        var outcome = new List<OutcomeItem>();
        ContractState state = report.TryGet(CollectiveContractOutputs.State, out ContractState s)
            ? s
            : ContractStateMachine.Determine(document, ContractTimeline.Compute(document, profile, asOf), asOf);
        string stateName = LifecycleStateRule.Name(state);
        Finding? stated = report.Findings.FirstOrDefault(f => f.Code == "CC-STATUS");
        outcome.Add(stated is not null
            ? new OutcomeItem("state", stateName, stated.MessageKey, stated.Arguments, "CC-STATUS")
            : new OutcomeItem("state", stateName, "CC-STATUS." + stateName, [new("asOf", RuleContext.Format(asOf)!), new("state", stateName)], "CC-STATUS"));
        foreach (RuleOutput o in report.Outputs)
        {
            if (o.Value is LocalDate date)
            {
                outcome.Add(OutcomeItem.Date(o.Name, date, o.Code));
            }
        }

        return (report, outcome);
    }
}
