using Union.Rules.Engine;

namespace Union.Rules.Tests.Cases;

/// <summary>Every legal case of every domain, through one runner (Cases/README.md describes the form).</summary>
public sealed class LegalCaseTests
{
    private static readonly Dictionary<string, string> Prefixes = new()
    {
        ["CollectiveContracts"] = "CC-",
        ["WageNegotiation"] = "WN-",
        ["Hardship"] = "HD-",
        ["WorkersCongress"] = "WC-",
        ["Organisation"] = "ORG-",
        ["LabourStandards"] = "LS-",
    };

    public static IEnumerable<object[]> Cases() => CaseDomains.All.SelectMany(d => LegalCase.All(d.Folder));

    public static TheoryData<string> Folders() => [.. CaseDomains.All.Select(d => d.Folder)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_holds(string folder, string file, int index, string name)
    {
        LegalCase c = LegalCase.Load(folder, file, index);
        Assert.Equal(name, c.Name);
        LegalCaseRunner.Check(c);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_rule_of_the_domain_has_a_case_file_with_cases_and_a_catalog_row(string folder)
    {
        CaseDomain domain = CaseDomains.For(folder);
        string[] catalog = [.. RuleCatalog.All.Where(r => r.Code.StartsWith(Prefixes[folder], StringComparison.Ordinal)).Select(r => r.Code)];
        Assert.Equal(catalog.Order(StringComparer.Ordinal), domain.Codes.Order(StringComparer.Ordinal));
        foreach (string code in domain.Codes)
        {
            Assert.True(LegalCase.All(folder).Count(c => (string)c[1] == code) >= 2, code + ": fewer than two cases");
            Assert.True(Messages.Default.Contains(code + ".title"), code + ": no title");
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_case_file_names_a_rule_of_its_domain_and_every_case_name_is_unique(string folder)
    {
        CaseDomain domain = CaseDomains.For(folder);
        foreach (IGrouping<string, object[]> file in LegalCase.All(folder).GroupBy(c => (string)c[1]))
        {
            Assert.Contains(file.Key, domain.Codes);
            string[] names = [.. file.Select(c => (string)c[3])];
            Assert.True(names.Length == names.Distinct(StringComparer.Ordinal).Count(), file.Key + ": two cases share a name");
        }
    }
}
