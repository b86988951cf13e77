using System.Globalization;
using System.Text;
using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Domain.Validation;
using Union.Domain.WageNegotiation;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.WageNegotiation;

namespace Union.Fuzz.Tests;

/// <summary>
/// Every distinct exception the mutation runs found, as a named case: a small JSON input (Regressions/) that now gives a
/// clean issue at its JSON path, or a clean evaluation.
/// </summary>
public sealed class RegressionTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");

    [Theory]
    [InlineData("contract-negotiator-null.json", "$.negotiators[5]")]
    [InlineData("contract-wage-standard-null.json", "$.clauses.wageStandards[2]")]
    public void Null_inside_a_contract_list_is_an_issue(string file, string path) =>
        AssertIssue(CollectiveContractDocument.Read(Bytes(file), file).Issues, path, "array.null");

    [Theory]
    [InlineData("wage-grade-null.json", "$.grades[1]")]
    [InlineData("wage-component-null.json", "$.grades[0].components[3]")]
    public void Null_inside_a_wage_list_is_an_issue(string file, string path) =>
        AssertIssue(WageProposalJson.Read(Bytes(file), file).Issues, path, "array.null");

    [Theory]
    [InlineData("hardship-member-null.json", "$.members[2]")]
    [InlineData("hardship-income-null.json", "$.incomes[0]")]
    public void Null_inside_a_household_list_is_an_issue(string file, string path) =>
        AssertIssue(HardshipApplicationJson.Read(Bytes(file), file).Issues, path, "array.null");

    [Fact]
    public void A_parameter_given_as_null_is_an_issue() =>
        AssertIssue(ParameterLayer.Parse(Bytes("parameters-null.json"), "parameters-null.json").Issues, "$.parameters['wage.paidDaysPerMonth']", "value.null");

    [Fact]
    public void An_enum_given_as_an_integer_is_an_issue_listing_the_names()
    {
        ValidationIssue issue = AssertIssue(CollectiveContractDocument.Read(Bytes("contract-kind-integer.json")).Issues, "$.kind", "enum.number");
        Assert.Contains("comprehensive, special, industryWide, regional", issue.Message, StringComparison.Ordinal);

        ValidationIssue category = AssertIssue(HardshipApplicationJson.Read(Bytes("hardship-income-category-integer.json")).Issues, "$.incomes[0].category", "enum.number");
        Assert.Contains("residentsBasicPension", category.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_name_lists_the_allowed_names()
    {
        ValidationIssue issue = AssertIssue(CollectiveContractDocument.Read(Bytes("contract-kind-wrong-case.json")).Issues, "$.kind", "enum.unknown");
        Assert.Equal("Unknown value 'Comprehensive'; allowed: comprehensive, special, industryWide, regional.", issue.Message);
        Assert.Equal("未知取值 'Comprehensive'；可用取值：comprehensive, special, industryWide, regional。", issue.Render(Zh));
    }

    [Theory]
    [InlineData("wage-base-pay-decimal-max.json", "$.grades[0].basePay", "money.range")]
    [InlineData("wage-holiday-hours-7.9e28.json", "$.overtime.holidayHoursPerYear", "number.tooLarge")]
    public void Numbers_beyond_a_wage_field_are_an_issue(string file, string path, string key) =>
        AssertIssue(WageProposalJson.Read(Bytes(file), file).Issues, path, key);

    [Fact]
    public void An_income_of_decimal_max_is_an_issue() =>
        AssertIssue(HardshipApplicationJson.Read(Bytes("hardship-income-decimal-max.json")).Issues, "$.incomes[0].amount", "money.range");

    [Theory]
    [InlineData("contract-term-years-8000.json", "$.term.years", "number.tooLarge")]
    [InlineData("contract-term-years-100000.json", "$.term.years", "number.tooLarge")]
    [InlineData("contract-term-end-9999.json", "$.term.end", "date.range")]
    public void Terms_and_dates_at_the_calendars_end_are_an_issue(string file, string path, string key) =>
        AssertIssue(CollectiveContractDocument.Read(Bytes(file), file).Issues, path, key);

    [Fact]
    public void An_application_dated_9999_12_31_is_an_issue() =>
        AssertIssue(HardshipApplicationJson.Read(Bytes("hardship-application-9999.json")).Issues, "$.applicationDate", "date.range");

    [Theory]
    [InlineData("parameters-cycle-100000.json", "$.parameters['standard.minimumWage.monthly'].adjustmentCycleMonths", "number.tooLarge")]
    [InlineData("parameters-paid-days-zero.json", "$.parameters['wage.paidDaysPerMonth'].values[0].value", "parameter.valueRange")]
    [InlineData("parameters-income-window-zero.json", "$.parameters['hd.incomeWindow.months'].values[0].value", "parameter.valueRange")]
    [InlineData("parameters-reply-period-tiny.json", "$.parameters['cc.reply.period'].values[0].value", "parameter.valueRange")]
    [InlineData("parameters-hours-per-day-tiny.json", "$.parameters['wage.hoursPerDay'].values[0].value", "parameter.valueRange")]
    [InlineData("parameters-unit-bypass.json", "$.parameters['wage.paidDaysPerMonth'].values[0].value", "parameter.valueRange")]
    [InlineData("parameters-min-years-8000.json", "$.parameters['cc.term.minYears'].values[0].value", "parameter.valueRange")]
    [InlineData("parameters-review-months-100000.json", "$.parameters['hd.review.months'].values[0].value", "parameter.valueRange")]
    [InlineData("parameters-years-100000.json", "$.parameters['ls.writtenContract.deemedOpenEndedAfter'].values[0].value", "parameter.valueRange")]
    public void Parameter_values_that_make_no_sense_in_their_unit_are_an_issue(string file, string path, string key)
    {
        ValidationIssue issue = AssertIssue(ParameterLayer.Parse(Bytes(file), file).Issues, path, key);
        Assert.NotNull(issue.Line);
    }

    [Fact]
    public void A_headcount_of_1e400_says_the_number_is_too_large_for_the_field()
    {
        ValidationIssue issue = AssertIssue(CollectiveContractDocument.Read(Bytes("contract-headcount-1e400.json")).Issues, "$.employer.headcount", "number.tooLarge");
        Assert.Equal("Number too large for this field (at most 10000000).", issue.Message);
        Assert.Equal(1, issue.Line);
        Assert.Equal(39, issue.Column);
    }

    [Fact]
    public void A_number_where_true_or_false_belongs_says_so()
    {
        ValidationIssue issue = AssertIssue(CollectiveContractDocument.Read(Bytes("contract-chief-number.json")).Issues, "$.signing.employeeChief", "type.mismatch");
        Assert.Equal("Expected true or false, found a number.", issue.Message);
        Assert.Equal("应为 true 或 false，实际为一个数字。", issue.Render(Zh));
    }

    [Fact]
    public void A_byte_0xFF_inside_a_string_is_invalid_utf8_with_its_offset_never_replaced()
    {
        byte[] bytes = [.. "{\"title\":\"集体"u8, 0xFF, .. "合同\"}"u8];
        ValidationIssue issue = AssertIssue(CollectiveContractDocument.Read(bytes, "x.json").Issues, "$", "encoding.invalidUtf8");
        Assert.Contains("0xFF at offset 16", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gbk_file_is_invalid_utf8_with_the_iconv_hint()
    {
        byte[] gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(CollectiveContractDocument.Example);
        ValidationIssue issue = AssertIssue(CollectiveContractDocument.Read(gbk, "gbk.json").Issues, "$", "encoding.gbk");
        Assert.Contains("iconv -f GBK -t UTF-8", issue.Message, StringComparison.Ordinal);
        Assert.Contains("GBK", issue.Render(Zh), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_already_decoded_with_replacement_characters_is_an_issue() =>
        AssertIssue(CollectiveContractDocument.Read("{\"title\":\"集体\uFFFD合同\"}").Issues, "$", "encoding.replacement");

    [Fact]
    public void A_byte_order_mark_is_fine()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(CollectiveContractDocument.Example)];
        Assert.True(CollectiveContractDocument.Read(bytes).IsValid);
    }

    [Fact]
    public void A_four_year_term_is_valid_input_that_a_rule_reports()
    {
        DocumentResult<CollectiveContract> read = CollectiveContractDocument.Read(Bytes("contract-four-year-term.json"));
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var result = Union.Rules.CollectiveContracts.CollectiveContractDomain.Default.Evaluate(read.Value, new LocalDate(2026, 11, 25), JurisdictionProfile.National);
        Assert.Contains(result.Report.Findings, f => f.MessageKey == "CC-TERM.long");
    }

    [Fact]
    public void A_wage_below_the_minimum_is_valid_input_that_a_rule_reports()
    {
        DocumentResult<WageProposal> read = WageProposalJson.Read(Bytes("wage-below-minimum.json"));
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var review = Union.Rules.WageNegotiation.WageNegotiationDomain.Default.Evaluate(read.Value, new LocalDate(2026, 11, 25), JurisdictionProfile.For(read.Value.Region));
        Assert.Contains(review.Report.Findings, f => f.MessageKey == "WN-MINWAGE-MONTHLY.below");
    }

    [Fact]
    public void Costing_a_term_before_the_parameters_were_in_force_names_the_missing_parameter()
    {
        WageProposal early = WageProposalExamples.Lawful with { Term = new WageTerm(new LocalDate(1970, 1, 1), new LocalDate(1972, 12, 31)) };
        var ex = Assert.Throws<ParameterNotInForceException>(() => WageCosting.Cost(early, JurisdictionProfile.For(RegionCode.Shanghai)));
        Assert.Contains("1970-01-01", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(Union.Rules.WageNegotiation.WageNegotiationDomain.Default.Evaluate(early, new LocalDate(2026, 11, 25), JurisdictionProfile.For(RegionCode.Shanghai)).Report);
    }

    [Fact]
    public void A_proposal_at_every_limit_is_reviewed_and_costed_without_overflow()
    {
        var grade = new PayGrade(
            "满额",
            5_000_000,
            Money.FromYuan(InputLimits.MaxMoney),
            Enumerable.Range(0, 100).Select(i => new PayComponent(i % 2 == 0 ? PayComponentKind.Bonus : PayComponentKind.NightShiftAllowance, Money.FromYuan(InputLimits.MaxMoney / 100))).ToArray(),
            EmployeeContributions: Money.FromYuan(InputLimits.MaxMoney),
            ProbationPay: Money.FromYuan(InputLimits.MaxMoney),
            OvertimeHourlyBase: Money.FromYuan(InputLimits.MaxMoney));
        var proposal = new WageProposal(
            RegionCode.Parse("440100"),
            2026,
            new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2125, 12, 31)),
            [grade, grade with { Name = "无额", Headcount = 0, BasePay = Money.Zero, Components = null }],
            Adjustments: Enumerable.Range(1, 100).Select(y => new YearAdjustment(y, 0m, Money.Zero, LumpSumPerPerson: Money.FromYuan(InputLimits.MaxMoney))).ToArray(),
            PartTimeRates: [new PartTimeRate("时薪", Money.FromYuan(InputLimits.MaxMoney), 5_000_000, InputLimits.HoursPerMonth)],
            Overtime: new OvertimeTerms(WorkingTimeSystem.Standard, null, 100m, 100m, 100m, 24m, 744m, true, 8784m, 8784m, 8784m, 8784m),
            Enterprise: new EnterpriseSituation(1_000_000m, false, false, 1_000_000m, Money.FromYuan(InputLimits.MaxMoney)));
        DocumentResult<WageProposal> read = WageProposalJson.Read(WageProposalJson.Write(proposal));
        Assert.True(read.IsValid, string.Join("; ", read.Issues));

        DocumentResult<ParameterLayer> least = ParameterLayer.Parse("""
            { "parameters": {
              "wage.paidDaysPerMonth": { "description": "计薪天数", "descriptionEn": "paid days", "unit": "day", "values": [ { "from": "2020-01-01", "value": 1, "source": "test" } ] },
              "wage.hoursPerDay": { "description": "每日工时", "descriptionEn": "hours a day", "unit": "hour", "values": [ { "from": "2020-01-01", "value": 1, "source": "test" } ] },
              "union.funds.rate": { "description": "工会经费", "descriptionEn": "union funds", "unit": "ratio", "values": [ { "from": "2020-01-01", "value": 1, "source": "test" } ] },
              "overtime.workdayRate": { "description": "倍数", "descriptionEn": "rate", "unit": "multiple", "comparison": "atLeast", "values": [ { "from": "2020-01-01", "value": 100, "source": "test" } ] },
              "overtime.restDayRate": { "description": "倍数", "descriptionEn": "rate", "unit": "multiple", "comparison": "atLeast", "values": [ { "from": "2020-01-01", "value": 100, "source": "test" } ] },
              "overtime.holidayRate": { "description": "倍数", "descriptionEn": "rate", "unit": "multiple", "comparison": "atLeast", "values": [ { "from": "2020-01-01", "value": 100, "source": "test" } ] }
            } }
            """, "least.json");
        Assert.True(least.IsValid, string.Join("; ", least.Issues));
        JurisdictionProfile profile = JurisdictionProfile.For(read.Value.Region).WithLayers(least.Value);
        var review = Union.Rules.WageNegotiation.WageNegotiationDomain.Default.Evaluate(read.Value, new LocalDate(2026, 11, 25), profile);
        Assert.NotEmpty(review.Report.Findings);
        CostReport cost = WageCosting.Cost(read.Value, profile);
        Assert.True(cost.Total.Total > Money.Zero);
    }

    [Fact]
    public void A_household_at_every_limit_is_assessed_without_overflow()
    {
        Money max = Money.FromYuan(InputLimits.MaxMoney);
        HardshipApplication household = Union.Rules.Hardship.HardshipExamples.Household with
        {
            Members = Enumerable.Range(0, 100).Select(i => new HouseholdMember { Relationship = i == 0 ? Relationship.Self : Relationship.Other, BirthDate = new LocalDate(1900, 1, 1).PlusDays(i * 400) }).ToArray(),
            Incomes = Enumerable.Range(0, 10_000).Select(i => new IncomeRecord { Category = (IncomeCategory)(i % 12), Amount = max, Received = new LocalDate(2025, 1, 1) }).ToArray(),
            Expenditures = Enumerable.Range(0, 10_000).Select(i => new RigidExpenditure { Category = (ExpenditureCategory)(i % 6), Amount = max, Paid = new LocalDate(2025, 1, 1) }).ToArray(),
            Accidents = Enumerable.Range(0, 1_000).Select(i => new AccidentEvent { Date = new LocalDate(2025, 1, 1), Losses = max, Compensation = max, Insurance = max, Aid = max }).ToArray(),
        };
        string json = System.Text.Json.JsonSerializer.Serialize(household, Union.Domain.Serialization.DomainJsonContext.Default.HardshipApplication);
        DocumentResult<HardshipApplication> read = HardshipApplicationJson.Read(json);
        Assert.True(read.IsValid, string.Join("; ", read.Issues.Take(3)));
        var assessment = Union.Rules.Hardship.HardshipEngine.Default.Assess(read.Value, read.Value.ApplicationDate, JurisdictionProfile.For(RegionCode.Beijing));
        Assert.NotNull(Union.Rules.Engine.Reporting.ReviewReport.From("hardship", assessment.Report, Union.Rules.Hardship.HardshipDomain.OutcomeOf(assessment), Zh).ToText());
    }

    [Fact]
    public void Adjustments_that_compound_pay_beyond_the_money_limit_are_an_issue()
    {
        var proposal = WageProposalExamples.Lawful with
        {
            Term = new WageTerm(new LocalDate(2026, 1, 1), new LocalDate(2055, 12, 31)),
            Adjustments = Enumerable.Range(1, 30).Select(y => new YearAdjustment(y, 1_000m)).ToArray(),
        };
        DocumentResult<WageProposal> read = WageProposalJson.Read(WageProposalJson.Write(proposal));
        AssertIssue(read.Issues, "$.grades[0]", "wage.payBeyondLimit");

        var many = WageProposalExamples.Lawful with { Grades = [.. WageProposalExamples.Lawful.Grades, WageProposalExamples.Lawful.Grades[0] with { Name = "多", Headcount = InputLimits.MaxHeadcount }] };
        AssertIssue(WageProposalJson.Read(WageProposalJson.Write(many)).Issues, "$.grades", "wage.headcountTotal");
    }

    [Fact]
    public void Every_message_names_the_same_placeholders_in_both_languages()
    {
        static IEnumerable<string> Names(string template) => Messages.Placeholders(template).Select(p => p is "rangeZh" ? "range" : p).Order();
        foreach ((string key, string zh, string en) in InputMessages.Entries)
        {
            Assert.True(Names(zh).SequenceEqual(Names(en)), key);
        }
    }

    private static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Regressions", file));

    private static ValidationIssue AssertIssue(IReadOnlyList<ValidationIssue> issues, string path, string key)
    {
        ValidationIssue? issue = issues.FirstOrDefault(i => i.Path == path && i.Key == key);
        Assert.True(issue is not null, $"expected {key} at {path}; got: {string.Join(" | ", issues.Select(i => $"{i.Key} {i})"))}");
        Assert.Contains(path, issue.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("{", issue.Render(Zh).Replace("{ … }", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        return issue;
    }
}
