using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;
using Union.Rules.Organisation;
using Union.Rules.LabourStandards;
using Union.Rules.WageNegotiation;
using Union.Rules.WorkersCongress;

namespace Union.Rules.Tests.Conventions;

/// <summary>
/// Every finding and outcome of the bundled examples, under several profiles, reads clean in each language: no unfilled
/// placeholder, no identifier in Chinese text (paths and parameter names aside), no Chinese in English text outside brackets
/// (unless it comes from the document itself).
/// </summary>
public sealed partial class LanguageCleanlinessTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string, string> Reviews()
    {
        var data = new TheoryData<string, string>();
        foreach (string region in new[] { "national", "110000", "310000", "330100", "220000", "440300", "500000" })
        {
            foreach (string doc in new[] { "contract", "contractFlawed", "wage", "wageFlawed", "wageGuideline", "hardship", "hardshipFlawed", "congress", "congressFlawed", "org", "orgFlawed", "orgDues", "labour", "labourFlawed" })
            {
                data.Add(doc, region);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reviews))]
    public void Reports_read_clean_in_each_language(string document, string region)
    {
        JurisdictionProfile profile = region == "national" ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        var asOf = new LocalDate(2026, 6, 1);
        (RuleReport report, IReadOnlyList<OutcomeItem> outcome) = document switch
        {
            "contract" => Pair(CollectiveContractDomain.Default.Evaluate(CollectiveContractDomain.Default.Example, asOf, profile)),
            "contractFlawed" => Pair(CollectiveContractDomain.Default.Evaluate(CollectiveContractDomain.Default.FlawedExample, asOf, profile)),
            "wage" => Pair(WageNegotiationDomain.Default.Evaluate(WageNegotiationDomain.Default.Example, asOf, profile)),
            "wageFlawed" => Pair(WageNegotiationDomain.Default.Evaluate(WageNegotiationDomain.Default.FlawedExample, asOf, profile)),
            "wageGuideline" => Pair(WageNegotiationDomain.Default.Evaluate(WageNegotiationDomain.Default.FlawedExample, asOf, profile.WithLayers(Guideline()))),
            "hardship" => Pair(HardshipDomain.Default.Evaluate(HardshipDomain.Default.Example, asOf, profile)),
            "congress" => Pair(WorkersCongressDomain.Default.Evaluate(WorkersCongressDomain.Default.Example, asOf, profile)),
            "congressFlawed" => Pair(WorkersCongressDomain.Default.Evaluate(WorkersCongressDomain.Default.FlawedExample, asOf, profile)),
            "org" => Pair(OrganisationDomain.Default.Evaluate(OrganisationDomain.Default.Example, asOf, profile)),
            "orgFlawed" => Pair(OrganisationDomain.Default.Evaluate(OrganisationDomain.Default.FlawedExample, asOf, profile)),
            "orgDues" => Pair(OrganisationDomain.Default.Evaluate(OrganisationDomain.Default.FlawedExample, asOf, profile.WithLayers(Layer("Organisation", "dues-rate.json"), Layer("Organisation", "dues-base-step.json")))),
            "labour" => Pair(LabourStandardsDomain.Default.Evaluate(LabourStandardsDomain.Default.Example, asOf, profile)),
            "labourFlawed" => Pair(LabourStandardsDomain.Default.Evaluate(LabourStandardsDomain.Default.FlawedExample, asOf, profile)),
            _ => Pair(HardshipDomain.Default.Evaluate(HardshipDomain.Default.FlawedExample, asOf, profile)),
        };

        var problems = new List<string>();
        foreach (Finding f in report.Findings)
        {
            bool documentText = f.Arguments.Any(a => Cjk().IsMatch(a.Value));
            Check(f.MessageKey, f.Render(Zh), f.Render(En), documentText, problems);
        }

        foreach (OutcomeItem o in outcome)
        {
            bool documentText = o.Arguments.Any(a => Cjk().IsMatch(a.Value));
            Check(o.MessageKey, Messages.Default.Render(o.MessageKey, o.Arguments, Zh), Messages.Default.Render(o.MessageKey, o.Arguments, En), documentText, problems);
        }

        ReviewReport zh = ReviewReport.From(document, report, outcome, Zh);
        ReviewReport en = ReviewReport.From(document, report, outcome, En);
        Check("conclusion", zh.Conclusion, en.Conclusion, false, problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static ParameterLayer Guideline() =>
        ParameterLayer.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "WageNegotiation", "layers", "guideline-2026.json")), "guideline-2026.json").Value!;

    private static ParameterLayer Layer(string area, string name) =>
        ParameterLayer.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", area, "layers", name)), name).Value!;

    private static (RuleReport, IReadOnlyList<OutcomeItem>) Pair<T>(Review<T> review) => (review.Report, review.Outcome);

    private static void Check(string key, string zh, string en, bool documentText, List<string> problems)
    {
        foreach ((string lang, string text) in new[] { ("zh", zh), ("en", en) })
        {
            if (Placeholder().IsMatch(text) || text == key)
            {
                problems.Add($"{key} [{lang}] unfilled or missing: {text}");
            }
        }

        string zhWords = ParameterName().Replace(JsonPath().Replace(zh, string.Empty), string.Empty);
        if (CamelCase().Match(zhWords) is { Success: true } m)
        {
            problems.Add($"{key} [zh] identifier '{m.Value}': {zh}");
        }

        if (!documentText)
        {
            string enOutsideBrackets = Bracketed().Replace(en, string.Empty);
            if (Cjk().IsMatch(enOutsideBrackets))
            {
                problems.Add($"{key} [en] Chinese outside brackets: {en}");
            }
        }
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$[\w.\[\]']*")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"\b[a-z]+(\.[a-zA-Z]+)+\b")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"\b[a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"\([^)]*\)|（[^）]*）|《[^》]*》")]
    private static partial Regex Bracketed();
}
