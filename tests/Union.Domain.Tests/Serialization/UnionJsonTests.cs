using System.Text.Json;
using System.Text.Json.Serialization;
using CsCheck;
using FluentValidation;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.Tests.Serialization;

public sealed record Probe(LocalDate Date, Money Amount, RegionCode Region, Ratio Share, IReadOnlyList<ProbeItem> Items, Period? Term = null);

public sealed record ProbeItem(string Side, int Count);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(LocalDateJsonConverter), typeof(MoneyJsonConverter), typeof(RatioJsonConverter), typeof(RegionCodeJsonConverter), typeof(PeriodJsonConverter)])]
[JsonSerializable(typeof(Probe))]
public sealed partial class ProbeContext : JsonSerializerContext;

public sealed class ProbeValidator : AbstractValidator<Probe>
{
    public ProbeValidator()
    {
        RuleForEach(p => p.Items).ChildRules(i =>
        {
            i.RuleFor(x => x.Count).GreaterThanOrEqualTo(0);
            i.RuleFor(x => x.Side).Must(s => s is "employer" or "employee").WithMessage("A negotiator sits on the employer or the employee side.");
        });
    }
}

public class UnionJsonTests
{
    private const string Good = """{"date":"2026-02-28","amount":2540.50,"region":"310000","share":"2/3","items":[{"side":"employer","count":3}],"term":"P3Y"}""";

    [Fact]
    public void A_good_document_reads_and_keeps_the_exact_amount()
    {
        DocumentResult<Probe> r = UnionJson.Read(Good, ProbeContext.Default.Probe, new ProbeValidator());
        Assert.True(r.IsValid);
        Assert.Equal("2540.50", r.Value.Amount.ToString());
        Assert.Equal(Ratio.Of(2, 3), r.Value.Share);
        Assert.Equal(Period.FromYears(3), r.Value.Term);
        string back = UnionJson.Write(r.Value, ProbeContext.Default.Probe);
        Assert.Contains("\"amount\":2540.50", back);
    }

    [Theory]
    [InlineData("""{"date":"2026-02-30","amount":1,"region":"310000","share":"1/2","items":[]}""", "$.date", "2026-02-30")]
    [InlineData("""{"date":"2026-02-28","amount":"x","region":"310000","share":"1/2","items":[]}""", "$.amount", "amount")]
    [InlineData("""{"date":"2026-02-28","amount":1,"region":"990000","share":"1/2","items":[]}""", "$.region", "990000")]
    [InlineData("""{"date":"2026-02-28","amount":1,"region":"310000","share":"1/2","items":[],"extra":1}""", "$.extra", "extra")]
    [InlineData("""{"date":"2026-02-28","amount":1,"region":"310000","share":"1/2","items":[{"side":"employer","count":"3"}]}""", "$.items[0].count", "")]
    [InlineData("""{"date":"2026-02-28","amount":1,"region":"310000","share":"1/2","items":[{"side":"employer","count":3},{"side":"x","count":-1}]}""", "$.items[1].count", "")]
    [InlineData("""{"date":"2026-02-28","amount":1,"region":"310000","share":"1/2","items":[{"side":"neither","count":3}]}""", "$.items[0].side", "employee side")]
    [InlineData("""{"date":"2026-02-28","amount":1,"region":"310000","share":"1/2","items":[{"side":null,"count":3}]}""", "$.items[0].side", "")]
    [InlineData("""{"date":"2026-02-28","amount":1,"amount":2,"region":"310000","share":"1/2","items":[]}""", "$", "")]
    [InlineData("""{"date":"2026-02-28","amount":1e400,"region":"310000","share":"1/2","items":[]}""", "$.amount", "")]
    [InlineData("""[1,2]""", "$", "")]
    [InlineData("""{"date":""", "$", "")]
    [InlineData("null", "$", "null")]
    [InlineData("   ", "$", "empty")]
    public void Bad_input_is_an_issue_naming_the_field_never_an_exception(string json, string pathPrefix, string messagePart)
    {
        DocumentResult<Probe> r = UnionJson.Read(json, ProbeContext.Default.Probe, new ProbeValidator(), "probe.json");
        Assert.False(r.IsValid);
        ValidationIssue issue = Assert.Single(r.Issues.Where(i => i.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).Take(1));
        Assert.Contains(messagePart, issue.Message);
        Assert.Equal("probe.json", issue.Source);
        Assert.StartsWith("probe.json: $", issue.ToString());
    }

    [Fact]
    public void A_missing_required_member_is_named()
    {
        DocumentResult<Probe> r = UnionJson.Read("""{"date":"2026-02-28","amount":1,"region":"310000","share":"1/2"}""", ProbeContext.Default.Probe);
        Assert.False(r.IsValid);
        Assert.Contains("items", r.Issues[0].Message);
    }

    [Theory]
    [InlineData("Negotiators[2].Side", "$.negotiators[2].side")]
    [InlineData("", "$")]
    [InlineData("Approval.InFavour", "$.approval.inFavour")]
    public void Property_chains_become_json_paths(string chain, string path) => Assert.Equal(path, UnionJson.ToJsonPath(chain));

    [Fact]
    public void Readable_options_keep_chinese_characters()
    {
        var options = UnionJson.Readable(DomainJsonContext.Default.Options);
        string json = JsonSerializer.Serialize(new ValidationIssue("$", "集体合同"), options.GetTypeInfo(typeof(ValidationIssue)));
        Assert.Contains("集体合同", json);
        Assert.Contains("\"集体合同\"", JsonSerializer.Serialize("集体合同", UnionJson.Readable(ProbeContext.Default.Options).GetTypeInfo(typeof(string))));
    }

    [Fact]
    public void Property_money_within_the_limit_survives_a_json_round_trip_exactly_and_beyond_it_is_an_issue()
    {
        Gen.Decimal.Sample(d =>
        {
            var probe = new Probe(new LocalDate(2026, 1, 1), Money.FromYuan(d), RegionCode.Shanghai, Ratio.Of(1, 2), []);
            DocumentResult<Probe> r = UnionJson.Read(UnionJson.Write(probe, ProbeContext.Default.Probe), ProbeContext.Default.Probe);
            return Math.Abs(d) <= InputLimits.MaxMoney
                ? r.IsValid && r.Value.Amount.Yuan == d && r.Value.Amount.ToString() == Money.FromYuan(d).ToString()
                : !r.IsValid && r.Issues[0].Path == "$.amount" && r.Issues[0].Key == "money.range";
        });
    }

    [Theory]
    [InlineData("1000000000000", true)]
    [InlineData("-1000000000000", true)]
    [InlineData("1000000000000.01", false)]
    [InlineData("-1000000000000.01", false)]
    public void The_money_limit_is_a_trillion_yuan_either_way(string amount, bool valid)
    {
        string json = Good.Replace("2540.50", amount, StringComparison.Ordinal);
        Assert.Equal(valid, UnionJson.Read(json, ProbeContext.Default.Probe).IsValid);
    }

    [Fact]
    public void Property_arbitrary_text_never_throws()
    {
        Gen.String.Sample(s => UnionJson.Read(s, ProbeContext.Default.Probe, new ProbeValidator()) is { } r && (r.IsValid || r.Issues.Count > 0));
        Gen.Char["{}[]\":,0123456789-.eE tnrufals"].Array[0, 60].Select(a => new string(a)).Sample(s =>
            UnionJson.Read(s, ProbeContext.Default.Probe, new ProbeValidator()) is { } r && (r.IsValid || r.Issues.Count > 0));
    }
}
