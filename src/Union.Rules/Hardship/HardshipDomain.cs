using System.Globalization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Hardship;

/// <summary>
/// The assessment of hardship applications (困难职工认定): reads an application, runs the HD rules, and reports the category, the
/// per-head monthly income, the exclusions, the recommended assistance, the file status and the next review.
/// </summary>
public sealed class HardshipDomain : ReviewDomain<HardshipApplication>
{
    private readonly HardshipEngine _engine;

    /// <summary>Creates the domain with the given engine (the catalog's rules when omitted).</summary>
    /// <param name="engine">The engine.</param>
    public HardshipDomain(HardshipEngine? engine = null) => _engine = engine ?? HardshipEngine.Default;

    /// <summary>Gets the domain with the catalog's rules.</summary>
    public static HardshipDomain Default { get; } = new();

    /// <summary>Gets the rules this domain runs.</summary>
    public RuleSet<HardshipFacts> Rules => _engine.Rules;

    /// <inheritdoc/>
    public override string Name => "hardship";

    /// <inheritdoc/>
    public override string ParameterPrefix => "hd.";

    /// <inheritdoc/>
    public override Citation NationalInstrument => HardshipCitations.AcftuNotice;

    /// <inheritdoc/>
    public override HardshipApplication Example => HardshipExamples.Household;

    /// <summary>Gets an application that cannot succeed: the applicant is not a union member and the household owns a car.</summary>
    public override HardshipApplication FlawedExample { get; } = HardshipExamples.Household with
    {
        Applicant = HardshipExamples.Household.Applicant! with { UnionMember = false, MemberSince = null },
        Assets = HardshipExamples.Household.Assets! with { Vehicles = [new Vehicle()] },
    };

    /// <inheritdoc/>
    public override DocumentResult<HardshipApplication> Read(ReadOnlySpan<byte> utf8, string? source = null) => HardshipApplicationJson.Read(utf8, source);

    /// <inheritdoc/>
    public override DocumentResult<HardshipApplication> Read(string? json, string? source = null) => HardshipApplicationJson.Read(json, source);

    /// <inheritdoc/>
    public override string Write(HardshipApplication document) => HardshipApplicationJson.Write(document);

    /// <inheritdoc/>
    public override string Schema() => HardshipApplicationJson.Schema();

    /// <inheritdoc/>
    public override RegionCode? RegionOf(HardshipApplication document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Applicant?.Region;
    }

    /// <summary>Gets the application date: an application is assessed as of the day it was made unless the caller names a date.</summary>
    /// <param name="document">The application.</param>
    /// <returns>The application date.</returns>
    public override LocalDate? DateOf(HardshipApplication document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ApplicationDate;
    }

    /// <summary>Assesses an application and returns the full assessment (category, per-head income, exclusions, near misses).</summary>
    /// <param name="document">The application.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="trace">Whether to record the explanation.</param>
    /// <returns>The assessment.</returns>
    public HardshipAssessment Assess(HardshipApplication document, LocalDate asOf, JurisdictionProfile profile, bool trace = true) =>
        _engine.Assess(document, asOf, profile, trace);

    /// <summary>The outcome of an assessment, for a report.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The outcome items.</returns>
    public static IReadOnlyList<OutcomeItem> OutcomeOf(HardshipAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var outcome = new List<OutcomeItem>();
        string category = assessment.IsAssessed ? Camel(assessment.Category.ToString()) : "notAssessed";
        outcome.Add(new OutcomeItem("category", category, "outcome.category." + category, [], "HD-DEEP"));
        if (assessment.PerCapita is { } pc)
        {
            string value = pc.PerHeadMonthly.ToString("0.00", CultureInfo.InvariantCulture);
            outcome.Add(new OutcomeItem(
                "perHeadMonthly",
                value,
                "outcome.perHeadMonthly",
                [
                    new("value", value),
                    new("counted", RuleContext.Format(pc.CountedIncome)!),
                    new("imputed", RuleContext.Format(pc.ImputedIncome)!),
                    new("rigid", RuleContext.Format(pc.RigidDeducted)!),
                    new("size", pc.HouseholdSize.ToString(CultureInfo.InvariantCulture)),
                    new("months", pc.Months.ToString(CultureInfo.InvariantCulture)),
                ],
                "HD-PER-CAPITA"));
            if (pc.RelativeRigidDeducted != pc.RigidDeducted)
            {
                string relative = pc.RelativePerHeadMonthly.ToString("0.00", CultureInfo.InvariantCulture);
                outcome.Add(new OutcomeItem(
                    "relativePerHeadMonthly",
                    relative,
                    "outcome.relativePerHeadMonthly",
                    [
                        new("value", relative),
                        new("counted", RuleContext.Format(pc.CountedIncome)!),
                        new("imputed", RuleContext.Format(pc.ImputedIncome)!),
                        new("rigid", RuleContext.Format(pc.RelativeRigidDeducted)!),
                        new("size", pc.HouseholdSize.ToString(CultureInfo.InvariantCulture)),
                        new("months", pc.Months.ToString(CultureInfo.InvariantCulture)),
                    ],
                    "HD-PER-CAPITA"));
            }
        }

        HardshipExclusions[] exclusions = [.. Enum.GetValues<HardshipExclusions>().Where(e => e != HardshipExclusions.None && assessment.Exclusions.HasFlag(e))];
        foreach (HardshipExclusions e in exclusions)
        {
            string name = Camel(e.ToString());
            outcome.Add(new OutcomeItem("exclusion", name, "outcome.exclusion." + name, [], "HD-EXCLUDED"));
        }

        foreach (AssistanceKind a in assessment.Assistance)
        {
            string name = Camel(a.ToString());
            outcome.Add(new OutcomeItem("assistance", name, "outcome.assistance." + name, [], "HD-ASSISTANCE"));
        }

        if (assessment.FileStatus is { } status)
        {
            string name = Camel(status.ToString());
            outcome.Add(new OutcomeItem("fileStatus", name, "outcome.fileStatus." + name, [], "HD-REVIEW"));
        }

        if (assessment.NextReview is { } next)
        {
            outcome.Add(OutcomeItem.Date("nextReview", next, "HD-REVIEW"));
        }

        return outcome;
    }

    /// <inheritdoc/>
    protected override (RuleReport Report, IReadOnlyList<OutcomeItem> Outcome) Run(HardshipApplication document, LocalDate asOf, JurisdictionProfile profile, bool trace)
    {
        HardshipAssessment assessment = _engine.Assess(document, asOf, profile, trace);
        return (assessment.Report, OutcomeOf(assessment));
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
