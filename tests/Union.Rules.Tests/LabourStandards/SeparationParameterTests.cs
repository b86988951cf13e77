using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Domain.Serialization;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>The written-contract, compensation and dispute handles against the data, and their messages in both languages.</summary>
public sealed partial class SeparationParameterTests
{
    private static readonly LocalDate Today = new(2026, 6, 1);

    [Fact]
    public void Every_ls_and_dispute_name_in_the_data_has_a_handle_and_every_handle_but_the_local_average_has_a_national_value()
    {
        var handles = SeparationParameters.All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> names = new[] { EmbeddedParameters.National }.Concat(EmbeddedParameters.Regions.Values).SelectMany(l => l.Parameters.Keys)
            .Where(n => n.StartsWith("ls.writtenContract.", StringComparison.Ordinal) || n.StartsWith("ls.compensation.", StringComparison.Ordinal) || n.StartsWith("dispute.", StringComparison.Ordinal));
        Assert.All(names, n => Assert.Contains(n, handles));
        foreach (Parameter handle in SeparationParameters.All)
        {
            bool national = JurisdictionProfile.National.TryGet(handle.Name, Today, out ParameterReading reading);
            if (handle == SeparationParameters.AverageMonthlyWage)
            {
                Assert.False(national);
                Assert.DoesNotContain(EmbeddedParameters.Regions.Values, l => l.Parameters.ContainsKey(handle.Name));
                continue;
            }

            Assert.True(national, handle.Name);
            Assert.Equal("V-primary", reading.Verification);
            Assert.Matches("^(劳动合同法|劳动合同法实施条例|劳动争议调解仲裁法) 第", reading.Source);
            Assert.True(Citation.TryParse(reading.Source, out Citation? citation), reading.Source);
            Assert.Contains(citation.Instrument, new[] { Instruments.LabourContractLaw, Instruments.LabourContractLawRegulations, Instruments.LabourDisputeLaw });
        }
    }

    [Theory]
    [InlineData("ls.writtenContract.period", "1", "months", Comparison.AtMost, "劳动合同法 第十条第二款")]
    [InlineData("ls.writtenContract.deemedOpenEndedAfter", "1", "years", null, "劳动合同法 第十四条第三款")]
    [InlineData("ls.compensation.remainderThreshold", "6", "months", Comparison.AtLeast, "劳动合同法 第四十七条第一款")]
    [InlineData("ls.compensation.capMultiple", "3", "multiple", Comparison.MoreThan, "劳动合同法 第四十七条第二款")]
    [InlineData("ls.compensation.capYears", "12", "year", Comparison.AtMost, "劳动合同法 第四十七条第二款")]
    [InlineData("ls.compensation.damagesMultiple", "2", "multiple", null, "劳动合同法 第八十七条")]
    [InlineData("dispute.mediation.period", "15", "days", null, "劳动争议调解仲裁法 第十四条第三款")]
    [InlineData("dispute.limitation.period", "1", "years", null, "劳动争议调解仲裁法 第二十七条第一款")]
    [InlineData("dispute.award.period", "45", "days", null, "劳动争议调解仲裁法 第四十三条第一款")]
    [InlineData("dispute.award.extensionMax", "15", "days", Comparison.AtMost, "劳动争议调解仲裁法 第四十三条第一款")]
    [InlineData("dispute.finalAward.minimumWageMonths", "12", "months", Comparison.AtMost, "劳动争议调解仲裁法 第四十七条")]
    [InlineData("dispute.finalAward.setAsidePeriod", "30", "days", null, "劳动争议调解仲裁法 第四十九条第一款")]
    [InlineData("dispute.suit.period", "15", "days", null, "劳动争议调解仲裁法 第五十条")]
    public void Each_number_reads_with_its_unit_comparison_and_article(string name, string value, string unit, Comparison? comparison, string source)
    {
        ParameterReading r = JurisdictionProfile.National.Get(name, Today);
        Assert.Equal(value, r.Value.ToString());
        Assert.Equal(unit, r.Unit);
        Assert.Equal(comparison, r.Comparison);
        Assert.Equal(source, r.Source);
        Assert.False(JurisdictionProfile.National.TryGet(name, new LocalDate(2007, 12, 31), out _));
    }

    [Fact]
    public void Every_finding_of_the_cases_reads_clean_in_each_language()
    {
        var zh = CultureInfo.GetCultureInfo("zh-Hans");
        var en = CultureInfo.GetCultureInfo("en");
        var problems = new List<string>();
        foreach (object[] row in Union.Rules.Tests.Cases.LegalCase.All("LabourStandards").Where(r => r[1] is "LS-WRITTEN-CONTRACT" or "LS-COMPENSATION" or "LS-DISPUTE"))
        {
            var legalCase = Union.Rules.Tests.Cases.LegalCase.Load("LabourStandards", (string)row[1], (int)row[2]);
            JsonObject c = legalCase.Json;
            LabourFile file = legalCase.Prepare(LabourStandardsDomain.Default).Document;
            foreach (JurisdictionProfile profile in new[] { JurisdictionProfile.National, JurisdictionProfile.For(RegionCode.Beijing), SeparationProfiles.BeijingWithAverage })
            {
                RuleReport report = new RuleSet<LabourFile>(SeparationCatalog.Rules).Evaluate(file, NodaTime.Text.LocalDatePattern.Iso.Parse(c["asOf"]!.GetValue<string>()).Value, profile);
                foreach (Finding f in report.Findings)
                {
                    string z = f.Render(zh);
                    string e = f.Render(en);
                    if (Placeholder().IsMatch(z) || Placeholder().IsMatch(e) || z == f.MessageKey)
                    {
                        problems.Add($"{f.MessageKey}: unfilled: {z} / {e}");
                    }

                    if (!f.Arguments.Any(a => Cjk().IsMatch(a.Value)) && Cjk().IsMatch(Bracketed().Replace(e, string.Empty)))
                    {
                        problems.Add($"{f.MessageKey} [en] Chinese outside brackets: {e}");
                    }
                }

                foreach (RuleOutput o in report.Outputs)
                {
                    IReadOnlyList<CalculatorRemark> remarks = o.Value switch
                    {
                        CompensationResult r => r.Remarks,
                        DoubleWageResult r => r.Remarks,
                        DisputeDeadlinesResult r => r.Remarks,
                        _ => [],
                    };
                    foreach (CalculatorRemark remark in remarks)
                    {
                        string z = remark.Render(zh);
                        string e = remark.Render(en);
                        if (Placeholder().IsMatch(z) || Placeholder().IsMatch(e) || !Messages.Default.Contains(remark.Key))
                        {
                            problems.Add($"{remark.Key}: unfilled or unknown: {z} / {e}");
                        }

                        if (!remark.Arguments.Any(a => Cjk().IsMatch(a.Value)) && Cjk().IsMatch(Bracketed().Replace(e, string.Empty)))
                        {
                            problems.Add($"{remark.Key} [en] Chinese outside brackets: {e}");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"\([^)]*\)|（[^）]*）|《[^》]*》")]
    private static partial Regex Bracketed();
}
