using NodaTime;
using Union.Domain.Validation;
using Union.Domain.WageNegotiation;

namespace Union.Domain.Tests.WageNegotiation;

public sealed class WageProposalReadingTests
{
    private const string Minimal = """{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":3000}]}""";

    [Fact]
    public void A_minimal_proposal_reads()
    {
        DocumentResult<WageProposal> r = WageProposalJson.Read(Minimal);
        Assert.True(r.IsValid);
        Assert.Equal(3000m, r.Value!.Grades[0].BasePay.Yuan);
    }

    [Fact]
    public void An_unlawful_proposal_is_representable()
    {
        string json = """{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2031-12-31"},"grades":[{"name":"a","headcount":1,"basePay":100,"probationPay":1}],"adjustments":[{"termYear":1,"increasePercent":-50}],"overtime":{"workdayRate":1,"plannedDailyHours":12}}""";
        Assert.True(WageProposalJson.Read(json).IsValid);
    }

    [Theory]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[]}""", "$.grades")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":-1}]}""", "$.grades[0].basePay")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":1},{"name":"a","headcount":1,"basePay":1}]}""", "$.grades")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":1}],"adjustments":[{"termYear":1,"gradeChanges":[{"grade":"b","increasePercent":3}]}]}""", "$.adjustments[0]")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":1}],"adjustments":[{"termYear":1,"increasePercent":-100}]}""", "$.adjustments[0].increasePercent")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":1}],"overtime":{"plannedDailyHours":25}}""", "$.overtime.plannedDailyHours")]
    [InlineData("""{"region":"999999","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":1}]}""", "$.region")]
    [InlineData("""{"region":"310000","year":2026,"term":{"start":"2026-02-30","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":1}]}""", "$.term.start")]
    [InlineData("""{"region":"320100","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":1,"employeeContributionsByKind":{"medical":-0.01}}]}""", "$.grades[0].employeeContributionsByKind.medical")]
    [InlineData("""{"region":"320100","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":1,"employeeContributions":100,"employeeContributionsByKind":{"pension":80,"housingFund":20.01}}]}""", "$.grades[0].employeeContributionsByKind")]
    public void A_malformed_proposal_names_the_json_path(string json, string path)
    {
        DocumentResult<WageProposal> r = WageProposalJson.Read(json, "p.json");
        Assert.False(r.IsValid);
        Assert.Contains(r.Issues, i => i.Path == path && i.Source == "p.json");
    }

    [Fact]
    public void A_grade_carries_its_contributions_by_kind_beside_the_total()
    {
        DocumentResult<WageProposal> r = WageProposalJson.Read("""{"region":"320100","year":2026,"term":{"start":"2026-01-01","end":"2026-12-31"},"grades":[{"name":"a","headcount":1,"basePay":3000,"employeeContributions":410,"employeeContributionsByKind":{"pension":160,"medical":40,"unemployment":10,"housingFund":200}}]}""");
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
        Assert.Equal(200m, r.Value!.Grades[0].EmployeeContributionsByKind!.HousingFund!.Value.Yuan);
        Assert.Equal(410m, r.Value.Grades[0].EmployeeContributions!.Value.Yuan);
    }

    [Fact]
    public void Term_years_start_on_the_anniversary_and_the_last_may_be_short()
    {
        var term = new WageTerm(new LocalDate(2026, 3, 1), new LocalDate(2028, 6, 30));
        IReadOnlyList<DateInterval> years = term.Years();
        Assert.Equal(3, years.Count);
        Assert.Equal(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2027, 2, 28)), years[0]);
        Assert.Equal(new DateInterval(new LocalDate(2028, 3, 1), new LocalDate(2028, 6, 30)), years[2]);
    }

    [Fact]
    public void The_minimum_wage_exclusions_follow_article_12()
    {
        Assert.False(PayComponentKind.Bonus.IsExcludedFromMinimumWage());
        Assert.False(PayComponentKind.OtherAllowance.IsExcludedFromMinimumWage());
        foreach (PayComponentKind k in new[] { PayComponentKind.OvertimePay, PayComponentKind.MiddleShiftAllowance, PayComponentKind.NightShiftAllowance, PayComponentKind.HighTemperatureAllowance, PayComponentKind.LowTemperatureAllowance, PayComponentKind.UndergroundAllowance, PayComponentKind.ToxicHazardAllowance, PayComponentKind.OtherSpecialConditionAllowance, PayComponentKind.StatutoryWelfare })
        {
            Assert.True(k.IsExcludedFromMinimumWage(), k.ToString());
        }

        Assert.False(PayComponentKind.StatutoryWelfare.IsPayroll());
        Assert.True(PayComponentKind.OvertimePay.IsPayroll());
    }

    [Fact]
    public void The_examples_round_trip_through_json()
    {
        foreach (WageProposal p in new[] { WageProposalExamples.Lawful, WageProposalExamples.Flawed })
        {
            DocumentResult<WageProposal> r = WageProposalJson.Read(WageProposalJson.Write(p));
            Assert.True(r.IsValid, string.Join("; ", r.Issues));
            Assert.Equal(WageProposalJson.Write(p), WageProposalJson.Write(r.Value!));
        }
    }

    [Fact]
    public void The_schema_describes_the_document()
    {
        string schema = WageProposalJson.Schema();
        Assert.Contains("\"$schema\"", schema);
        Assert.Contains("\"grades\"", schema);
        Assert.Contains("\"toxicHazardAllowance\"", schema);
    }
}
