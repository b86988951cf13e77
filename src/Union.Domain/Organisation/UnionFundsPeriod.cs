using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Organisation;

/// <summary>
/// The payroll of one period for the union funds (工会经费计提期间), 工会法 第四十三条第一款第（二）项: the employer pays 2 % of
/// the monthly total payroll (工资总额) of ALL employees. The payroll is given by the six components of 关于工资总额组成的规定
/// 第四条; payments that 第十一条 puts outside the payroll may be listed too, and the calculation shows them left out.
/// </summary>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day (included); the period covers at least one month.</param>
/// <param name="Payroll">The payroll lines of all employees, each under one of the six components.</param>
/// <param name="NotPayroll">Payments of the period that are not payroll (第十一条), shown as left out.</param>
public sealed record UnionFundsPeriod(
    LocalDate From,
    LocalDate To,
    [property: InputCount(10_000)] IReadOnlyList<PayrollLine> Payroll,
    [property: InputCount(10_000)] IReadOnlyList<NotPayrollLine>? NotPayroll = null);

/// <summary>One payroll line of the period (工资总额项目), e.g. the month's basic wages of all employees.</summary>
/// <param name="Component">Which of the six components of 第四条 the line belongs to.</param>
/// <param name="Amount">The amount paid in the period, all employees together.</param>
/// <param name="Name">The employer's own name for it, e.g. 岗位工资.</param>
public sealed record PayrollLine(PayrollComponent Component, [property: InputRange(0, 1e12)] Money Amount, string? Name = null);

/// <summary>One payment of the period that is not payroll (不列入工资总额的项目), 关于工资总额组成的规定 第十一条.</summary>
/// <param name="Item">Which item of 第十一条 it falls under.</param>
/// <param name="Amount">The amount paid in the period.</param>
/// <param name="Name">The employer's own name for it, e.g. 解除劳动合同经济补偿.</param>
public sealed record NotPayrollLine(NotPayrollItem Item, [property: InputRange(0, 1e12)] Money Amount, string? Name = null);

/// <summary>The six components of the total payroll (工资总额的组成), 关于工资总额组成的规定 第四条, each defined in 第五条 to 第十条.</summary>
public enum PayrollComponent
{
    /// <summary>(一) 计时工资: time wages, 第五条 (basic and post wages of a structured wage, trainee pay, athletes' allowances).</summary>
    [JsonStringEnumMemberName("timeWages")]
    TimeWages = 1,

    /// <summary>(二) 计件工资: piece wages, 第六条 (piece rates, task contracts, sales or profit commissions).</summary>
    [JsonStringEnumMemberName("pieceWages")]
    PieceWages = 2,

    /// <summary>(三) 奖金: bonuses, 第七条 (production, saving and competition bonuses, other bonuses).</summary>
    [JsonStringEnumMemberName("bonuses")]
    Bonuses = 3,

    /// <summary>(四) 津贴和补贴: allowances and price subsidies, 第八条.</summary>
    [JsonStringEnumMemberName("allowancesAndSubsidies")]
    AllowancesAndSubsidies = 4,

    /// <summary>(五) 加班加点工资: overtime pay, 第九条.</summary>
    [JsonStringEnumMemberName("overtimePay")]
    OvertimePay = 5,

    /// <summary>(六) 特殊情况下支付的工资: pay in special circumstances, 第十条 (sick, injury, maternity, marriage and other leave pay; additional and retained wages).</summary>
    [JsonStringEnumMemberName("specialCircumstancesPay")]
    SpecialCircumstancesPay = 6,
}

/// <summary>
/// The fourteen items that are not payroll (不列入工资总额的范围), 关于工资总额组成的规定 第十一条; the number is the item's (项).
/// </summary>
public enum NotPayrollItem
{
    /// <summary>(一) Invention, natural-science and scientific-progress awards under State Council rules, rationalisation and technical-improvement awards, and bonuses of athletes and coaches (创造发明奖、自然科学奖、科学技术进步奖、合理化建议和技术改进奖、运动员和教练员的奖金).</summary>
    [JsonStringEnumMemberName("stateAwards")]
    StateAwards = 1,

    /// <summary>(二) Labour-insurance and employee-welfare costs (有关劳动保险和职工福利方面的各项费用).</summary>
    [JsonStringEnumMemberName("insuranceAndWelfare")]
    InsuranceAndWelfare = 2,

    /// <summary>(三) Benefits of retired and resigned staff (有关离休、退休、退职人员待遇的各项支出).</summary>
    [JsonStringEnumMemberName("retireeBenefits")]
    RetireeBenefits = 3,

    /// <summary>(四) Labour-protection spending (劳动保护的各项支出).</summary>
    [JsonStringEnumMemberName("labourProtection")]
    LabourProtection = 4,

    /// <summary>(五) Author's fees, lecture fees and other special-work fees (稿费、讲课费及其他专门工作报酬).</summary>
    [JsonStringEnumMemberName("authorAndLectureFees")]
    AuthorAndLectureFees = 5,

    /// <summary>(六) Travel meal allowances, missed-meal allowances, travel and settling-in costs of a transfer (出差伙食补助费、误餐补助、调动工作的旅费和安家费).</summary>
    [JsonStringEnumMemberName("travelAndRelocation")]
    TravelAndRelocation = 6,

    /// <summary>(七) Compensation for tools or animals employees bring (自带工具、牲畜的补偿费用).</summary>
    [JsonStringEnumMemberName("toolCompensation")]
    ToolCompensation = 7,

    /// <summary>(八) The risk compensation of a lessee running a leased business (承租人的风险性补偿收入).</summary>
    [JsonStringEnumMemberName("lesseeRiskIncome")]
    LesseeRiskIncome = 8,

    /// <summary>(九) Dividends and interest on the employer's shares and bonds held by employees (股息、股金分红和利息).</summary>
    [JsonStringEnumMemberName("dividendsAndInterest")]
    DividendsAndInterest = 9,

    /// <summary>
    /// (十) Medical and living subsidies and the like paid when a labour contract is ended (解除劳动合同时由企业支付的医疗补助费、生活补助费等):
    /// the payments on ending a contract, today's economic compensation (经济补偿, 劳动合同法 第四十六条) among them.
    /// </summary>
    [JsonStringEnumMemberName("terminationPayments")]
    TerminationPayments = 10,

    /// <summary>(十一) Fees paid to a labour supplier for temporary workers, beside their wages (录用临时工的手续费或管理费).</summary>
    [JsonStringEnumMemberName("temporaryLabourFees")]
    TemporaryLabourFees = 11,

    /// <summary>(十二) Processing fees of home workers and payments to subcontractors (家庭工人的加工费、承包单位的发包费用).</summary>
    [JsonStringEnumMemberName("outworkAndSubcontracting")]
    OutworkAndSubcontracting = 12,

    /// <summary>(十三) Allowances of students working at the enterprise (参加企业劳动的在校学生的补贴).</summary>
    [JsonStringEnumMemberName("studentAllowances")]
    StudentAllowances = 13,

    /// <summary>(十四) One-child allowances (计划生育独生子女补贴).</summary>
    [JsonStringEnumMemberName("oneChildAllowances")]
    OneChildAllowances = 14,
}
