using System.Globalization;
using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Validation;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;

namespace Union.Consumer.Samples;

public static class ContractCheck
{
    public static int Run()
    {
        // sample: contract
        string json = CollectiveContractDocument.FlawedExample;                       // or File.ReadAllText("contract.json")
        DocumentResult<CollectiveContract> read = CollectiveContractDomain.Default.Read(json, "contract.json");
        if (!read.IsValid)
        {
            foreach (var issue in read.Issues) Console.Error.WriteLine(issue);       // contract.json: $.negotiators[2].side: …
            return 2;
        }

        CollectiveContract contract = read.Value;
        JurisdictionProfile profile = JurisdictionProfile.For(contract.Employer!.Region!.Value);
        Review<CollectiveContract> review = CollectiveContractDomain.Default.Evaluate(contract, new LocalDate(2026, 6, 1), profile);
        var zh = CultureInfo.GetCultureInfo("zh-Hans");
        foreach (Finding f in review.Report.Findings.Where(f => f.IsViolation))
        {
            Console.WriteLine($"{f.Code} {f.Render(zh)}（{f.RenderCitations(zh)}）");
        }

        Console.WriteLine(ReviewReport.From(review, zh).Conclusion);                  // 结论：存在违法情形。
        // end sample
        return review.Verdict == ReviewVerdict.ViolationsFound ? 0 : 1;
    }
}
