using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Domain.Organisation;
using Union.Domain.WageNegotiation;
using Union.Domain.WorkersCongress;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;
using Union.Rules.LabourStandards;
using Union.Rules.Organisation;
using Union.Rules.Tests.Cases;
using Union.Rules.Tests.CollectiveContracts;
using Union.Rules.WageNegotiation;
using Union.Rules.WorkersCongress;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// The bundled reviews of every domain written through <see cref="ReviewReport"/>, as text or JSON in zh-Hans and en, each
/// matched against its snapshot (the .snap files stay beside each domain's tests, under the names they were first written to)
/// after checking the verdict the review must reach.
/// </summary>
public sealed class ReportSnapshotTests
{
    private static readonly LocalDate June2026 = new(2026, 6, 1);

    private static readonly Shot[] Shots =
    [
        .. Both("CollectiveContracts/ContractReportSnapshotTests.Example_report_{culture}_national", Form.Json, () => Contract(CollectiveContractDocument.Example, JurisdictionProfile.National)),
        .. Both("CollectiveContracts/ContractReportSnapshotTests.Example_report_{culture}_110000", Form.Json, () => Contract(CollectiveContractDocument.Example, JurisdictionProfile.For(RegionCode.Parse("110000")))),
        .. Both("CollectiveContracts/ContractReportSnapshotTests.Example_report_{culture}_310000", Form.Json, () => Contract(CollectiveContractDocument.Example, JurisdictionProfile.For(RegionCode.Parse("310000")))),
        .. Both("CollectiveContracts/ContractReportSnapshotTests.Broken_contract_report_{culture}", Form.Text, () => Contract(BrokenContract.Json, JurisdictionProfile.For(RegionCode.Beijing)), ReviewVerdict.ViolationsFound),
        .. Both("Hardship/HardshipReportSnapshotTests.Example_household_in_Beijing_{lang}", Form.Json, () => Of(HardshipDomain.Default.Evaluate(HardshipExamples.Household, new LocalDate(2025, 3, 1), JurisdictionProfile.For(RegionCode.Beijing)))),
        .. Both("Hardship/HardshipReportSnapshotTests.Xingtai_deep_at_the_line_as_text_{lang}", Form.Text, () => HardshipCase("HD-DEEP", "Xingtai (<=): per-head exactly at the 低保 is deep")),
        .. Both("Hardship/HardshipReportSnapshotTests.Job_cost_gives_each_test_its_own_per_head_figure_as_text_{lang}", Form.Text, () => HardshipCase("HD-RIGID", "the same household with a job cost of 0.36 yuan: the relative figure falls to 1999.99 and is relative, the deep figure stays 2000")),
        .. Both("Hardship/HardshipReportSnapshotTests.Near_miss_and_relapse_watch_{lang}", Form.Json, () => HardshipCase("HD-REVIEW", "no longer qualifies, within 20 % above the line: exit with relapse watch")),
        .. Both("LabourStandards/LabourReportSnapshotTests.The_flawed_file_report_{culture}", Form.Text, () => Labour(LabourStandardsDomain.Default.FlawedExample), ReviewVerdict.ViolationsFound),
        .. Both("LabourStandards/LabourReportSnapshotTests.The_lawful_file_report_{culture}", Form.Text, () => Labour(LabourStandardsDomain.Default.Example), ReviewVerdict.Lawful),
        new("LabourStandards/LabourReportSnapshotTests.The_flawed_file_report_as_json", "en", Form.Json, () => Labour(LabourStandardsDomain.Default.FlawedExample), ReviewVerdict.ViolationsFound),
        .. Both("Organisation/OrganisationReportSnapshotTests.The_lawful_example_report_{culture}", Form.Text, () => Organisation(OrganisationDomain.Default.Example), ReviewVerdict.Lawful),
        .. Both("Organisation/OrganisationReportSnapshotTests.The_flawed_example_report_{culture}", Form.Text, () => Organisation(OrganisationDomain.Default.FlawedExample), ReviewVerdict.ViolationsFound),
        new("Organisation/OrganisationReportSnapshotTests.The_flawed_example_report_as_json", "en", Form.Json, () => Organisation(OrganisationDomain.Default.FlawedExample), ReviewVerdict.ViolationsFound),
        .. Both("WageNegotiation/WageReviewSnapshotTests.The_flawed_proposal_report_{culture}", Form.Text, () => Wage(WageProposalExamples.Flawed, new LocalDate(2026, 4, 1)), ReviewVerdict.ViolationsFound),
        .. Both("WageNegotiation/WageReviewSnapshotTests.The_lawful_proposal_report_{culture}", Form.Text, () => Wage(WageProposalExamples.Lawful, new LocalDate(2026, 2, 1)), ReviewVerdict.Lawful),
        .. Both("WorkersCongress/CongressReportSnapshotTests.Example_report_{culture}_310000", Form.Json, () => Congress(WorkersCongressDomain.Default.Example, JurisdictionProfile.For(RegionCode.Parse("310000")))),
        .. Both("WorkersCongress/CongressReportSnapshotTests.Example_report_{culture}_national", Form.Json, () => Congress(WorkersCongressDomain.Default.Example, JurisdictionProfile.National)),
        .. Both("WorkersCongress/CongressReportSnapshotTests.Flawed_report_{culture}", Form.Text, () => Congress(WorkersCongressDomain.Default.FlawedExample, JurisdictionProfile.For(WorkersCongressDomain.Default.FlawedExample.Employer!.Region!.Value)), ReviewVerdict.ViolationsFound),
    ];

    private enum Form
    {
        Text,
        Json,
    }

    public static TheoryData<string> Snapshots() => [.. Shots.Select(s => s.File)];

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void The_report_matches_its_snapshot(string snapshot)
    {
        Shot shot = Assert.Single(Shots, s => s.File == snapshot);
        Reviewed review = shot.Review();
        if (shot.Verdict is { } verdict)
        {
            Assert.Equal(verdict, review.Verdict);
        }

        ReviewReport report = review.Report(CultureInfo.GetCultureInfo(shot.Culture));
        string rendered = shot.Form == Form.Json ? report.ToJson() : report.ToText();
        string folder = Path.Combine(ProjectFolder(), Path.GetDirectoryName(shot.File)!);
        Snapshot.Match(rendered, new SnapshotFullName(Path.GetFileName(shot.File) + ".snap", folder));
    }

    /// <summary>The snapshot in zh-Hans and in en: <c>{culture}</c> in the name stands for zh-Hans or en, <c>{lang}</c> for zh or en.</summary>
    private static IEnumerable<Shot> Both(string file, Form form, Func<Reviewed> review, ReviewVerdict? verdict = null) =>
        new[] { ("zh-Hans", "zh"), ("en", "en") }.Select(c => new Shot(file.Replace("{culture}", c.Item1, StringComparison.Ordinal).Replace("{lang}", c.Item2, StringComparison.Ordinal), c.Item1, form, review, verdict));

    private static Reviewed Of<T>(Review<T> review) => new(review.Verdict, culture => ReviewReport.From(review, culture));

    private static Reviewed Contract(string json, JurisdictionProfile profile) =>
        Of(CollectiveContractDomain.Default.Evaluate(CollectiveContractDocument.Read(json).Value!, June2026, profile));

    private static Reviewed HardshipCase(string file, string name)
    {
        var c = LegalCase.Named("Hardship", file, name).Prepare(HardshipDomain.Default);
        return Of(HardshipDomain.Default.Evaluate(c.Document, c.AsOf, c.Profile));
    }

    private static Reviewed Labour(LabourFile file) =>
        Of(LabourStandardsDomain.Default.Evaluate(file, new LocalDate(2026, 11, 25), JurisdictionProfile.For(file.Region)));

    private static Reviewed Organisation(GrassrootsUnion document) =>
        Of(OrganisationDomain.Default.Evaluate(document, June2026, JurisdictionProfile.For(document.Region)));

    /// <summary>Reviews a proposal under its region's profile with the 2026 wage guideline layered on top.</summary>
    private static Reviewed Wage(WageProposal proposal, LocalDate asOf)
    {
        string json = File.ReadAllText(Path.Combine(LegalCase.Root, "WageNegotiation", "layers", "guideline-2026.json"));
        JurisdictionProfile profile = JurisdictionProfile.For(proposal.Region).WithLayers(ParameterLayer.Parse(json, "guideline-2026.json").Value!);
        return Of(WageNegotiationDomain.Default.Evaluate(proposal, asOf, profile));
    }

    private static Reviewed Congress(WorkersCongressRecord record, JurisdictionProfile profile) =>
        Of(WorkersCongressDomain.Default.Evaluate(record, June2026, profile));

    /// <summary>The test project's folder, where each domain's folder holds its <c>__snapshots__</c>.</summary>
    private static string ProjectFolder([CallerFilePath] string here = "") => Path.GetDirectoryName(Path.GetDirectoryName(here))!;

    /// <summary>A review's verdict and the report it writes in a language.</summary>
    private sealed record Reviewed(ReviewVerdict Verdict, Func<CultureInfo, ReviewReport> Report);

    /// <summary>One snapshot: its file (folder and name, without .snap), the language, the form, the review, and the verdict it must reach where one is named.</summary>
    private sealed record Shot(string File, string Culture, Form Form, Func<Reviewed> Review, ReviewVerdict? Verdict = null);
}
