using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime.Text;
using Union.Domain.CollectiveContracts;
using Union.Domain.Hardship;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.Hardship;
using Union.Rules.LabourStandards;
using Union.Rules.Organisation;
using Union.Rules.WageNegotiation;
using Union.Rules.WorkersCongress;

namespace Union.Rules.Tests.Cases;

/// <summary>The six domains' case folders, each with its rules' code prefix.</summary>
internal static class CaseDomains
{
    public static readonly CaseDomain[] All =
    [
        new ContractCaseDomain(),
        new ReviewCaseDomain<Domain.WageNegotiation.WageProposal>("WageNegotiation", WageNegotiationDomain.Default, WageNegotiationDomain.DefaultRules.Rules),
        new HardshipCaseDomain(),
        new ReviewCaseDomain<Domain.WorkersCongress.WorkersCongressRecord>("WorkersCongress", WorkersCongressDomain.Default, WorkersCongressDomain.DefaultRules.Rules),
        new ReviewCaseDomain<Domain.Organisation.GrassrootsUnion>("Organisation", OrganisationDomain.Default, OrganisationDomain.DefaultRules.Rules),
        new ReviewCaseDomain<Domain.LabourStandards.LabourFile>("LabourStandards", LabourStandardsDomain.Default, LabourStandardsDomain.DefaultRules.Rules),
    ];

    public static CaseDomain For(string folder) => All.Single(d => d.Folder == folder);
}

/// <summary>
/// Collective contracts: a case with <c>"comparison": true</c> holds a pay table (工资对照表) and runs the labour-contract
/// comparison (CC-LABOUR-CONTRACT-FLOOR) instead of a review of the contract.
/// </summary>
internal sealed class ContractCaseDomain()
    : ReviewCaseDomain<CollectiveContract>("CollectiveContracts", CollectiveContractDomain.Default, [.. CollectiveContractDomain.DefaultRules.Rules, .. LabourContractComparison.Rules.Rules])
{
    public override IReadOnlySet<string> CaseKeys { get; } = new HashSet<string> { "comparison" };

    public override CaseRun Run(LegalCase c)
    {
        if (c.Json["comparison"]?.GetValue<bool>() != true)
        {
            return base.Run(c);
        }

        PayTable table = c.Read((json, name) => CollectiveContractDocument.ReadPayTable(json, name), () => throw new InvalidOperationException("a pay table has no example base"));
        return new CaseRun(LabourContractComparison.Evaluate(table, c.AsOf, c.Profile(null)), []);
    }
}

/// <summary>
/// Hardship: besides the common expectations, the assessment's own figures (category, per-head income and its parts, exclusions,
/// file status, next review, assistance, near misses); every case is also screened, and the screener must reach the same decision.
/// </summary>
internal sealed class HardshipCaseDomain()
    : ReviewCaseDomain<HardshipApplication>("Hardship", HardshipDomain.Default, HardshipEngine.DefaultRules.Rules)
{
    public override IReadOnlySet<string> ExpectedKeys { get; } = new HashSet<string>
    {
        "category", "assessed", "perHead", "relativePerHead", "relativeRigid", "countedIncome", "imputedIncome", "rigid", "exclusions",
        "fileStatus", "nextReview", "assistance", "nearMisses",
    };

    public override CaseRun Run(LegalCase c)
    {
        (HardshipApplication application, _, JurisdictionProfile profile) = c.Prepare(Domain);
        Review<HardshipApplication> review = Domain.Evaluate(application, c.AsOf, profile);
        HardshipAssessment a = HardshipEngine.Default.Assess(application, c.AsOf, profile);
        return new CaseRun(review.Report, review.Outcome, (e, dump) => Check(e, dump, a, HardshipScreener.Create(profile, c.AsOf).Screen(application)));
    }

    private static void Check(JsonObject e, string dump, HardshipAssessment a, ScreeningResult s)
    {
        void Same<TValue>(string key, Func<JsonNode, TValue> wanted, Func<TValue> actual)
        {
            if (e.ContainsKey(key))
            {
                TValue want = e[key] is { } node ? wanted(node) : default!;
                TValue got = actual();
                Assert.True(EqualityComparer<TValue>.Default.Equals(want, got), $"{dump}: {key} = {got}, expected {want}");
            }
        }

        Same("category", n => Enum.Parse<HardshipCategory>(n.GetValue<string>(), true), () => a.Category);
        Same("assessed", n => n.GetValue<bool>(), () => a.IsAssessed);
        Same<decimal?>("perHead", n => n.GetValue<decimal>(), () => a.PerCapita?.PerHeadMonthly);
        Same<decimal?>("relativePerHead", n => n.GetValue<decimal>(), () => a.PerCapita?.RelativePerHeadMonthly);
        Same<decimal?>("relativeRigid", n => n.GetValue<decimal>(), () => a.PerCapita?.RelativeRigidDeducted);
        Same<decimal?>("countedIncome", n => n.GetValue<decimal>(), () => a.PerCapita?.CountedIncome);
        Same<decimal?>("imputedIncome", n => n.GetValue<decimal>(), () => a.PerCapita?.ImputedIncome);
        Same<decimal?>("rigid", n => n.GetValue<decimal>(), () => a.PerCapita?.RigidDeducted);
        Same("exclusions", n => Enum.Parse<HardshipExclusions>(n.GetValue<string>(), true), () => a.Exclusions);
        Same("fileStatus", n => Enum.Parse<FileStatus>(n.GetValue<string>(), true), () => a.FileStatus);
        Same("nextReview", n => LocalDatePattern.Iso.Parse(n.GetValue<string>()).Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), () => a.NextReview?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Same("assistance", n => string.Join(",", n.AsArray().Select(x => Enum.Parse<AssistanceKind>(x!.GetValue<string>(), true))), () => string.Join(",", a.Assistance));
        Same("nearMisses", n => string.Join(",", n.AsArray().Select(x => x!.GetValue<string>())), () => string.Join(",", a.NearMisses.Select(m => $"{m.Category}:{m.Test}:{m.Gap?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-"}")));

        // The screening path reaches the same decision on every case.
        Assert.True(a.IsAssessed == s.IsAssessed, dump + ": the screener's assessed differs");
        Assert.True(a.Category == s.Category, dump + ": the screener's category differs");
        if (a.PerCapita is { } pc && s.IsAssessed)
        {
            Assert.Equal(pc.PerHeadMonthly, s.PerHeadMonthlyRounded);
            Assert.Equal(pc.RelativePerHeadMonthly, s.RelativePerHeadMonthlyRounded);
        }
    }
}
