using System.Globalization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Organisation;

/// <summary>
/// The review of a union organisation (基层工会组织审查): reads the document, runs the ORG rules, and reports whether a committee is
/// required, the full-time chair entitlement, the term's end, each committee member's protected contract date, the funds and the
/// dues, each with the rule that computed it.
/// </summary>
public sealed class OrganisationDomain : ReviewDomain<GrassrootsUnion>
{
    /// <summary>Creates the domain with the given rules (the catalog's rules when omitted).</summary>
    /// <param name="rules">The rules; extend them with <see cref="RuleSet{TFacts}.With"/> or silence one with <see cref="RuleSet{TFacts}.Without"/>.</param>
    public OrganisationDomain(RuleSet<GrassrootsUnion>? rules = null) => Rules = rules ?? DefaultRules;

    /// <summary>Gets the catalog's union-organisation rules.</summary>
    public static RuleSet<GrassrootsUnion> DefaultRules { get; } = new(OrganisationCatalog.OrganisationRules);

    /// <summary>Gets the domain with the catalog's rules.</summary>
    public static OrganisationDomain Default { get; } = new();

    /// <summary>Gets the rules this domain runs.</summary>
    public RuleSet<GrassrootsUnion> Rules { get; }

    /// <inheritdoc/>
    public override string Name => "unionOrganisation";

    /// <inheritdoc/>
    public override string ParameterPrefix => "union.";

    /// <inheritdoc/>
    public override Citation NationalInstrument { get; } = new(Instruments.TradeUnionLaw);

    /// <inheritdoc/>
    public override GrassrootsUnion Example => GrassrootsUnionJson.Read(GrassrootsUnionJson.Example).Value!;

    /// <inheritdoc/>
    public override GrassrootsUnion FlawedExample => GrassrootsUnionJson.Read(GrassrootsUnionJson.FlawedExample).Value!;

    /// <inheritdoc/>
    public override DocumentResult<GrassrootsUnion> Read(ReadOnlySpan<byte> utf8, string? source = null) => GrassrootsUnionJson.Read(utf8, source);

    /// <inheritdoc/>
    public override DocumentResult<GrassrootsUnion> Read(string? json, string? source = null) => GrassrootsUnionJson.Read(json, source);

    /// <inheritdoc/>
    public override string Write(GrassrootsUnion document) => GrassrootsUnionJson.Write(document);

    /// <inheritdoc/>
    public override string Schema() => GrassrootsUnionJson.Schema();

    /// <inheritdoc/>
    public override RegionCode? RegionOf(GrassrootsUnion document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Region;
    }

    /// <inheritdoc/>
    protected override (RuleReport Report, IReadOnlyList<OutcomeItem> Outcome) Run(GrassrootsUnion document, LocalDate asOf, JurisdictionProfile profile, bool trace)
    {
        RuleReport report = Rules.Evaluate(document, asOf, profile, trace);
        var outcome = new List<OutcomeItem>();
        if (report.TryGet(OrganisationOutputs.CommitteeRequired, out bool required))
        {
            string value = required ? "true" : "false";
            outcome.Add(new OutcomeItem("committeeRequired", value, "outcome.committeeRequired." + value, [], "ORG-COMMITTEE"));
        }

        if (report.TryGet(OrganisationOutputs.FullTimeChairEntitled, out bool entitled))
        {
            string value = entitled ? "true" : "false";
            outcome.Add(new OutcomeItem("fullTimeChairEntitled", value, "outcome.fullTimeChairEntitled." + value, [], "ORG-FULLTIME-CHAIR"));
        }

        if (report.TryGet(OrganisationOutputs.TermEnds, out LocalDate termEnds))
        {
            outcome.Add(OutcomeItem.Of("termEnds", termEnds, "outcome.termEnds", "ORG-TERM"));
        }

        for (int i = 0; i < (document.Committee?.Count ?? 0); i++)
        {
            if (report.TryGet(OrganisationOutputs.ProtectedUntil(i), out LocalDate until))
            {
                string value = RuleContext.Format(until)!;
                outcome.Add(new OutcomeItem($"committee[{i}].protectedUntil", value, "outcome.protectedUntil", [new("value", value), new("name", document.Committee![i].Name)], "ORG-OFFICER-PROTECTION"));
            }
        }

        if (report.TryGet(OrganisationOutputs.Funds, out UnionFundsCalculation funds))
        {
            string value = funds.AmountToFen.ToString("0.00", CultureInfo.InvariantCulture);
            outcome.Add(new OutcomeItem(
                "fundsAmount",
                value,
                "outcome.fundsAmount",
                [new("value", value), new("grassroots", funds.GrassrootsShareToFen.ToString("0.00", CultureInfo.InvariantCulture)), new("higher", funds.HigherLevelShareToFen.ToString("0.00", CultureInfo.InvariantCulture))],
                "ORG-FUNDS"));
        }

        if (report.TryGet(OrganisationOutputs.DuesTotal, out Money dues))
        {
            outcome.Add(OutcomeItem.Of("duesTotal", dues.ToString("0.00", CultureInfo.InvariantCulture), "outcome.duesTotal", "ORG-DUES"));
        }

        return (report, outcome);
    }
}
