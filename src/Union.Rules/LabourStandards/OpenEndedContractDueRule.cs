using NodaTime;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// LS-OPEN-ENDED (无固定期限劳动合同): for each employee whose contract is not open-ended, which ground of 劳动合同法 第十四条第二款
/// makes an open-ended contract due, with the day it arose.
/// </summary>
/// <remarks>
/// <para>第十四条第二款: "有下列情形之一，劳动者提出或者同意续订、订立劳动合同的，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同：
/// （一）劳动者在该用人单位连续工作满十年的；（二）用人单位初次实行劳动合同制度或者国有企业改制重新订立劳动合同时，劳动者在该用人单位连续工作满十年且
/// 距法定退休年龄不足十年的；（三）连续订立二次固定期限劳动合同，且劳动者没有本法第三十九条和第四十条第一项、第二项规定的情形，续订劳动合同的。"
/// The finding is Info: it states that the contract concluded or renewed on the employee's proposal or agreement shall be
/// open-ended unless the employee proposes a fixed term (实施条例 第十一条: the employer shall conclude it when the employee
/// proposes it), and why.</para>
/// <para>（一）: 满十年 includes the tenth anniversary; the years run from the first day of employment, before 2008 included
/// (实施条例 第九条), so ten years are full on the day ten years after <c>started</c> (a first day of 2016-03-01 gives 2026-03-01;
/// 2016-02-29 gives 2026-03-01, the day after the tenth year's last day). Checked on the review date, the date of the next
/// conclusion or renewal. Parameter <c>ls.openEnded.serviceYears</c>.</para>
/// <para>（二）: at the first introduction of labour contracts or a state enterprise's restructuring (the record's
/// <c>firstContractsOrRestructuring</c>), on the day the contract was concluded (<c>contractSigned</c>, or the review date while it
/// is not), ten years of work and less than ten years to the statutory retirement date (不足 excludes ten: exactly ten years
/// before the retirement date does not qualify). The retirement date is the record's, or computed from the birth date, sex and
/// original age by <see cref="StatutoryRetirement"/> (国务院关于渐进式延迟法定退休年龄的办法 第一条). Every employee this ground
/// reaches has ten years of work, so ground （一） already holds on that day: when the retirement date is not known the finding
/// names （一） alone and the review stays complete, because the answer cannot change. Parameter
/// <c>ls.openEnded.yearsToRetirement</c>.</para>
/// <para>（三）: two consecutive fixed terms (the current one included, counted from the first renewal after 2008-01-01,
/// 第九十七条) make the renewal open-ended, unless the employee has a ground of 第三十九条 or 第四十条第（一）项、第（二）项; where the
/// record does not say, the finding assumes none and says so. Parameter <c>ls.openEnded.fixedTerms</c>.</para>
/// <para>实施条例 第十二条: a public-welfare post with government post and social-insurance subsidies is outside the open-ended
/// rules; the finding says so instead. 第十四条第三款 (a year without a written contract deemed open-ended) is LS-WRITTEN-CONTRACT's.</para>
/// </remarks>
public sealed class OpenEndedContractDueRule() : Rule<LabourFile>("LS-OPEN-ENDED", Severity.Info, new Citation(Instruments.LabourContractLaw, 14), new Citation(Instruments.LabourContractLawRegulations, 9))
{
    private static readonly MessageKey OpenEndedFirstContracts = new("LS-OPEN-ENDED.firstContracts", "employee", "concluded", "years", "retirement", "yearsToRetirement");
    private static readonly MessageKey OpenEndedPublicWelfarePost = new("LS-OPEN-ENDED.publicWelfarePost", "employee");
    private static readonly MessageKey OpenEndedTenYears = new("LS-OPEN-ENDED.tenYears", "employee", "started", "tenYearsOn", "years");
    private static readonly MessageKey OpenEndedTwoFixedTerms = new("LS-OPEN-ENDED.twoFixedTerms", "employee", "terms");
    private static readonly MessageKey TwoFixedTermsAssumed = new("LS-OPEN-ENDED.twoFixedTermsAssumed", "employee", "terms");

    private static readonly Citation TenYears = new(Instruments.LabourContractLaw, 14, 2, 1);
    private static readonly Citation FirstContracts = new(Instruments.LabourContractLaw, 14, 2, 2);
    private static readonly Citation TwoFixedTerms = new(Instruments.LabourContractLaw, 14, 2, 3);
    private static readonly Citation WelfarePost = new(Instruments.LabourContractLawRegulations, 12);

    /// <inheritdoc />
    public override void Evaluate(LabourFile facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<EmploymentRecord> employees = facts.Employees ?? [];
        if (!employees.Any(e => e.Term != ContractTermKind.OpenEnded))
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryRead(LabourStandardParameters.OpenEndedServiceYears, out decimal serviceYears)
            || !context.TryRead(LabourStandardParameters.OpenEndedFixedTerms, out decimal fixedTerms, out ParameterReading termsReading)
            || !context.TryRead(LabourStandardParameters.OpenEndedYearsToRetirement, out decimal yearsToRetirement, out ParameterReading retirementReading))
        {
            return;
        }

        foreach ((Parameter handle, decimal value) in new (Parameter, decimal)[]
        {
            (LabourStandardParameters.OpenEndedServiceYears, serviceYears),
            (LabourStandardParameters.OpenEndedFixedTerms, fixedTerms),
            (LabourStandardParameters.OpenEndedYearsToRetirement, yearsToRetirement),
        })
        {
            if (!Whole(value))
            {
                context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", handle.Name), ("value", value), ("kind", "number"));
                return;
            }
        }

        bool any = false;
        for (int i = 0; i < employees.Count; i++)
        {
            EmploymentRecord e = employees[i];
            if (e.Term == ContractTermKind.OpenEnded)
            {
                continue;
            }

            string path = LabourFileFacts.EmployeePath(i);
            string who = LabourFileFacts.Who(e, i);
            LocalDate tenYearsOn = ServiceFullOn(e.Started, (int)serviceYears);
            bool tenYears = context.CompareDates(path + ".tenYearsOn", tenYearsOn, Comparison.AtMost, "asOf", context.AsOf);
            LocalDate concluded = default;
            LocalDate? retirement = null;
            bool firstContracts = e.FirstContractsOrRestructuring
                && FirstContractsGround(context, e, i, (int)serviceYears, (int)yearsToRetirement, retirementReading.Comparison ?? Comparison.LessThan, out concluded, out retirement);
            bool twoTerms = e.Term == ContractTermKind.FixedTerm && e.ConsecutiveFixedTerms is { } count && e.HasDismissalGround != true
                && context.Compare(path + ".consecutiveFixedTerms", count, termsReading.Comparison ?? Comparison.AtLeast, termsReading.Name, fixedTerms);
            if (!tenYears && !firstContracts && !twoTerms)
            {
                continue;
            }

            any = true;
            if (e.PublicWelfarePost)
            {
                context.Inform(WelfarePost, OpenEndedPublicWelfarePost, path + ".publicWelfarePost", ("employee", who));
                continue;
            }

            if (tenYears)
            {
                context.Set(LabourStandardsOutputs.TenYearsOn(i), tenYearsOn);
                context.Inform(TenYears, OpenEndedTenYears, path + ".started", ("employee", who), ("started", e.Started), ("years", (int)serviceYears), ("tenYearsOn", tenYearsOn));
            }

            if (firstContracts)
            {
                context.Inform(
                    FirstContracts,
                    OpenEndedFirstContracts,
                    path + ".firstContractsOrRestructuring",
                    ("employee", who),
                    ("concluded", concluded),
                    ("years", (int)serviceYears),
                    ("retirement", retirement),
                    ("yearsToRetirement", (int)yearsToRetirement));
            }

            if (twoTerms)
            {
                context.Inform(
                    TwoFixedTerms,
                    e.HasDismissalGround is null ? TwoFixedTermsAssumed : OpenEndedTwoFixedTerms,
                    path + ".consecutiveFixedTerms",
                    ("employee", who),
                    ("terms", e.ConsecutiveFixedTerms));
            }
        }

        if (!any)
        {
            context.Pass();
        }
    }

    /// <summary>
    /// The first day on which <paramref name="years"/> years of continuous work from <paramref name="started"/> are full (满): the
    /// day after the last day of a term of that many years that includes its first day.
    /// </summary>
    /// <param name="started">The first day of work.</param>
    /// <param name="years">The years; at least 1.</param>
    /// <returns>The day: 2016-03-01 and 10 years give 2026-03-01; 2016-02-29 gives 2026-03-01.</returns>
    public static LocalDate ServiceFullOn(LocalDate started, int years) => LegalPeriods.TermEnd(started, Period.FromYears(years)).PlusDays(1);

    private static bool FirstContractsGround(RuleContext context, EmploymentRecord e, int i, int serviceYears, int yearsToRetirement, Comparison comparison, out LocalDate concluded, out LocalDate? retirement)
    {
        string path = LabourFileFacts.EmployeePath(i);
        concluded = e.ContractSigned ?? context.AsOf;
        retirement = null;
        if (!context.CompareDates(path + ".tenYearsOn", ServiceFullOn(e.Started, serviceYears), Comparison.AtMost, "concluded", concluded))
        {
            return false;
        }

        retirement = StatutoryRetirement.DateOf(e);
        if (retirement is not { } date)
        {
            context.Fact(path + ".retirementDate", (string?)null);
            return false;
        }

        context.Set(LabourStandardsOutputs.RetirementDate(i), date);
        LocalDate limit = concluded.PlusYears(yearsToRetirement);

        // 距法定退休年龄不足十年: the retirement date comes before the day ten years after the conclusion (retirement − concluded < 10 years).
        return context.CompareDates(path + ".retirementDate", date, comparison, "concluded + " + yearsToRetirement + " years", limit);
    }

    private static bool Whole(decimal value) => value >= 1m && value <= 1_000m && value == decimal.Truncate(value);
}
