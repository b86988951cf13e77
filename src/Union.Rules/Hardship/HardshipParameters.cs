using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// The parameters the hardship rules read (困难职工认定参数). No national instrument sets these numbers: the national profile
/// carries the common template of the local texts (邢台 2021, 青岛, 平顶山, 江门 2025), marked as such, and a region overrides
/// them. The values and their sources are in the data.
/// </summary>
public static class HardshipParameters
{
    /// <summary>
    /// The local urban subsistence allowance (城市最低生活保障标准, 低保), yuan a person a month: the line of the income tests. No
    /// national value exists, yet the handle is not regional-only: without a local 低保 no category can be assessed, and the
    /// report says so.
    /// </summary>
    public static readonly Parameter<decimal> SubsistenceAllowance = LabourStandards.LabourStandardParameters.SubsistenceAllowanceUrban;

    /// <summary>The local monthly minimum wage (月最低工资标准), imputed to a working-age member who could work (HD-IMPUTED).</summary>
    public static readonly Parameter<decimal> MinimumWageMonthly = LabourStandards.LabourStandardParameters.MinimumWageMonthly;

    /// <summary>深度困难: the multiple of the 低保 the per-head income is compared with, and how (template: 低于, &lt; 1 ×).</summary>
    public static readonly Parameter<decimal> DeepMultiplier = Parameter.Number("hd.deep.multiplier");

    /// <summary>相对困难: the multiple of the 低保 the per-head income is compared with, and how (template: 低于…2倍以内, &lt; 2 ×).</summary>
    public static readonly Parameter<decimal> RelativeMultiplier = Parameter.Number("hd.relative.multiplier");

    /// <summary>意外致困: the share of the annual household income the year's net losses are compared with (template: 超过…80%以上, &gt; 4/5).</summary>
    public static readonly Parameter<Ratio> AccidentLossRatio = Parameter.Ratio("hd.accident.lossRatio");

    /// <summary>收入计算期: the months before the application over which income is counted, and the divisor of the per-head formula (template 12).</summary>
    public static readonly Parameter<decimal> IncomeWindowMonths = Parameter.Number("hd.incomeWindow.months");

    /// <summary>农民工: the fewest whole years of (de facto) employment of a migrant-worker applicant (template: 一年以上, ≥ 1).</summary>
    public static readonly Parameter<decimal> MigrantMinEmploymentYears = Parameter.Number("hd.migrant.minEmploymentYears");

    /// <summary>家庭收入: the income categories counted (<see cref="IncomeCategory"/> JSON names); a record's category decides.</summary>
    public static readonly Parameter<IReadOnlyList<string>> CountedIncomeCategories = Parameter.List("hd.income.countedCategories");

    /// <summary>刚性支出: the expenditure categories deducted in the deep-hardship test (<see cref="ExpenditureCategory"/> JSON names; template: without 必要就业成本).</summary>
    public static readonly Parameter<IReadOnlyList<string>> DeepDeductedCategories = Parameter.List("hd.rigid.deductedCategories.deep");

    /// <summary>刚性支出: the expenditure categories deducted in the relative-hardship test (<see cref="ExpenditureCategory"/> JSON names; template: with 必要就业成本).</summary>
    public static readonly Parameter<IReadOnlyList<string>> RelativeDeductedCategories = Parameter.List("hd.rigid.deductedCategories.relative");

    /// <summary>排除性条件: the multiple of the same-level public school's fees above which a private school is 高收费 (template: 超过…2倍).</summary>
    public static readonly Parameter<decimal> PrivateSchoolFeeRatio = Parameter.Number("hd.exclusion.privateSchoolFeeRatio");

    /// <summary>排除性条件: the number of homes from which the housing exclusion applies (template: 2套(含)以上, ≥ 2).</summary>
    public static readonly Parameter<decimal> MinHomes = Parameter.Number("hd.exclusion.minHomes");

    /// <summary>
    /// 排除性条件: the local per-head housing area (当地人均住房面积, m²) the household's per-head area must exceed. No national
    /// value exists, yet the handle is not regional-only: without it the housing exclusion is reported as not assessed.
    /// </summary>
    public static readonly Parameter<decimal> PerCapitaHousingArea = Parameter.Number("hd.exclusion.perCapitaHousingArea");

    /// <summary>动态管理: the months between reviews of a hardship file (template 12, 每年定期核实调整).</summary>
    public static readonly Parameter<decimal> ReviewMonths = Parameter.Number("hd.review.months");

    /// <summary>返困监测: the share above the relative-hardship line within which a closed file is watched for relapse (a working default).</summary>
    public static readonly Parameter<Ratio> RelapseMargin = Parameter.Ratio("hd.review.relapseMargin");

    /// <summary>就业年龄段: the age (whole years, inclusive) from which a member is of working age (劳动法 第十五条: 16).</summary>
    public static readonly Parameter<decimal> WorkingAgeFrom = Parameter.Number("hd.workingAge.from");

    /// <summary>就业年龄段: the age (whole years, exclusive) at which working age ends (template 60).</summary>
    public static readonly Parameter<decimal> WorkingAgeUntil = Parameter.Number("hd.workingAge.until");

    private static readonly Parameter<decimal>[] Caps =
    [
        Parameter.Number("hd.rigid.medical.cap", regionalOnly: true),
        Parameter.Number("hd.rigid.disability.cap", regionalOnly: true),
        Parameter.Number("hd.rigid.education.cap", regionalOnly: true),
        Parameter.Number("hd.rigid.housing.cap", regionalOnly: true),
        Parameter.Number("hd.rigid.longTermCare.cap", regionalOnly: true),
        Parameter.Number("hd.rigid.jobCosts.cap", regionalOnly: true),
    ];

    private static readonly Parameter<IReadOnlyList<string>>[] Bars =
    [
        Parameter.List("hd.exclusion.privateSchool.bars"),
        Parameter.List("hd.exclusion.studyAbroad.bars"),
        Parameter.List("hd.exclusion.controllingShareholder.bars"),
        Parameter.List("hd.exclusion.homes.bars"),
        Parameter.List("hd.exclusion.vehicle.bars"),
        Parameter.List("hd.exclusion.businessEmployer.bars"),
        Parameter.List("hd.exclusion.nonCooperation.bars"),
        Parameter.List("hd.exclusion.refusesWork.bars"),
    ];

    /// <summary>
    /// 刚性支出上限: the local cap of one expenditure category (<c>hd.rigid.&lt;category&gt;.cap</c>, yuan over the window).
    /// Regional-only: the template sets none, and without one the category is deducted in full.
    /// </summary>
    /// <param name="category">The expenditure category.</param>
    /// <returns>The handle.</returns>
    public static Parameter<decimal> RigidCap(ExpenditureCategory category) =>
        (uint)category < (uint)Caps.Length ? Caps[(int)category] : throw new ArgumentOutOfRangeException(nameof(category), category, "Not an expenditure category.");

    /// <summary>
    /// 排除性条件的适用范围: the categories one exclusion bars (<c>hd.exclusion.&lt;kind&gt;.bars</c>, <see cref="HardshipCategory"/>
    /// JSON names). Template per 邢台 2021: 深度困难 only; a region whose text bars recognition altogether (青岛: 认定及建档) lists
    /// every category.
    /// </summary>
    /// <param name="exclusion">One exclusion (a single flag).</param>
    /// <returns>The handle.</returns>
    public static Parameter<IReadOnlyList<string>> ExclusionBars(HardshipExclusions exclusion)
    {
        int i = System.Numerics.BitOperations.Log2((uint)exclusion);
        return exclusion != HardshipExclusions.None && (int)exclusion == 1 << i && i < Bars.Length
            ? Bars[i]
            : throw new ArgumentOutOfRangeException(nameof(exclusion), exclusion, "Not a single exclusion.");
    }

    /// <summary>Gets every handle the hardship rules read, for checks against the data and for documentation.</summary>
    public static IReadOnlyList<Parameter> All { get; } =
    [
        SubsistenceAllowance, MinimumWageMonthly, DeepMultiplier, RelativeMultiplier, AccidentLossRatio, IncomeWindowMonths,
        MigrantMinEmploymentYears, CountedIncomeCategories, DeepDeductedCategories, RelativeDeductedCategories, PrivateSchoolFeeRatio,
        MinHomes, PerCapitaHousingArea, ReviewMonths, RelapseMargin, WorkingAgeFrom, WorkingAgeUntil, .. Caps, .. Bars,
    ];
}
