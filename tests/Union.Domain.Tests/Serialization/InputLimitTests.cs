using System.Globalization;
using System.Text;
using Union.Domain.CollectiveContracts;
using Union.Domain.Hardship;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Domain.WageNegotiation;

namespace Union.Domain.Tests.Serialization;

/// <summary>The reader's limits, each exactly on the line and one past it.</summary>
public sealed class InputLimitTests
{
    private const string Wage = """{"region":"310000","year":2026,"term":{"start":"2026-01-01","end":"END"},"grades":[{"name":"a","headcount":HC,"basePay":3000}]}""";

    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData("1899-12-31", false)]
    [InlineData("2200-12-31", true)]
    [InlineData("2201-01-01", false)]
    public void Dates_run_from_1900_to_2200(string date, bool valid) =>
        Check(CollectiveContractDocument.Read($$$"""{"signing":{"date":"{{{date}}}"}}"""), valid, "$.signing.date", "date.range");

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Term_years_run_from_1_to_100(int years, bool valid) =>
        Check(CollectiveContractDocument.Read($$$"""{"term":{"years":{{{years}}}}}"""), valid, "$.term.years", years < 1 ? "number.tooSmall" : "number.tooLarge");

    [Theory]
    [InlineData(10_000_000, true)]
    [InlineData(10_000_001, false)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void Headcounts_run_from_0_to_ten_million(int headcount, bool valid)
    {
        Check(CollectiveContractDocument.Read($$$"""{"employer":{"headcount":{{{headcount}}}}}"""), valid, "$.employer.headcount", headcount < 0 ? "number.tooSmall" : "number.tooLarge");
        Check(WageProposalJson.Read(Wage.Replace("END", "2026-12-31").Replace("HC", headcount.ToString(CultureInfo.InvariantCulture))), valid, "$.grades[0].headcount", headcount < 0 ? "number.tooSmall" : "number.tooLarge");
    }

    [Theory]
    [InlineData("2125-12-31", true)]
    [InlineData("2126-01-01", false)]
    public void A_wage_term_is_shorter_than_100_years(string end, bool valid) =>
        Check(WageProposalJson.Read(Wage.Replace("END", end).Replace("HC", "1")), valid, "$.term.end", "wage.termTooLong");

    [Theory]
    [InlineData("24", true)]
    [InlineData("24.01", false)]
    public void Daily_hours_are_at_most_24(string hours, bool valid) =>
        Check(CollectiveContractDocument.Read("""{"clauses":{"workingTime":{"dailyHours":HOURS}}}""".Replace("HOURS", hours, StringComparison.Ordinal)), valid, "$.clauses.workingTime.dailyHours", "number.tooLarge");

    [Theory]
    [InlineData("-99.99", true)]
    [InlineData("-100", false)]
    [InlineData("1000", true)]
    [InlineData("1000.01", false)]
    public void A_yearly_increase_is_above_minus_100_and_at_most_1000_percent(string percent, bool valid) =>
        Check(
            WageProposalJson.Read(Wage.Replace("END", "2026-12-31").Replace("HC", "1").Replace("}]}", $$"""}],"adjustments":[{"termYear":1,"increasePercent":{{percent}}}]}""")),
            valid,
            "$.adjustments[0].increasePercent",
            percent.StartsWith('-') ? "number.notAbove" : "number.tooLarge");

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void A_household_has_at_most_100_members(int members, bool valid)
    {
        string member = """{"relationship":"other","birthDate":"1980-01-01"}""";
        string json = $$"""{"applicationDate":"2025-03-01","applicant":{},"members":[{{string.Join(',', Enumerable.Repeat(member, members))}}]}""";
        Check(HardshipApplicationJson.Read(json), valid, "$.members", "array.tooLong");
    }

    [Fact]
    public void A_household_without_members_is_named()
    {
        DocumentResult<HardshipApplication> r = HardshipApplicationJson.Read("""{"applicationDate":"2025-03-01","applicant":{},"members":[]}""");
        Assert.Contains(r.Issues, i => i.Path == "$.members" && i.Key == "array.tooShort");
    }

    [Theory]
    [InlineData(10_000, true)]
    [InlineData(10_001, false)]
    public void A_text_is_at_most_10000_characters(int length, bool valid) =>
        Check(CollectiveContractDocument.Read($$"""{"title":"{{new string('合', length)}}"}"""), valid, "$.title", "string.tooLong");

    [Theory]
    [InlineData(1_000, true)]
    [InlineData(1_001, false)]
    public void A_contract_has_at_most_1000_negotiators(int count, bool valid)
    {
        string json = $$"""{"negotiators":[{{string.Join(',', Enumerable.Range(0, count).Select(i => $$"""{"id":"n{{i}}","side":"employee"}"""))}}]}""";
        Check(CollectiveContractDocument.Read(json), valid, "$.negotiators", "array.tooLong");
    }

    [Theory]
    [InlineData(31, "type.mismatch")]
    [InlineData(32, "json.depth")]
    public void Nesting_is_at_most_32_levels(int lists, string key)
    {
        // The document's object is level 1 and "negotiators" is level 2: 31 lists inside reach level 32.
        string json = """{"negotiators":""" + new string('[', lists) + new string(']', lists) + "}";
        Assert.Contains(CollectiveContractDocument.Read(json).Issues, i => i.Key == key);
    }

    [Fact]
    public void An_unknown_member_lists_the_allowed_members()
    {
        ValidationIssue issue = Assert.Single(CollectiveContractDocument.Read("""{"employer":{"nmae":"甲"}}""").Issues);
        Assert.Equal("$.employer.nmae", issue.Path);
        Assert.Equal("Unknown member 'nmae'; allowed: name, creditCode, region, headcount, legalRepresentative.", issue.Message);
        Assert.Equal((1L, 14L), (issue.Line!.Value, issue.Column!.Value));
    }

    [Fact]
    public void A_member_given_twice_and_a_missing_required_member_are_named()
    {
        Assert.Contains(CollectiveContractDocument.Read("""{"title":"a","title":"b"}""").Issues, i => i.Path == "$.title" && i.Key == "member.duplicate");
        Assert.Contains(WageProposalJson.Read("""{"region":"310000","year":2026,"grades":[]}""").Issues, i => i.Path == "$" && i.Key == "member.required" && i.Message.Contains("'term'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_truncated_document_says_so_with_its_position()
    {
        ValidationIssue issue = Assert.Single(CollectiveContractDocument.Read("{\n  \"title\": \"集体合").Issues);
        Assert.Equal("json.truncated", issue.Key);
        Assert.Equal(2, issue.Line);
    }

    [Fact]
    public void Invalid_utf8_gives_the_offset_and_line_and_an_unpaired_surrogate_the_character()
    {
        byte[] bytes = [.. "{\n\"title\":\""u8, 0xC3, .. "\"}"u8];
        ValidationIssue issue = Assert.Single(CollectiveContractDocument.Read(bytes).Issues);
        Assert.Equal("encoding.invalidUtf8", issue.Key);
        Assert.Equal("The text is not valid UTF-8: byte 0xC3 at offset 11 (line 2) is invalid. Save the file as UTF-8.", issue.Message);

        ValidationIssue surrogate = Assert.Single(CollectiveContractDocument.Read("{\"title\":\"\uD800\"}").Issues);
        Assert.Equal("encoding.surrogate", surrogate.Key);
    }

    [Fact]
    public void An_escaped_unpaired_surrogate_is_named()
    {
        ValidationIssue issue = Assert.Single(CollectiveContractDocument.Read("{\"title\":\"\\uD800\"}").Issues);
        Assert.Equal("string.invalidEscape", issue.Key);
        Assert.Equal("$.title", issue.Path);
    }

    [Fact]
    public void A_utf16_file_is_named_as_utf16()
    {
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{}")];
        Assert.Equal("encoding.utf16", Assert.Single(CollectiveContractDocument.Read(utf16).Issues).Key);
    }

    [Fact]
    public void The_text_and_byte_readers_agree()
    {
        string[] documents = [CollectiveContractDocument.Example, """{"kind":99}""", """{"negotiators":[null]}""", "{"];
        foreach (string json in documents)
        {
            DocumentResult<CollectiveContract> text = CollectiveContractDocument.Read(json, "a.json");
            DocumentResult<CollectiveContract> bytes = CollectiveContractDocument.Read(Encoding.UTF8.GetBytes(json), "a.json");
            Assert.Equal(text.IsValid, bytes.IsValid);
            Assert.Equal(text.Issues.Select(i => i.ToString()), bytes.Issues.Select(i => i.ToString()));
        }
    }

    [Fact]
    public void The_schema_carries_the_limits()
    {
        string schema = CollectiveContractSchema.ContractSchema();
        Assert.Contains("\"maximum\": 10000000", schema, StringComparison.Ordinal);
        Assert.Contains("\"maxItems\": 1000", schema, StringComparison.Ordinal);
        Assert.Contains("1900-01-01", schema, StringComparison.Ordinal);
        Assert.Contains("\"minimum\": 1", WageProposalJson.Schema(), StringComparison.Ordinal);
    }

    private static void Check<T>(DocumentResult<T> result, bool valid, string path, string key)
        where T : class
    {
        if (valid)
        {
            Assert.True(result.IsValid, string.Join("; ", result.Issues));
        }
        else
        {
            Assert.False(result.IsValid);
            Assert.Contains(result.Issues, i => i.Path == path && i.Key == key);
        }
    }

    [Theory]
    [InlineData("{ \"negotiators\": [")]
    [InlineData("{ \"employer\": {")]
    [InlineData("{ \"kind\": \"special\"")]
    public void A_document_cut_short_is_reported_as_truncated_not_as_too_deep(string json)
    {
        DocumentResult<CollectiveContract> read = CollectiveContractDocument.Read(System.Text.Encoding.UTF8.GetBytes(json), "cut.json");
        Assert.False(read.IsValid);
        Assert.Contains(read.Issues, i => i.Key == "json.truncated");
        Assert.DoesNotContain(read.Issues, i => i.Key == "json.depth");
    }
}
