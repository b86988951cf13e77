using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Domain.LabourStandards;
using Union.Domain.Organisation;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Domain.WageNegotiation;
using Union.Domain.WorkersCongress;
using Union.Rules.Calendar;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;
using Union.Rules.LabourStandards;
using Union.Rules.Organisation;
using Union.Rules.Serialization;
using Union.Rules.WageNegotiation;
using Union.Rules.WorkersCongress;

namespace Union.Fuzz.Tests;

/// <summary>What became of one input: rejected by the reader with issues, or read and evaluated.</summary>
public enum Outcome
{
    Rejected,
    Evaluated,
}

/// <summary>
/// One document type under fuzzing: its valid seed, and what is done with an input: read it, and when it reads, evaluate it
/// and render the reports in zh-Hans and en. Every step either returns or throws; a throw is an escape.
/// </summary>
public sealed partial record FuzzTarget(string Name, JsonNode Seed, Func<byte[], Outcome> Run)
{
    /// <summary>The date of evaluation.</summary>
    public static readonly LocalDate AsOf = new(2026, 11, 25);

    internal static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");

    internal static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static readonly ParameterLayer Guideline = ParameterLayer.Parse("""
        { "description": "wage guideline", "parameters": {
          "standard.wageGuideline.base": { "description": "基准线", "descriptionEn": "base", "unit": "ratio", "values": [ { "from": "2020-01-01", "value": "6%", "source": "test" } ] },
          "standard.wageGuideline.upper": { "description": "上线", "descriptionEn": "upper", "unit": "ratio", "values": [ { "from": "2020-01-01", "value": "10%", "source": "test" } ] },
          "standard.wageGuideline.lower": { "description": "下线", "descriptionEn": "lower", "unit": "ratio", "values": [ { "from": "2020-01-01", "value": "3%", "source": "test" } ] }
        } }
        """, "guideline").Value!;

    private static readonly CollectiveContract ExampleContract = CollectiveContractDocument.Read(CollectiveContractDocument.Example).Value!;

    private static readonly LabourFile FlawedLabourFile = LabourFileJson.Read(LabourFileJson.FlawedExample).Value!;

    private static readonly GrassrootsUnion ExampleUnion = GrassrootsUnionJson.Read(GrassrootsUnionJson.FlawedExample).Value!;

    private static readonly ParameterLayer Dues = ParameterLayer.Parse("""
        { "description": "dues", "parameters": {
          "union.dues.rate": { "description": "会费比例", "descriptionEn": "dues rate", "unit": "ratio", "values": [ { "from": "1900-01-01", "value": "1/200", "source": "test" } ] },
          "union.dues.baseStep": { "description": "基数取整", "descriptionEn": "base step", "unit": "CNY", "values": [ { "from": "1900-01-01", "value": 10, "source": "test" } ] }
        } }
        """, "dues").Value!;

    /// <summary>Gets the collective contract target: read, review, report in both languages.</summary>
    public static FuzzTarget Contract { get; } = new("contract", JsonNode.Parse(CollectiveContractDocument.Example)!, bytes =>
    {
        DocumentResult<CollectiveContract> read = CollectiveContractDocument.Read(bytes, "fuzz.json");
        if (!read.IsValid)
        {
            return Rejected(read.Issues);
        }

        JurisdictionProfile profile = read.Value.Employer?.Region is { } r ? JurisdictionProfile.For(r) : JurisdictionProfile.National;
        ReviewContract(read.Value, profile);
        return Outcome.Evaluated;
    });

    /// <summary>Gets the wage proposal target: read, review, cost, render in both languages.</summary>
    public static FuzzTarget Wage { get; } = new("wage", JsonNode.Parse(WageProposalJson.Write(WageProposalExamples.Lawful))!, bytes =>
    {
        DocumentResult<WageProposal> read = WageProposalJson.Read(bytes, "fuzz.json");
        if (!read.IsValid)
        {
            return Rejected(read.Issues);
        }

        JurisdictionProfile profile = JurisdictionProfile.For(read.Value.Region).WithLayers(Guideline);
        ReviewWage(read.Value, profile);
        return Outcome.Evaluated;
    });

    /// <summary>Gets the hardship application target: read, assess, screen, report in both languages.</summary>
    public static FuzzTarget Hardship { get; } = new(
        "hardship",
        JsonSerializer.SerializeToNode(HardshipExamples.Household, DomainJsonContext.Default.HardshipApplication)!,
        bytes =>
        {
            DocumentResult<HardshipApplication> read = HardshipApplicationJson.Read(bytes, "fuzz.json");
            if (!read.IsValid)
            {
                return Rejected(read.Issues);
            }

            JurisdictionProfile profile = read.Value.Applicant.Region is { } r ? JurisdictionProfile.For(r) : JurisdictionProfile.National;
            AssessHardship(read.Value, read.Value.ApplicationDate, profile);
            return Outcome.Evaluated;
        });

    /// <summary>Gets the workers'-congress target: read, review under the record's region (or national), report in both languages.</summary>
    public static FuzzTarget Congress { get; } = new("congress", JsonNode.Parse(WorkersCongressJson.Example)!, bytes =>
    {
        DocumentResult<WorkersCongressRecord> read = WorkersCongressJson.Read(bytes, "fuzz.json");
        if (!read.IsValid)
        {
            return Rejected(read.Issues);
        }

        JurisdictionProfile profile = read.Value.Employer?.Region is { } r ? JurisdictionProfile.For(r) : JurisdictionProfile.National;
        ReviewCongress(read.Value, profile);
        ReviewCongress(read.Value, JurisdictionProfile.For(RegionCode.Parse("330000")));
        return Outcome.Evaluated;
    });

    /// <summary>Gets the union-organisation target: read, review (with and without a dues rate), calculate the funds, render in both languages.</summary>
    public static FuzzTarget Organisation { get; } = new("organisation", JsonNode.Parse(GrassrootsUnionJson.FlawedExample)!, bytes =>
    {
        DocumentResult<GrassrootsUnion> read = GrassrootsUnionJson.Read(bytes, "fuzz.json");
        if (!read.IsValid)
        {
            return Rejected(read.Issues);
        }

        JurisdictionProfile profile = JurisdictionProfile.For(read.Value.Region);
        ReviewOrganisation(read.Value, profile);
        ReviewOrganisation(read.Value, profile.WithLayers(Dues));
        _ = GrassrootsUnionJson.Write(read.Value);
        return Outcome.Evaluated;
    });

    /// <summary>
    /// Gets the parameter layer target: a caller's layer holding every shipped parameter, read, laid on Beijing's profile,
    /// every parameter read, and the example contract, wage proposal and household evaluated under it.
    /// </summary>
    public static FuzzTarget Parameters { get; } = new("parameters", ParameterSeed(), bytes =>
    {
        DocumentResult<ParameterLayer> read = ParameterLayer.Parse(bytes, "fuzz.json");
        if (!read.IsValid)
        {
            return Rejected(read.Issues);
        }

        JurisdictionProfile profile = JurisdictionProfile.For(RegionCode.Beijing).WithLayers(read.Value);
        foreach (LocalDate date in new[] { AsOf, new LocalDate(1900, 1, 1), new LocalDate(2200, 12, 31), new LocalDate(2025, 3, 1) })
        {
            foreach (ParameterReading reading in profile.InForce(date))
            {
                _ = reading.Value.ToString();
            }
        }

        ReviewContract(ExampleContract, profile);
        ReviewWage(WageProposalExamples.Lawful, profile.WithLayers(Guideline));
        AssessHardship(HardshipExamples.Household, HardshipExamples.Household.ApplicationDate, profile);
        ReviewCongress(WorkersCongressDomain.Default.Example, profile);
        ReviewCongress(WorkersCongressDomain.Default.FlawedExample, profile);
        ReviewOrganisation(ExampleUnion, profile);
        ReviewLabour(FlawedLabourFile, AsOf, profile);
        return Outcome.Evaluated;
    });

    /// <summary>Gets the holiday document target: read, and the example contract reviewed with the calendar.</summary>
    public static FuzzTarget Holidays { get; } = new(
        "holidays",
        JsonSerializer.SerializeToNode(HolidayCalendar.Embedded.ToDocument("fuzz seed"), RulesJsonContext.Default.HolidayCalendarDocument)!,
        bytes =>
        {
            DocumentResult<HolidayCalendar> read = HolidayCalendar.Parse(bytes, "fuzz.json");
            if (!read.IsValid)
            {
                return Rejected(read.Issues);
            }

            JurisdictionProfile profile = JurisdictionProfile.For(RegionCode.Beijing).WithCalendar(read.Value);
            ReviewContract(ExampleContract, profile);
            ReviewWage(WageProposalExamples.Lawful, JurisdictionProfile.For(RegionCode.Shanghai).WithCalendar(read.Value).WithLayers(Guideline));
            return Outcome.Evaluated;
        });

    /// <summary>
    /// Gets the labour file target: read, review on the evaluation date and on the dates at the calendar's ends, report in both
    /// languages (text and JSON).
    /// </summary>
    public static FuzzTarget Labour { get; } = new("labour", JsonNode.Parse(LabourFileJson.FlawedExample)!, bytes =>
    {
        DocumentResult<LabourFile> read = LabourFileJson.Read(bytes, "fuzz.json");
        if (!read.IsValid)
        {
            return Rejected(read.Issues);
        }

        JurisdictionProfile profile = JurisdictionProfile.For(read.Value.Region);
        foreach (LocalDate asOf in new[] { AsOf, new LocalDate(1900, 1, 1), new LocalDate(2200, 12, 31) })
        {
            ReviewLabour(read.Value, asOf, profile);
        }

        _ = LabourFileJson.Write(read.Value);
        return Outcome.Evaluated;
    });

    /// <summary>Gets every target.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } = [Contract, Wage, Hardship, Congress, Organisation, Labour, Parameters, Holidays];


    private static Outcome Rejected(IReadOnlyList<ValidationIssue> issues)
    {
        if (issues.Count == 0)
        {
            throw new InvalidOperationException("A rejected document has no issue.");
        }

        foreach (ValidationIssue issue in issues)
        {
            if (!issue.Path.StartsWith('$'))
            {
                throw new InvalidOperationException($"An issue's path does not start with $: {issue}");
            }

            if (string.IsNullOrWhiteSpace(issue.ToString(Zh)) || string.IsNullOrWhiteSpace(issue.ToString(En)) || Placeholder().IsMatch(issue.Render(Zh)) || Placeholder().IsMatch(issue.Message))
            {
                throw new InvalidOperationException($"An issue does not render: {issue}");
            }
        }

        return Outcome.Rejected;
    }

    [System.Text.RegularExpressions.GeneratedRegex("\\{[A-Za-z]+\\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    /// <summary>Renders a review as text and JSON, with its explanation, in both languages.</summary>
    private static void Render<TDocument>(Review<TDocument> review)
        where TDocument : class
    {
        foreach (CultureInfo culture in new[] { Zh, En })
        {
            ReviewReport report = ReviewReport.From(review, culture, includeTrace: true);
            _ = report.ToText();
            _ = report.ToJson();
        }
    }

    private static void ReviewContract(CollectiveContract contract, JurisdictionProfile profile)
    {
        Render(CollectiveContractDomain.Default.Evaluate(contract, AsOf, profile));
    }

    private static void ReviewCongress(WorkersCongressRecord record, JurisdictionProfile profile)
    {
        Render(WorkersCongressDomain.Default.Evaluate(record, AsOf, profile));
    }

    private static void ReviewWage(WageProposal proposal, JurisdictionProfile profile)
    {
        Review<WageProposal> review = WageNegotiationDomain.Default.Evaluate(proposal, AsOf, profile);
        try
        {
            CostReport cost = WageCosting.Cost(proposal, profile);
            _ = JsonSerializer.Serialize(cost.RoundedToFen(), RulesJsonContext.Default.CostReport);
        }
        catch (ParameterNotInForceException)
        {
            // Documented: costing needs the parameters in force on the term's first day; the tool reports it as invalid input.
        }

        _ = JsonSerializer.Serialize(review.Report, RulesJsonContext.Default.RuleReport);
        foreach (CultureInfo culture in new[] { Zh, En })
        {
            foreach (Finding f in review.Report.Findings)
            {
                _ = f.Render(culture);
                _ = f.RenderCitations(culture);
            }

            _ = ReviewReport.From(review, culture).ToText();
        }
    }

    private static void ReviewLabour(LabourFile file, LocalDate asOf, JurisdictionProfile profile)
    {
        Render(LabourStandardsDomain.Default.Evaluate(file, asOf, profile));
    }

    private static void ReviewOrganisation(GrassrootsUnion document, JurisdictionProfile profile)
    {
        Render(OrganisationDomain.Default.Evaluate(document, AsOf, profile));

        if (document.Funds is { } period)
        {
            try
            {
                _ = JsonSerializer.Serialize(UnionFunds.Calculate(period, profile), RulesJsonContext.Default.UnionFundsCalculation);
            }
            catch (ParameterNotInForceException)
            {
                // Documented: the calculation needs the rate and the share in force on the period's first day; the tool reports it as invalid input.
            }
        }
    }

    private static void AssessHardship(HardshipApplication application, LocalDate asOf, JurisdictionProfile profile)
    {
        HardshipAssessment assessment = HardshipEngine.Default.Assess(application, asOf, profile);
        foreach (CultureInfo culture in new[] { Zh, En })
        {
            ReviewReport report = ReviewReport.From("hardship", assessment.Report, HardshipDomain.OutcomeOf(assessment), culture, includeTrace: true);
            _ = report.ToText();
            _ = report.ToJson();
        }

        _ = HardshipScreener.Create(profile, asOf).Screen(application);
    }

    private static JsonNode ParameterSeed()
    {
        JurisdictionProfile beijing = JurisdictionProfile.For(RegionCode.Beijing);
        var parameters = beijing.Names.ToDictionary(n => n, n => ParameterEntry.From(beijing.Definition(n)!), StringComparer.Ordinal);
        var document = new ParameterLayerDocument(parameters, null, "every shipped parameter, as a caller's layer");
        return JsonSerializer.SerializeToNode(document, RulesJsonContext.Default.ParameterLayerDocument)!;
    }
}
