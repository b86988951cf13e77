using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;
using Union.Domain.WorkersCongress;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.WorkersCongress;

/// <summary>
/// The review of workers' congresses (职工代表大会审查): reads a congress record, runs the WC rules, and reports the form, the
/// fewest delegates and most managers due, and the date the next session is due.
/// </summary>
public sealed class WorkersCongressDomain : ReviewDomain<WorkersCongressRecord>
{
    /// <summary>Creates the domain with the given rules (the catalog's rules when omitted).</summary>
    /// <param name="rules">The rules; extend them with <see cref="RuleSet{TFacts}.With"/> or silence one with <see cref="RuleSet{TFacts}.Without"/>.</param>
    public WorkersCongressDomain(RuleSet<WorkersCongressRecord>? rules = null) => Rules = rules ?? DefaultRules;

    /// <summary>Gets the catalog's workers'-congress rules.</summary>
    public static RuleSet<WorkersCongressRecord> DefaultRules { get; } = new(
    [
        new CongressFormRule(),
        new DelegateNumbersRule(),
        new ManagersShareRule(),
        new SessionQuorumRule(),
        new ResolutionPassRule(),
        new SessionFrequencyRule(),
    ]);

    /// <summary>Gets the domain with the catalog's rules.</summary>
    public static WorkersCongressDomain Default { get; } = new();

    /// <summary>Gets the rules this domain runs.</summary>
    public RuleSet<WorkersCongressRecord> Rules { get; }

    /// <inheritdoc/>
    public override string Name => "workersCongress";

    /// <inheritdoc/>
    public override string ParameterPrefix => "wc.";

    /// <inheritdoc/>
    public override Citation NationalInstrument { get; } = new(Instruments.DemocraticManagementProvisions);

    /// <inheritdoc/>
    public override WorkersCongressRecord Example => WorkersCongressJson.Read(WorkersCongressJson.Example).Value!;

    /// <inheritdoc/>
    public override WorkersCongressRecord FlawedExample => WorkersCongressJson.Read(WorkersCongressJson.FlawedExample).Value!;

    /// <inheritdoc/>
    public override DocumentResult<WorkersCongressRecord> Read(ReadOnlySpan<byte> utf8, string? source = null) => WorkersCongressJson.Read(utf8, source);

    /// <inheritdoc/>
    public override DocumentResult<WorkersCongressRecord> Read(string? json, string? source = null) => WorkersCongressJson.Read(json, source);

    /// <inheritdoc/>
    public override string Write(WorkersCongressRecord document) => WorkersCongressJson.Write(document);

    /// <inheritdoc/>
    public override string Schema() => WorkersCongressJson.Schema();

    /// <inheritdoc/>
    public override RegionCode? RegionOf(WorkersCongressRecord document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Employer?.Region;
    }

    /// <inheritdoc/>
    protected override (RuleReport Report, IReadOnlyList<OutcomeItem> Outcome) Run(WorkersCongressRecord document, LocalDate asOf, JurisdictionProfile profile, bool trace)
    {
        RuleReport report = Rules.Evaluate(document, asOf, profile, trace);
        string form = document.Form == CongressForm.Congress ? "congress" : "allEmployeeMeeting";
        var outcome = new List<OutcomeItem> { new("form", form, "outcome.form." + form, []) };
        if (report.TryGet(WorkersCongressOutputs.MinimumDelegates, out int minimum))
        {
            outcome.Add(OutcomeItem.Of(WorkersCongressOutputs.MinimumDelegates.Name, minimum, "outcome.minimumDelegates", "WC-DELEGATES"));
        }

        if (report.TryGet(WorkersCongressOutputs.MaximumManagers, out int managers))
        {
            outcome.Add(OutcomeItem.Of(WorkersCongressOutputs.MaximumManagers.Name, managers, "outcome.maximumManagers", "WC-MANAGERS"));
        }

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
