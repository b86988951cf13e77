using System.Globalization;
using NodaTime;
using Union.Domain.LabourStandards;
using Union.Domain.Validation;

namespace Union.Domain.Tests.LabourStandards;

public sealed class LabourFileReadingTests
{
    [Fact]
    public void The_examples_read_and_a_minimal_file_is_a_region()
    {
        Assert.True(LabourFileJson.Read(LabourFileJson.Example).IsValid);
        Assert.True(LabourFileJson.Read(LabourFileJson.FlawedExample).IsValid);
        DocumentResult<LabourFile> r = LabourFileJson.Read("""{"region":"110000"}""");
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
        Assert.Null(r.Value!.Employees);
    }

    [Fact]
    public void An_unlawful_file_is_representable()
    {
        // Dispatched far above the cap, on a main post and a temporary post of years; a probation longer than the term, agreed
        // twice; a layoff explained after it took effect and reported after that.
        string json = """
            {"region":"440300",
             "dispatch":{"ownEmployees":1,"posts":[{"kind":"main","workers":500},{"kind":"temporary","workers":5,"months":48}]},
             "employees":[{"started":"2026-01-05","term":"fixedTerm","termMonths":2,"consecutiveFixedTerms":1,"probationMonths":6,"earlierProbation":true}],
             "layoffs":[{"headcount":30,"laidOff":30,"effective":"2026-04-30","explainedToUnion":"2026-05-30","reportedToAdministration":"2026-06-30","opinionsHeard":false}]}
            """;
        DocumentResult<LabourFile> r = LabourFileJson.Read(json);
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
    }

    [Fact]
    public void A_contract_signed_before_the_work_starts_is_no_structure_error()
    {
        // 劳动合同法 第十条第三款: 用人单位与劳动者在用工前订立劳动合同的，劳动关系自用工之日起建立。
        DocumentResult<LabourFile> r = LabourFileJson.Read("""{"region":"110000","employees":[{"started":"2026-03-01","contractSigned":"2026-02-01"}]}""");
        Assert.True(r.IsValid, string.Join("; ", r.Issues));
        Assert.Equal(new LocalDate(2026, 2, 1), r.Value!.Employees![0].ContractSigned);
    }

    [Theory]
    [InlineData("""{"region":"110000","employees":[{"started":"2026-03-01","birthDate":"2026-03-02"}]}""", "$.employees[0].birthDate", "labour.bornAfterStart")]
    [InlineData("""{"region":"110000","employees":[{"started":"2026-03-01","birthDate":"1980-01-01","retirementDate":"1980-01-01"}]}""", "$.employees[0].retirementDate", "labour.retirementBeforeBirth")]
    [InlineData("""{"region":"110000","employees":[{"started":"2026-03-01","term":"openEnded","termMonths":12}]}""", "$.employees[0].termMonths", "labour.termMonthsNotFixed")]
    [InlineData("""{"region":"110000","employees":[{"started":"2026-03-01","term":"taskBased","termMonths":12}]}""", "$.employees[0].termMonths", "labour.termMonthsNotFixed")]
    [InlineData("""{"region":"110000","employees":[{"started":"2026-03-01","term":"fixedTerm","termMonths":12,"consecutiveFixedTerms":0}]}""", "$.employees[0].consecutiveFixedTerms", "labour.fixedTermsCount")]
    [InlineData("""{"region":"110000","employees":[{"id":"a","started":"2026-03-01"},{"id":"a","started":"2026-03-01"}]}""", "$.employees", "labour.duplicateId")]
    [InlineData("""{"region":"110000","layoffs":[{"headcount":19,"laidOff":20,"effective":"2026-04-30"}]}""", "$.layoffs[0].laidOff", "labour.laidOffOverHeadcount")]
    [InlineData("""{"region":"110000","dispatch":{"ownEmployees":1,"posts":[{"kind":"auxiliary","workers":6000000},{"kind":"auxiliary","workers":6000000}]}}""", "$.dispatch.posts", "labour.dispatchTotal")]
    [InlineData("""{"region":"110000","dispatch":{"ownEmployees":-1,"posts":[]}}""", "$.dispatch.ownEmployees", null)]
    [InlineData("""{"region":"110000","dispatch":{"ownEmployees":1,"posts":[{"kind":"core","workers":1}]}}""", "$.dispatch.posts[0].kind", "enum.unknown")]
    [InlineData("""{"region":"110000","dispatch":{"ownEmployees":1,"posts":[{"kind":3,"workers":1}]}}""", "$.dispatch.posts[0].kind", "enum.number")]
    [InlineData("""{"region":"110000","employees":[{"started":"2026-03-01","probationMonths":-1}]}""", "$.employees[0].probationMonths", null)]
    [InlineData("""{"region":"110000","employees":[null]}""", "$.employees[0]", "array.null")]
    [InlineData("""{"region":"110000","employees":[{"started":"2026-02-30"}]}""", "$.employees[0].started", "date.format")]
    [InlineData("""{"region":"110000","layoffs":[{"headcount":10,"laidOff":1}]}""", "$.layoffs[0]", "member.required")]
    [InlineData("""{"employees":[]}""", "$", "member.required")]
    public void A_malformed_file_names_the_json_path(string json, string path, string? key)
    {
        DocumentResult<LabourFile> r = LabourFileJson.Read(json, "f.json");
        Assert.False(r.IsValid);
        Assert.Contains(r.Issues, i => i.Path == path && i.Source == "f.json" && (key is null || i.Key == key));
        foreach (ValidationIssue issue in r.Issues)
        {
            Assert.DoesNotMatch(@"\{[A-Za-z]+\}", issue.ToString(CultureInfo.GetCultureInfo("zh-Hans")));
            Assert.DoesNotMatch(@"\{[A-Za-z]+\}", issue.ToString(CultureInfo.GetCultureInfo("en")));
        }
    }

    [Fact]
    public void The_schema_names_the_members_and_the_limits()
    {
        string schema = LabourFileJson.Schema();
        Assert.Contains("\"ownEmployees\"", schema);
        Assert.Contains("\"probationMonths\"", schema);
        Assert.Contains("\"foreignRepresentativeOffice\"", schema);
        Assert.Contains("\"fixedTerm\"", schema);
        Assert.Contains("10000000", schema);
    }

    [Fact]
    public void Writing_keeps_the_json_names_and_reads_back()
    {
        LabourFile file = LabourFileJson.Read(LabourFileJson.FlawedExample).Value!;
        string json = LabourFileJson.Write(file);
        Assert.Contains("\"kind\": \"main\"", json);
        Assert.Contains("\"term\": \"taskBased\"", json);
        Assert.Contains("刘洋", json);
        Assert.Equal(file.Employees!.Count, LabourFileJson.Read(json).Value!.Employees!.Count);
    }
}
