using System.Globalization;
using NodaTime;
using Snapshooter;
using Snapshooter.Xunit;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Rules.Tests.CollectiveContracts;

public sealed class ContractReportSnapshotTests
{
    [Theory]
    [InlineData("zh-Hans", "national")]
    [InlineData("en", "national")]
    [InlineData("zh-Hans", "110000")]
    [InlineData("en", "110000")]
    [InlineData("zh-Hans", "310000")]
    [InlineData("en", "310000")]
    public void Example_report(string language, string region)
    {
        CollectiveContract contract = CollectiveContractDocument.Read(CollectiveContractDocument.Example).Value!;
        JurisdictionProfile profile = region == "national" ? JurisdictionProfile.National : JurisdictionProfile.For(RegionCode.Parse(region));
        Review<CollectiveContract> result = CollectiveContractDomain.Default.Evaluate(contract, new LocalDate(2026, 6, 1), profile);
        string json = ReviewReport.From(result, CultureInfo.GetCultureInfo(language)).ToJson();
        Snapshot.Match(json, SnapshotNameExtension.Create(language, region));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en")]
    public void Broken_contract_report(string language)
    {
        CollectiveContract contract = CollectiveContractDocument.Read(BrokenContract.Json).Value!;
        Review<CollectiveContract> result = CollectiveContractDomain.Default.Evaluate(contract, new LocalDate(2026, 6, 1), JurisdictionProfile.For(RegionCode.Beijing));
        Assert.Equal(ReviewVerdict.ViolationsFound, result.Verdict);
        Snapshot.Match(ReviewReport.From(result, CultureInfo.GetCultureInfo(language)).ToText(), SnapshotNameExtension.Create(language));
    }
}
