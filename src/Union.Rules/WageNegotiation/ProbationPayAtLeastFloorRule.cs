using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// WN-PROBATION-PAY (试用期工资): probation pay is at least 80 % of the agreed wage (or of the post's lowest grade) and at least the monthly
/// minimum wage.
/// </summary>
/// <remarks>
/// <para>劳动合同法 第二十条: "劳动者在试用期的工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十，并不得低于用人单位所在地的最低工资标准。"
/// 实施条例 第十五条 restates it.</para>
/// <para>Interpretation: which 80 % base applies is ambiguous, so the profile chooses (<c>probation.payBase</c>: <c>agreedWage</c>,
/// the default, or <c>lowestGrade</c>). The agreed wage is the grade's first-year base pay plus the components that count for
/// the minimum wage; the lowest grade is the lowest such wage among grades of the same <see cref="PayGrade.Post"/>. The minimum
/// wage is the monthly standard on the term's dates (as WN-MINWAGE-MONTHLY) without removing contributions: the comparison is
/// of the stated probation pay. 不得低于 is ≥.</para>
/// </remarks>
public sealed class ProbationPayAtLeastFloorRule() : Rule<WageProposal>("WN-PROBATION-PAY", Severity.Violation, new Citation(Instruments.LabourContractLaw, 20), new Citation(Instruments.LabourContractLawRegulations, 15))
{
    private static readonly MessageKey BelowRatio = new("WN-PROBATION-PAY.belowRatio", "grade", "pay", "basis", "ratio", "floor");

    private static readonly MinimumWageMessages Minimum = MinimumWageMessages.WithContributions("WN-PROBATION-PAY.belowMinimum", "WN-PROBATION-PAY.notAboveMinimum", "grade", "pay", "date", "minimum", "contributions");

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (!facts.Grades.Any(g => g.ProbationPay is not null))
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryRead(LabourStandardParameters.ProbationPayRatio, out Ratio ratio, out ParameterReading ratioReading, facts.Term.Start)
            || !context.TryRead(LabourStandardParameters.ProbationPayBase, out string baseChoice, facts.Term.Start))
        {
            return;
        }

        Comparison comparison = ratioReading.Comparison ?? Comparison.AtLeast;
        bool lowestGrade = string.Equals(baseChoice, "lowestGrade", StringComparison.Ordinal);
        IReadOnlyList<DateInterval> years = facts.Term.Years();
        var agreed = facts.Grades.Select(g => WagePay.BasePaySchedule(facts, g, Math.Min(1, years.Count))[^1] + WagePay.CountedComponents(g)).ToArray();
        IReadOnlyList<LocalDate> checkpoints = MinimumWageComparison.Checkpoints(context.Profile, facts.Term.Start, facts.Term.End, years.Select(y => y.Start), PayAtLeastMonthlyMinimumWageRule.MonthlyStandards);
        var minimumWage = new MinimumWageComparison(context, LabourStandardParameters.WageAgreementWageFloorComparison);
        bool allPassed = true;
        for (int g = 0; g < facts.Grades.Count; g++)
        {
            PayGrade grade = facts.Grades[g];
            if (grade.ProbationPay is null)
            {
                continue;
            }

            Money probation = grade.ProbationPay.Value;

            Money basis = agreed[g];
            if (lowestGrade)
            {
                for (int o = 0; o < facts.Grades.Count; o++)
                {
                    if (string.Equals(facts.Grades[o].Post, grade.Post, StringComparison.Ordinal) && agreed[o] < basis)
                    {
                        basis = agreed[o];
                    }
                }
            }

            string path = $"$.grades[{g}].probationPay";
            Money ratioFloor = ratio.Of(basis);
            if (!context.Compare(path, probation.Yuan, comparison, LabourStandardParameters.ProbationPayRatio.Name + " × " + (lowestGrade ? "lowestGrade" : "agreedWage"), ratioFloor.Yuan))
            {
                context.Fail(BelowRatio, path, ("grade", grade.Name), ("pay", probation), ("floor", ratioFloor), ("basis", basis), ("ratio", ratio));
                allPassed = false;
            }

            MinimumWageResult r = minimumWage.Monthly(grade.Name, path, checkpoints, _ => probation, new ContributionFacts(grade.EmployeeContributions, grade.EmployeeContributionsByKind, $"$.grades[{g}]"));
            if (r.IsBelow)
            {
                context.Fail(Minimum.For(r), path, ("grade", grade.Name), ("pay", r.Pay), ("minimum", r.Minimum), ("date", r.Date), ("contributions", r.Removed ?? Money.Zero));
                allPassed = false;
            }
            else if (r.Outcome == MinimumWageOutcome.NotAssessed)
            {
                allPassed = false;
            }
        }

        if (allPassed)
        {
            context.Pass();
        }
    }
}
