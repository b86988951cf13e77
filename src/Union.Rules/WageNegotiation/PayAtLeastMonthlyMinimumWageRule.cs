using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// WN-MINWAGE-MONTHLY (月最低工资): each full-time grade's pay, after removing overtime pay, the special-condition allowances and statutory
/// welfare, is at least the monthly minimum wage in force on every day of the term (above it where the region says 应当高于).
/// </summary>
/// <remarks>
/// <para>最低工资规定 第十二条: "在劳动者提供正常劳动的情况下，用人单位应支付给劳动者的工资在剔除下列各项以后，不得低于当地最低工资标准：
/// （一）延长工作时间工资；（二）中班、夜班、高温、低温、井下、有毒有害等特殊工作环境、条件下的津贴；（三）法律、法规和国家规定的劳动者福利待遇等。"
/// 第五条: the monthly standard applies to full-time employees. 杭州市企业工资集体协商条例 第十一条 and 浙江省集体合同条例 第五条第三款:
/// the agreement's wage standards "应当高于" the minimum (<c>wn.wageFloor.comparison</c> = <c>moreThan</c>).</para>
/// <para>Interpretation: the pay compared is the grade's base pay for the term year containing the date plus the components of
/// kinds <see cref="PayComponentKind.Bonus"/> and <see cref="PayComponentKind.OtherAllowance"/>; every other kind is removed. The
/// comparison is <see cref="MinimumWageComparison"/>: the employee's own contributions the region's minimum does not include
/// (<c>standard.minimumWage.excludedContributions</c>) are removed from the grade's pay (<see cref="PayGrade.EmployeeContributions"/>
/// where all four kinds are, <see cref="PayGrade.EmployeeContributionsByKind"/> otherwise); pay already failing before removal is a
/// violation, pay passing whose contributions are not given is not assessed (nothing is guessed).</para>
/// <para>The comparison is made on the term's first day, on the first day of each term year and on each day inside the term on
/// which a new minimum, list or comparison takes effect; the first failing date of each grade is reported. A minimum past its
/// adjustment cycle before the term ends is noted.</para>
/// </remarks>
public sealed class PayAtLeastMonthlyMinimumWageRule() : Rule<WageProposal>("WN-MINWAGE-MONTHLY", Severity.Violation, new Citation(Instruments.MinimumWageProvisions, 12), new Citation(Instruments.MinimumWageProvisions, 5))
{
    private static readonly MinimumWageMessages BelowMinimum = MinimumWageMessages.WithContributions("WN-MINWAGE-MONTHLY.below", "WN-MINWAGE-MONTHLY.notAbove", "grade", "date", "pay", "minimum", "gap", "contributions");

    /// <summary>The parameters whose changes inside the term are dates of the comparison.</summary>
    internal static readonly Parameter[] MonthlyStandards =
    [
        LabourStandardParameters.MinimumWageMonthly,
        LabourStandardParameters.MinimumWageExcludedContributions,
        LabourStandardParameters.WageAgreementWageFloorComparison,
    ];

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<DateInterval> years = facts.Term.Years();
        IReadOnlyList<LocalDate> checkpoints = MinimumWageComparison.Checkpoints(context.Profile, facts.Term.Start, facts.Term.End, years.Select(y => y.Start), MonthlyStandards);
        context.Fact("checkedDates", string.Join(",", checkpoints.Select(d => RuleContext.Format(d))));
        var comparison = new MinimumWageComparison(context, LabourStandardParameters.WageAgreementWageFloorComparison);
        bool allPassed = true;
        YearAdjustment?[] adjustments = WagePay.AdjustmentsByYear(facts, years.Count);
        for (int g = 0; g < facts.Grades.Count; g++)
        {
            PayGrade grade = facts.Grades[g];
            Money[] basePay = WagePay.BasePaySchedule(adjustments, grade);
            Money counted = WagePay.CountedComponents(grade);
            string path = $"$.grades[{g}]";
            context.Fact(path + ".excludedComponents", WagePay.ExcludedComponents(grade));
            MinimumWageResult r = comparison.Monthly(
                grade.Name,
                path,
                checkpoints,
                d => basePay[WagePay.TermYearOf(years, d)] + counted,
                new ContributionFacts(grade.EmployeeContributions, grade.EmployeeContributionsByKind, path));
            if (r.Outcome == MinimumWageOutcome.NoStandard)
            {
                comparison.NoteStale(facts.Term.End);
                return;
            }

            if (r.IsBelow)
            {
                context.Fail(
                    BelowMinimum.For(r),
                    path,
                    ("grade", grade.Name),
                    ("date", r.Date),
                    ("pay", r.Pay),
                    ("minimum", r.Minimum),
                    ("gap", r.Gap),
                    ("contributions", r.Removed ?? Money.Zero));
            }

            allPassed &= r.Outcome == MinimumWageOutcome.Met;
        }

        comparison.NoteStale(facts.Term.End);
        if (allPassed)
        {
            context.Pass();
        }
    }
}
