using System.Globalization;
using NodaTime;
using Union.Domain.Organisation;
using Union.Domain.Validation;

namespace Union.Domain.Tests.Organisation;

public sealed class GrassrootsUnionReadingTests
{
    private const string Minimal = """{"region":"310000","employer":"某公司","employees":10,"members":8,"form":"organiser"}""";

    private static string WithCommittee(string committee, string term = """{"start":"2024-03-15","years":5}""") =>
        $$"""{"region":"310000","employer":"某公司","employees":100,"members":80,"form":"committee","term":{{term}},"committee":[{{committee}}]}""";

    private static string WithFunds(string funds) =>
        $$"""{"region":"310000","employer":"某公司","employees":100,"members":80,"form":"committee","funds":{{funds}}}""";

    [Fact]
    public void A_minimal_document_reads_as_an_enterprise()
    {
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(Minimal);
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
        Assert.Equal(EmployerKind.Enterprise, r.Value!.EmployerKind);
        Assert.Equal(UnionForm.Organiser, r.Value.Form);
        Assert.Null(r.Value.Chair);
    }

    [Fact]
    public void The_examples_read_and_round_trip()
    {
        foreach (string json in new[] { GrassrootsUnionJson.Example, GrassrootsUnionJson.FlawedExample })
        {
            DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(json, "example.json");
            Assert.True(r.IsValid, string.Join("; ", r.Issues));
            DocumentResult<GrassrootsUnion> again = GrassrootsUnionJson.Read(GrassrootsUnionJson.Write(r.Value!));
            Assert.True(again.IsValid, string.Join("; ", again.Issues));
            Assert.Equal(GrassrootsUnionJson.Write(r.Value!), GrassrootsUnionJson.Write(again.Value!));
        }
    }

    [Fact]
    public void An_unlawful_document_is_representable()
    {
        string json = WithCommittee("""{"name":"周婷","role":"chair","fullTime":true,"relationToPrincipal":"spouse","labourContractEnd":"2025-01-31","contractEnded":{"on":"2025-01-31","ground":"expiry"}}""", """{"start":"2024-03-15","years":4}""")
            .Replace("\"form\":\"committee\"", "\"form\":\"none\"", StringComparison.Ordinal);
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(json);
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
        Assert.Equal(4, r.Value!.Term!.Years);
        Assert.Equal(PrincipalRelation.Spouse, r.Value.Chair!.RelationToPrincipal);
    }

    [Fact]
    public void Every_item_of_article_11_and_every_component_of_article_4_is_representable()
    {
        string[] items = ["stateAwards", "insuranceAndWelfare", "retireeBenefits", "labourProtection", "authorAndLectureFees", "travelAndRelocation", "toolCompensation", "lesseeRiskIncome", "dividendsAndInterest", "terminationPayments", "temporaryLabourFees", "outworkAndSubcontracting", "studentAllowances", "oneChildAllowances"];
        string[] components = ["timeWages", "pieceWages", "bonuses", "allowancesAndSubsidies", "overtimePay", "specialCircumstancesPay"];
        string payroll = string.Join(",", components.Select(c => $$"""{"component":"{{c}}","amount":1}"""));
        string notPayroll = string.Join(",", items.Select(i => $$"""{"item":"{{i}}","amount":1}"""));
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(WithFunds($$"""{"from":"2026-01-01","to":"2026-01-31","payroll":[{{payroll}}],"notPayroll":[{{notPayroll}}]}"""));
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
        Assert.Equal(Enumerable.Range(1, 14), r.Value!.Funds!.NotPayroll!.Select(l => (int)l.Item));
        Assert.Equal(Enumerable.Range(1, 6), r.Value.Funds.Payroll.Select(l => (int)l.Component));
    }

    [Theory]
    [InlineData("""{"region":"310000","employer":"","employees":10,"members":8,"form":"organiser"}""", "$.employer")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":-1,"members":8,"form":"organiser"}""", "$.employees")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":10,"members":10000001,"form":"organiser"}""", "$.members")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":10,"members":8,"form":"club"}""", "$.form")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":10,"members":8,"form":2}""", "$.form")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":10,"members":8}""", "$")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":10,"members":8,"form":"committee","term":{"start":"2024-03-15","years":0}}""", "$.term.years")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":10,"members":8,"form":"committee","term":{"start":"2024-03-15","years":101}}""", "$.term.years")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":10,"members":8,"form":"committee","term":{"start":"2024-02-30","years":5}}""", "$.term.start")]
    [InlineData("""{"region":"310000","employer":"某公司","employees":10,"members":8,"form":"committee","committee":[null]}""", "$.committee[0]")]
    public void A_malformed_document_names_the_json_path(string json, string path)
    {
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(json, "u.json");
        Assert.False(r.IsValid);
        Assert.True(r.Issues.Any(i => i.Path == path && i.Source == "u.json"), string.Join("; ", r.Issues));
    }

    [Theory]
    [InlineData("""{"name":"a","role":"chair","fullTime":true,"labourContractEnd":"2026-01-01"},{"name":"b","role":"chair","fullTime":false,"labourContractEnd":"2026-01-01"}""", "$.committee", "org.twoChairs")]
    [InlineData("""{"name":"","role":"member","fullTime":false}""", "$.committee[0].name", "rule.notEmpty")]
    [InlineData("""{"name":"a","role":"member","fullTime":false,"tookOffice":"2025-01-01","leftOffice":"2024-12-31"}""", "$.committee[0]", "org.officeOrder")]
    [InlineData("""{"name":"a","role":"member","fullTime":false,"leftOffice":"2024-03-14"}""", "$.committee[0]", "org.officeOrder")]
    [InlineData("""{"name":"a","role":"member","fullTime":false,"tookOffice":"2029-03-15"}""", "$.committee[0]", "org.tookOfficeAfterTerm")]
    [InlineData("""{"name":"a","role":"member","fullTime":false,"leftOffice":"2029-03-15"}""", "$.committee[0]", "org.leftOfficeAfterTerm")]
    public void A_meaningless_committee_is_an_issue_with_a_key(string committee, string path, string key)
    {
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(WithCommittee(committee), "u.json");
        Assert.False(r.IsValid);
        Assert.True(r.Issues.Any(i => i.Path == path && i.Key == key), string.Join("; ", r.Issues.Select(i => i.Path + " " + i.Key)));
        Assert.All(r.Issues, i => Assert.DoesNotContain("{", i.Render(CultureInfo.GetCultureInfo("zh-Hans")), StringComparison.Ordinal));
    }

    [Fact]
    public void Leaving_office_on_the_terms_last_day_and_taking_it_mid_term_are_fine()
    {
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(WithCommittee("""{"name":"a","role":"member","fullTime":false,"tookOffice":"2025-09-01","leftOffice":"2029-03-14"},{"name":"b","role":"member","fullTime":false,"tookOffice":"2019-03-15"}"""));
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
    }

    [Theory]
    [InlineData("""{"from":"2026-02-01","to":"2026-01-31","payroll":[]}""", "$.funds.to", "org.fundsOrder")]
    [InlineData("""{"from":"2026-01-01","to":"2026-01-30","payroll":[]}""", "$.funds.to", "org.fundsShort")]
    [InlineData("""{"from":"2026-01-15","to":"2026-02-13","payroll":[]}""", "$.funds.to", "org.fundsShort")]
    public void A_funds_period_shorter_than_a_month_or_reversed_is_an_issue(string funds, string path, string key)
    {
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(WithFunds(funds), "u.json");
        Assert.False(r.IsValid);
        Assert.True(r.Issues.Any(i => i.Path == path && i.Key == key), string.Join("; ", r.Issues.Select(i => i.Path + " " + i.Key)));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-31")]
    [InlineData("2026-01-15", "2026-02-14")]
    [InlineData("2026-01-01", "2026-12-31")]
    public void A_period_of_a_month_or_more_reads(string from, string to)
    {
        Assert.True(GrassrootsUnionJson.Read(WithFunds($$"""{"from":"{{from}}","to":"{{to}}","payroll":[{"component":"timeWages","amount":1}]}""")).IsValid);
    }

    [Fact]
    public void Payroll_beyond_a_trillion_yuan_in_all_is_an_issue()
    {
        string lines = string.Join(",", Enumerable.Repeat("""{"component":"timeWages","amount":600000000000}""", 2));
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(WithFunds($$"""{"from":"2026-01-01","to":"2026-01-31","payroll":[{{lines}}]}"""));
        Assert.False(r.IsValid);
        Assert.Contains(r.Issues, i => i.Path == "$.funds.payroll" && i.Key == "org.payrollTotal");
    }

    [Fact]
    public void Dues_are_for_a_month_given_by_its_first_day()
    {
        string doc = """{"region":"310000","employer":"某公司","employees":10,"members":8,"form":"organiser","dues":{"month":"2026-01-02","members":[{"name":"a","monthlyBaseWage":5000}]}}""";
        DocumentResult<GrassrootsUnion> r = GrassrootsUnionJson.Read(doc);
        Assert.False(r.IsValid);
        Assert.Contains(r.Issues, i => i.Path == "$.dues.month" && i.Key == "org.duesMonth");
        Assert.True(GrassrootsUnionJson.Read(doc.Replace("2026-01-02", "2026-01-01", StringComparison.Ordinal)).IsValid);
    }

    [Theory]
    [InlineData("2024-03-15", 5, "2029-03-14")]
    [InlineData("2026-01-01", 3, "2028-12-31")]
    [InlineData("2024-02-29", 3, "2027-02-28")]
    [InlineData("2024-02-29", 4, "2028-02-28")]
    [InlineData("2024-03-01", 3, "2027-02-28")]
    public void A_term_ends_the_day_before_its_anniversary(string start, int years, string end)
    {
        var term = new UnionTerm(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value, years);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value, term.LastDay);
    }

    [Fact]
    public void The_schema_names_the_documents_members()
    {
        string schema = GrassrootsUnionJson.Schema();
        foreach (string member in new[] { "region", "employer", "employees", "members", "form", "committee", "relationToPrincipal", "labourContractEnd", "funds", "notPayroll", "terminationPayments", "dues", "monthlyBaseWage" })
        {
            Assert.Contains("\"" + member + "\"", schema, StringComparison.Ordinal);
        }
    }
}
