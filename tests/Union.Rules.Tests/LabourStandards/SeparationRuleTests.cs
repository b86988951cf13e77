using System.Globalization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;
using static Union.Rules.Tests.LabourStandards.SeparationProfiles;

namespace Union.Rules.Tests.LabourStandards;

/// <summary>LS-WRITTEN-CONTRACT, LS-COMPENSATION and LS-DISPUTE on labour files built in code: findings, citations, outputs and arguments.</summary>
public sealed class SeparationRuleTests
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private static readonly RuleSet<LabourFile> Rules = new(SeparationCatalog.Rules);

    private static RuleReport Run(LabourFile file, LocalDate asOf, JurisdictionProfile? profile = null) => Rules.Evaluate(file, asOf, profile ?? BeijingWithAverage);

    private static LabourFile File(params EmploymentRecord[] employees) => new(RegionCode.Beijing, "测试公司", Employees: employees);

    [Fact]
    public void The_catalog_holds_the_three_codes_with_their_severities_and_titles()
    {
        Assert.Equal(["LS-WRITTEN-CONTRACT", "LS-COMPENSATION", "LS-DISPUTE"], SeparationCatalog.Rules.Select(r => r.Code));
        Assert.Equal([Severity.Violation, Severity.Info, Severity.Info], SeparationCatalog.Rules.Select(r => r.Severity));
        Assert.All(SeparationCatalog.Rules, r => Assert.True(Messages.Default.Contains(r.Code + ".title")));
        Assert.Equal("《劳动合同法》第十条第二款", SeparationCatalog.Rules[0].Citations[0].ToChinese());
        Assert.Equal("《劳动合同法》第四十七条", SeparationCatalog.Rules[1].Citations[0].ToChinese());
        Assert.Equal("《劳动争议调解仲裁法》第二十七条", SeparationCatalog.Rules[2].Citations[0].ToChinese());
    }

    [Fact]
    public void A_contract_signed_on_the_last_day_of_the_month_passes_and_the_day_after_is_a_violation_with_no_double_wage()
    {
        RuleReport inTime = Run(File(new EmploymentRecord(D(2026, 1, 31), Name: "张三", ContractSigned: D(2026, 2, 28), MonthlyWage: Y(8000m))), D(2026, 6, 1));
        Assert.DoesNotContain(inTime.Findings, f => f.IsViolation);
        Assert.True(inTime.TryGet(SeparationOutputs.DoubleWage(0), out DoubleWageResult r));
        Assert.Equal(WrittenContractStatus.SignedInTime, r.Status);
        Assert.Contains(inTime.Outputs, o => o.Name == "employees[0].signingDue" && (LocalDate)o.Value! == D(2026, 2, 28));

        RuleReport late = Run(File(new EmploymentRecord(D(2026, 1, 31), Name: "张三", ContractSigned: D(2026, 3, 1), MonthlyWage: Y(8000m))), D(2026, 6, 1));
        Finding v = Assert.Single(late.Findings, f => f.IsViolation);
        Assert.Equal("LS-WRITTEN-CONTRACT.late", v.MessageKey);
        Assert.Equal("$.employees[0].contractSigned", v.Path);
        Assert.Equal("2026-02-28", v.Argument("due"));
        Assert.Equal("张三：2026-01-31 用工，2026-03-01 才订立书面劳动合同，超过一个月（最迟应为 2026-02-28）。", v.Render(Zh));
        Assert.Equal("《劳动合同法》第十条第二款", v.Citation.ToChinese());
        Finding none = Assert.Single(late.Findings, f => f.MessageKey == "LS-WRITTEN-CONTRACT.noDoubleWage");
        Assert.Equal("《劳动合同法实施条例》第六条第二款", none.Citation.ToChinese());
    }

    [Fact]
    public void A_contract_never_signed_gives_the_double_wage_and_the_deemed_open_ended_contract()
    {
        RuleReport report = Run(File(new EmploymentRecord(D(2025, 1, 6), Id: "E-7", MonthlyWage: Y(9000m))), D(2026, 6, 1));
        Finding v = Assert.Single(report.Findings, f => f.IsViolation);
        Assert.Equal("LS-WRITTEN-CONTRACT.missing", v.MessageKey);
        Finding wage = Assert.Single(report.Findings, f => f.MessageKey == "LS-WRITTEN-CONTRACT.doubleWage");
        Assert.Equal("2025-02-07", wage.Argument("from"));
        Assert.Equal("2026-01-05", wage.Argument("to"));
        Assert.Equal("10", wage.Argument("months"));
        Assert.Equal("30", wage.Argument("days"));
        string amount = (Y(9000m) * ((10m * 21.75m) + 21m) / 21.75m).ToString();
        Assert.Equal(amount, wage.Argument("amount"));
        Assert.StartsWith("98689.655172413793103448275", amount, StringComparison.Ordinal);
        Assert.Equal($"E-7: double wage from 2025-02-07 to 2026-01-05, 10 months and 30 days; at a monthly wage of 9,000 yuan, {Messages.FormatAmount(amount)} yuan is owed on top of the wage paid.", wage.Render(En));
        Finding deemed = Assert.Single(report.Findings, f => f.MessageKey == "LS-WRITTEN-CONTRACT.deemedOpenEnded");
        Assert.Equal("2026-01-06", deemed.Argument("date"));
        Assert.Equal("《劳动合同法》第十四条第三款", deemed.Citation.ToChinese());
        Assert.Contains(report.Outputs, o => o.Name == "employees[0].deemedOpenEndedFrom" && (LocalDate)o.Value! == D(2026, 1, 6));
        Assert.Contains(report.Outputs, o => o.Name == "employees[0].doubleWageTo" && (LocalDate)o.Value! == D(2026, 1, 5));
        Assert.Contains(report.Trace.Single(n => n.Code == "LS-WRITTEN-CONTRACT").Parameters, p => p.Name == "ls.writtenContract.period");
    }

    [Fact]
    public void Within_the_first_month_the_due_day_is_reported_without_a_violation()
    {
        RuleReport report = Run(File(new EmploymentRecord(D(2026, 5, 20))), D(2026, 6, 1));
        Assert.DoesNotContain(report.Findings, f => f.IsViolation);
        Assert.Equal("2026-06-20", Assert.Single(report.Findings, f => f.MessageKey == "LS-WRITTEN-CONTRACT.due").Argument("due"));
    }

    [Fact]
    public void A_missing_wage_leaves_the_double_wage_amount_not_assessed()
    {
        RuleReport report = Run(File(new EmploymentRecord(D(2026, 1, 5))), D(2026, 4, 15));
        Assert.Contains(report.Findings, f => f.MessageKey == "LS-WRITTEN-CONTRACT.doubleWagePeriod");
        Assert.Contains(report.Findings, f => f.MessageKey == "engine.inputMissing" && f.Path == "$.employees[0].monthlyWage");
        Assert.Contains(report.Findings, f => f.MessageKey == "LS-WRITTEN-CONTRACT.running");
    }

    [Fact]
    public void Compensation_is_computed_per_separated_employee_with_its_floor_cap_and_damages()
    {
        var wages = Enumerable.Repeat(Y(40000m), 12).ToArray();
        LabourFile file = File(
            new EmploymentRecord(D(2012, 7, 1), Name: "高薪", ContractSigned: D(2012, 7, 1), Separation: new Separation(D(2025, 12, 31), SeparationGround.EconomicLayoff, wages)),
            new EmploymentRecord(D(2025, 10, 1), Name: "低薪", ContractSigned: D(2025, 10, 1), Separation: new Separation(D(2026, 3, 31), SeparationGround.EmployerWithNotice, [Y(2000m), Y(2500m), Y(2600m)])),
            new EmploymentRecord(D(2020, 1, 1), Name: "违法", ContractSigned: D(2020, 1, 1), Separation: new Separation(D(2025, 12, 31), SeparationGround.UnlawfulDissolution, [Y(10000m)])),
            new EmploymentRecord(D(2020, 1, 1), Name: "辞职", ContractSigned: D(2020, 1, 1), Separation: new Separation(D(2025, 12, 31), SeparationGround.EmployeeResigned)),
            new EmploymentRecord(D(2020, 1, 1), Name: "在职", ContractSigned: D(2020, 1, 1)));
        RuleReport report = Run(file, D(2026, 6, 1));
        Finding[] mine = [.. report.For("LS-COMPENSATION")];
        Assert.All(mine, f => Assert.Equal(Severity.Info, f.Severity));

        Assert.True(report.TryGet(SeparationOutputs.Compensation(0), out CompensationResult high));
        Assert.Equal(ThresholdOutcome.Applied, high.Cap);
        Assert.Equal(12m, high.MonthsCounted);
        Assert.Equal(Y(432000m), high.Amount);
        Finding cap = Assert.Single(mine, f => f.MessageKey == "LS-COMPENSATION.cap");
        Assert.Equal("《劳动合同法》第四十七条第二款", cap.Citation.ToChinese());
        Assert.Equal("36000", cap.Argument("threshold"));

        Assert.True(report.TryGet(SeparationOutputs.Compensation(1), out CompensationResult low));
        Assert.Equal(ThresholdOutcome.Applied, low.Floor);
        Assert.Equal(Y(2540m), low.Amount);
        Assert.Equal("《劳动合同法实施条例》第二十七条", Assert.Single(mine, f => f.MessageKey == "LS-COMPENSATION.floor").Citation.ToChinese());

        Assert.True(report.TryGet(SeparationOutputs.Compensation(2), out CompensationResult unlawful));
        Assert.Equal(Y(120000m), unlawful.Payable);
        Finding damages = Assert.Single(mine, f => f.MessageKey == "LS-COMPENSATION.damages");
        Assert.Equal("《劳动合同法》第八十七条", damages.Citation.ToChinese());
        Assert.Equal("120000", damages.Argument("damages"));

        Finding notOwed = Assert.Single(mine, f => f.MessageKey == "LS-COMPENSATION.notOwed");
        Assert.Equal("《劳动合同法》第三十七条", notOwed.Citation.ToChinese());
        Assert.Equal("辞职：劳动者提前通知解除（第三十七条），不支付经济补偿。", notOwed.Render(Zh));
        Assert.Equal("辞职: the employee resigned with notice (art. 37); no economic compensation is owed.", notOwed.Render(En));
        Assert.False(report.TryGet(SeparationOutputs.Compensation(3), out _));
        Assert.False(report.TryGet(SeparationOutputs.Compensation(4), out _));
        Assert.Equal(3, mine.Count(f => f.MessageKey == "LS-COMPENSATION.amount"));
    }

    [Fact]
    public void Without_the_local_average_the_compensation_is_not_assessed_naming_the_parameter()
    {
        LabourFile file = File(new EmploymentRecord(D(2020, 1, 1), ContractSigned: D(2020, 1, 1), Separation: new Separation(D(2025, 12, 31), SeparationGround.EconomicLayoff, [Y(20000m)])));
        RuleReport report = Run(file, D(2026, 6, 1), Beijing);
        Assert.Contains(report.Findings, f => f.MessageKey == "engine.parameterMissing" && f.Argument("parameter") == "ls.compensation.averageMonthlyWage");
        Finding undecided = Assert.Single(report.Findings, f => f.MessageKey == "LS-COMPENSATION.undecided");
        Assert.Equal("120000", undecided.Argument("unchecked"));
        Assert.Equal(ReviewVerdict.Incomplete, report.Verdict);
    }

    [Fact]
    public void Missing_wages_of_a_ground_that_owes_compensation_are_a_missing_input()
    {
        RuleReport report = Run(File(new EmploymentRecord(D(2020, 1, 1), ContractSigned: D(2020, 1, 1), Separation: new Separation(D(2025, 12, 31), SeparationGround.FixedTermExpired))), D(2026, 6, 1));
        Assert.Contains(report.Findings, f => f.MessageKey == "engine.inputMissing" && f.Path == "$.employees[0].separation.lastTwelveMonthsWages");
    }

    [Fact]
    public void Disputes_give_each_date_with_its_article_and_a_late_application_is_time_barred_not_a_violation()
    {
        var file = new LabourFile(RegionCode.Beijing, Disputes:
        [
            new DisputeCase(KnewOfInfringement: D(2025, 3, 1), ClaimAmount: Y(30480m), ClaimKind: DisputeClaimKind.EconomicCompensation, ArbitrationApplied: D(2026, 3, 3), ArbitrationAccepted: D(2026, 3, 6), AwardMade: D(2026, 4, 10), AwardServed: D(2026, 9, 16)),
            new DisputeCase(KnewOfInfringement: D(2025, 10, 1), Id: "劳仲-2"),
        ]);
        RuleReport report = Run(file, D(2026, 11, 1));
        Assert.DoesNotContain(report.Findings, f => f.IsViolation);
        Finding barred = Assert.Single(report.Findings, f => f.MessageKey == "LS-DISPUTE.timeBarred");
        Assert.Equal(Severity.Info, barred.Severity);
        Assert.Equal("$.disputes[0].arbitrationApplied", barred.Path);
        Assert.Equal("2026-03-02", barred.Argument("end"));
        Finding final = Assert.Single(report.Findings, f => f.MessageKey == "LS-DISPUTE.finalAward");
        Assert.Equal("《劳动争议调解仲裁法》第四十七条第（一）项", final.Citation.ToChinese());
        Assert.Equal("30480", final.Argument("limit"));
        Assert.Contains(report.Findings, f => f.MessageKey == "LS-DISPUTE.employeeSuitDue" && f.Argument("date") == "2026-10-08" && f.Citation.ToChinese() == "《劳动争议调解仲裁法》第四十八条");
        Assert.Contains(report.Findings, f => f.MessageKey == "LS-DISPUTE.setAsideDue" && f.Argument("date") == "2026-10-16");
        Finding moved = Assert.Single(report.Findings, f => f.MessageKey == "LS-DISPUTE.moved" && f.Path == "$.disputes[1].knewOfInfringement");
        Assert.Equal("《民法典》第二百零三条", moved.Citation.ToChinese());
        Assert.Equal("仲裁时效期间的名义届满日 2026-10-01 为休息日（国庆节），顺延至 2026-10-08。", moved.Render(Zh));
        Assert.Contains(report.Outputs, o => o.Name == "disputes[1].limitationEnds" && (LocalDate)o.Value! == D(2026, 10, 8));
        Assert.Contains(report.Findings, f => f.MessageKey == "LS-DISPUTE.limitationEnds" && f.Render(En) == "The limitation of 1 year runs from 2025-10-01 and ends on 2026-10-08.");
        Assert.True(report.TryGet(SeparationOutputs.Dispute(0), out DisputeDeadlinesResult first));
        Assert.True(first.TimeBarred);
    }

    [Fact]
    public void Files_without_employees_or_disputes_are_not_applicable()
    {
        RuleReport report = Run(new LabourFile(RegionCode.Beijing), D(2026, 6, 1));
        Assert.Empty(report.Findings);
        Assert.All(report.Trace, n => Assert.Equal(RuleStatus.NotApplicable, n.Status));
    }
}
