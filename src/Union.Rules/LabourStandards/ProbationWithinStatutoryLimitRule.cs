using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// LS-PROBATION (试用期): the probation within the limit of the contract's term, none in a task-based contract or a term under three
/// months, only one per employer; the damages for an unlawful probation served.
/// </summary>
/// <remarks>
/// <para>劳动合同法 第十九条第一款: "劳动合同期限三个月以上不满一年的，试用期不得超过一个月；劳动合同期限一年以上不满三年的，试用期不得超过二个月；
/// 三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。" 以上 includes and 不满 excludes the number, 不得超过 includes it: a
/// term of 3 to 11 whole months allows 1 month, 12 to 35 months 2 months, 36 months or more and an open-ended contract 6 months
/// (parameter <c>ls.probation.maxByTerm</c>). 第三款: "以完成一定工作任务为期限的劳动合同或者劳动合同期限不满三个月的，不得约定试用期"
/// (a term of 2 months allows none). 第二款: "同一用人单位与同一劳动者只能约定一次试用期": an employee with an earlier probation
/// may be agreed none. 第四款: "试用期包含在劳动合同期限内。劳动合同仅约定试用期的，试用期不成立，该期限为劳动合同期限": a probation as long
/// as the term (or longer) is noted (Info).</para>
/// <para>第八十三条: "违法约定的试用期已经履行的，由用人单位以劳动者试用期满月工资为标准，按已经履行的超过法定试用期的期间向劳动者支付赔偿金。"
/// The standard is the monthly wage after probation (试用期满月工资: the record's <c>monthlyWage</c>), not the probation wage. The
/// excess runs from the day after the lawful probation (or from the first day of work, where none is lawful) to the end of the
/// agreed one, each counted as a term that includes its first day (<see cref="LegalPeriods.TermEnd"/>); the damages are the wage
/// for each whole month of the excess served by the review date. The part of a month served is not priced: the text sets no
/// daily rate. Without a wage the damages are not computed. A separation before the review date is not read: review the file
/// as of the separation day.</para>
/// </remarks>
public sealed class ProbationWithinStatutoryLimitRule() : Rule<LabourFile>("LS-PROBATION", Severity.Violation, new Citation(Instruments.LabourContractLaw, 19), Damages)
{
    private static readonly MessageKey ProbationDamages = new("LS-PROBATION.damages", "employee", "from", "to", "excess", "asOf", "served", "wage", "amount");
    private static readonly MessageKey OnlyProbation = new("LS-PROBATION.onlyProbation", "employee", "probation", "term");
    private static readonly MessageKey Second = new("LS-PROBATION.second", "employee", "probation");
    private static readonly MessageKey ShortTerm = new("LS-PROBATION.shortTerm", "employee", "term", "min", "probation");
    private static readonly MessageKey ProbationTaskBased = new("LS-PROBATION.taskBased", "employee", "probation");
    private static readonly MessageKey TooLong = new("LS-PROBATION.tooLong", "employee", "term", "probation", "max");
    private static readonly MessageKey TooLongOpenEnded = new("LS-PROBATION.tooLongOpenEnded", "employee", "probation", "max");

    private static readonly Citation ByTerm = new(Instruments.LabourContractLaw, 19, 1);
    private static readonly Citation OnlyOnce = new(Instruments.LabourContractLaw, 19, 2);
    private static readonly Citation NoneAllowed = new(Instruments.LabourContractLaw, 19, 3);
    private static readonly Citation WithinTerm = new(Instruments.LabourContractLaw, 19, 4);
    private static readonly Citation Damages = new(Instruments.LabourContractLaw, 83);

    /// <inheritdoc />
    public override void Evaluate(LabourFile facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<EmploymentRecord> employees = facts.Employees ?? [];
        if (!employees.Any(e => e.ProbationMonths is > 0))
        {
            context.NotApplicable();
            return;
        }

        ProbationTiers? tiers = null;
        bool tiersUnavailable = false;
        bool passed = true;
        for (int i = 0; i < employees.Count; i++)
        {
            EmploymentRecord e = employees[i];
            if (e.ProbationMonths is not > 0)
            {
                continue;
            }

            int agreed = e.ProbationMonths.Value;

            string path = LabourFileFacts.EmployeePath(i);
            string who = LabourFileFacts.Who(e, i);
            int lawful = 0;
            if (e.EarlierProbation)
            {
                context.Fail(OnlyOnce, Second, path + ".probationMonths", ("employee", who), ("probation", LabourFileFacts.Months(agreed)));
                lawful = 0;
            }
            else if (e.Term is null)
            {
                context.MissingInput(path + ".term");
                passed = false;
                continue;
            }
            else if (e.Term == ContractTermKind.TaskBased)
            {
                context.Fail(NoneAllowed, ProbationTaskBased, path + ".probationMonths", ("employee", who), ("probation", LabourFileFacts.Months(agreed)));
                lawful = 0;
            }
            else if (e.Term == ContractTermKind.FixedTerm && e.TermMonths is null)
            {
                context.MissingInput(path + ".termMonths");
                passed = false;
                continue;
            }
            else
            {
                if (tiers is null && !tiersUnavailable && !TryTiers(context, out tiers))
                {
                    tiersUnavailable = true;
                }

                if (tiers is null)
                {
                    passed = false;
                    continue;
                }

                if (e.Term == ContractTermKind.OpenEnded)
                {
                    lawful = tiers.OpenEndedMax;
                    if (context.Compare(path + ".probationMonths", agreed, Comparison.AtMost, "openEndedMax", lawful))
                    {
                        context.Set(LabourStandardsOutputs.ProbationMaxMonths(i), lawful);
                        continue;
                    }

                    context.Fail(ByTerm, TooLongOpenEnded, path + ".probationMonths", ("employee", who), ("probation", LabourFileFacts.Months(agreed)), ("max", LabourFileFacts.Months(lawful)));
                }
                else
                {
                    int termMonths = e.TermMonths!.Value;
                    context.Fact(path + ".termMonths", termMonths);
                    if (agreed >= termMonths)
                    {
                        context.Inform(WithinTerm, OnlyProbation, path + ".probationMonths", ("employee", who), ("probation", LabourFileFacts.Months(agreed)), ("term", LabourFileFacts.Months(termMonths)));
                    }

                    int? longest = tiers.MaxForFixedTerm(termMonths);
                    if (longest is null)
                    {
                        lawful = 0;
                        context.Compare(path + ".termMonths", termMonths, Comparison.AtLeast, "shortestTermWithProbation", tiers.ShortestTermWithProbation);
                        context.Fail(NoneAllowed, ShortTerm, path + ".probationMonths", ("employee", who), ("probation", LabourFileFacts.Months(agreed)), ("term", LabourFileFacts.Months(termMonths)), ("min", LabourFileFacts.Months(tiers.ShortestTermWithProbation)));
                    }
                    else
                    {
                        int max = longest.Value;
                        lawful = max;
                        if (context.Compare(path + ".probationMonths", agreed, Comparison.AtMost, "maxForTerm", max))
                        {
                            context.Set(LabourStandardsOutputs.ProbationMaxMonths(i), lawful);
                            continue;
                        }

                        context.Fail(ByTerm, TooLong, path + ".probationMonths", ("employee", who), ("probation", LabourFileFacts.Months(agreed)), ("term", LabourFileFacts.Months(termMonths)), ("max", LabourFileFacts.Months(max)));
                    }
                }
            }

            passed = false;
            context.Set(LabourStandardsOutputs.ProbationMaxMonths(i), lawful);
            DamagesFor(context, e, i, who, agreed, lawful);
        }

        if (passed)
        {
            context.Pass();
        }
    }

    /// <summary>
    /// The excess of an unlawful probation and the damages for the whole months of it served by the review date (第八十三条).
    /// </summary>
    /// <param name="started">The first day of work, on which the probation starts.</param>
    /// <param name="lawfulMonths">The longest lawful probation, in months (0 where none is lawful).</param>
    /// <param name="agreedMonths">The agreed probation, in months; more than <paramref name="lawfulMonths"/>.</param>
    /// <param name="asOf">The review date.</param>
    /// <returns>The first and last day of the excess and the whole months of it served by <paramref name="asOf"/>.</returns>
    public static (LocalDate From, LocalDate To, int ServedMonths) Excess(LocalDate started, int lawfulMonths, int agreedMonths, LocalDate asOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lawfulMonths);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(agreedMonths, lawfulMonths);
        LocalDate from = lawfulMonths == 0 ? started : LegalPeriods.TermEnd(started, Period.FromMonths(lawfulMonths)).PlusDays(1);
        LocalDate to = LegalPeriods.TermEnd(started, Period.FromMonths(agreedMonths));
        int served = 0;
        for (int k = agreedMonths - lawfulMonths; k >= 1; k--)
        {
            if (LegalPeriods.TermEnd(started, Period.FromMonths(lawfulMonths + k)) <= asOf)
            {
                served = k;
                break;
            }
        }

        return (from, to, served);
    }

    private static void DamagesFor(RuleContext context, EmploymentRecord e, int i, string who, int agreed, int lawful)
    {
        if (e.MonthlyWage is null)
        {
            context.Fact(LabourFileFacts.EmployeePath(i) + ".monthlyWage", (string?)null);
            return;
        }

        Money wage = e.MonthlyWage.Value;

        (LocalDate from, LocalDate to, int served) = Excess(e.Started, lawful, agreed, context.AsOf);
        Money amount = Money.FromYuan(wage.Yuan * served);
        context.Set(LabourStandardsOutputs.ProbationDamages(i), amount);
        context.Inform(
            Damages,
            ProbationDamages,
            LabourFileFacts.EmployeePath(i) + ".monthlyWage",
            ("employee", who),
            ("from", from),
            ("to", to),
            ("excess", LabourFileFacts.Months(agreed - lawful)),
            ("asOf", context.AsOf),
            ("served", LabourFileFacts.Months(served)),
            ("wage", wage),
            ("amount", amount));
    }

    private static bool TryTiers(RuleContext context, out ProbationTiers? tiers)
    {
        tiers = null;
        if (!context.TryRead(LabourStandardParameters.ProbationMaxByTerm, out IReadOnlyList<string> items, out ParameterReading reading))
        {
            return false;
        }

        if (!ProbationTiers.TryParse(items, out tiers))
        {
            context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", reading.Name), ("value", reading.Value.ToString()), ("kind", "list"));
            return false;
        }

        return true;
    }
}
