using FluentValidation.Results;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Domain.Serialization;
using Union.Domain.Validation;

namespace Union.Domain.Tests.LabourStandards;

/// <summary>The structural checks of a separation and a dispute: impossible orders of dates and negative amounts are issues with a path; unlawful facts are valid input.</summary>
public sealed class SeparationValidatorTests
{
    private static IReadOnlyList<ValidationIssue> Issues<T>(FluentValidation.IValidator<T> validator, T value) =>
        [.. validator.Validate(value).Errors.Select(e => UnionJson.FromFailure(e, "test.json"))];

    [Fact]
    public void An_unlawful_dismissal_without_wages_is_valid_input()
    {
        Assert.Empty(Issues(new SeparationValidator(new LocalDate(2020, 1, 1)), new Separation(new LocalDate(2025, 12, 31), SeparationGround.UnlawfulDissolution)));
    }

    [Fact]
    public void An_end_before_the_start_and_a_negative_wage_are_issues_with_their_paths()
    {
        var separation = new Separation(new LocalDate(2019, 12, 31), SeparationGround.EconomicLayoff, [Money.FromYuan(5000m), Money.FromYuan(-1m)], ServiceStart: new LocalDate(2020, 2, 1));
        IReadOnlyList<ValidationIssue> issues = Issues(new SeparationValidator(new LocalDate(2020, 1, 1)), separation);
        Assert.Contains(issues, i => i.Path == "$.date" && i.Key == "separation.beforeStart");
        Assert.Contains(issues, i => i.Path == "$.lastTwelveMonthsWages[1]" && i.Key == "separation.negativeWage");
        Assert.Contains(issues, i => i.Path == "$.serviceStart" && i.Key == "separation.serviceStartAfterEnd");
        Assert.Equal("解除或者终止之日早于用工之日。", issues.First(i => i.Key == "separation.beforeStart").Render(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")));
    }

    [Fact]
    public void The_end_on_the_first_day_of_employment_is_valid()
    {
        Assert.Empty(Issues(new SeparationValidator(new LocalDate(2020, 1, 1)), new Separation(new LocalDate(2020, 1, 1), SeparationGround.EmployeeResigned)));
    }

    [Fact]
    public void A_late_application_is_valid_and_dates_in_an_impossible_order_are_not()
    {
        var late = new DisputeCase(KnewOfInfringement: new LocalDate(2020, 1, 1), ArbitrationApplied: new LocalDate(2026, 1, 1));
        Assert.Empty(Issues(new DisputeCaseValidator(), late));

        var wrong = new DisputeCase(
            ClaimAmount: Money.FromYuan(-5m),
            MediationApplied: new LocalDate(2026, 3, 10),
            MediationEnded: new LocalDate(2026, 3, 9),
            ArbitrationApplied: new LocalDate(2026, 4, 1),
            ArbitrationAccepted: new LocalDate(2026, 3, 31),
            AwardMade: new LocalDate(2026, 3, 30),
            AwardServed: new LocalDate(2026, 3, 29));
        IReadOnlyList<ValidationIssue> issues = Issues(new DisputeCaseValidator(), wrong);
        Assert.Contains(issues, i => i.Path == "$.claimAmount" && i.Key == "rule.atLeast");
        Assert.Contains(issues, i => i.Path == "$.mediationEnded" && i.Key == "dispute.mediationOrder");
        Assert.Contains(issues, i => i.Path == "$.arbitrationAccepted" && i.Key == "dispute.acceptanceOrder");
        Assert.Contains(issues, i => i.Path == "$.awardMade" && i.Key == "dispute.awardOrder");
        Assert.Contains(issues, i => i.Path == "$.awardServed" && i.Key == "dispute.serviceOrder");
    }

    [Fact]
    public void Grounds_and_claim_kinds_read_and_write_by_their_names()
    {
        string json = """{ "region": "110000", "employees": [ { "started": "2020-01-01", "separation": { "date": "2025-12-31", "ground": "fixedTermExpiredRenewalDeclined", "lastTwelveMonthsWages": [ 8000.50 ], "reinstatementSought": false } } ], "disputes": [ { "claimKind": "workInjuryMedicalCosts", "claimAmount": 100, "interruptions": [ "2025-06-01" ] } ] }""";
        DocumentResult<LabourFile> read = UnionJson.Read(json, DomainJsonContext.Default.LabourFile);
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        Assert.Equal(SeparationGround.FixedTermExpiredRenewalDeclined, read.Value!.Employees![0].Separation!.Ground);
        Assert.Equal(DisputeClaimKind.WorkInjuryMedicalCosts, read.Value.Disputes![0].ClaimKind);
        string written = UnionJson.Write(read.Value, DomainJsonContext.Default.LabourFile);
        Assert.Contains("\"ground\":\"fixedTermExpiredRenewalDeclined\"", written);
        Assert.Contains("8000.50", written);

        DocumentResult<LabourFile> bad = UnionJson.Read(json.Replace("fixedTermExpiredRenewalDeclined", "fired", StringComparison.Ordinal), DomainJsonContext.Default.LabourFile);
        Assert.False(bad.IsValid);
        Assert.Contains(bad.Issues, i => i.Path == "$.employees[0].separation.ground");
        DocumentResult<LabourFile> tooMany = UnionJson.Read(json.Replace("[ 8000.50 ]", "[" + string.Join(",", Enumerable.Repeat("1", 13)) + "]", StringComparison.Ordinal), DomainJsonContext.Default.LabourFile);
        Assert.False(tooMany.IsValid);
    }
}
