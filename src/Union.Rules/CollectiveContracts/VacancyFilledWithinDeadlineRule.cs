using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-VACANCY: a negotiator vacancy is filled within the period (空缺补缺期限).</summary>
/// <remarks>
/// 集体合同规定 第三十一条："应在空缺之日起15日内" fill the seat (parameter <c>cc.vacancy.period</c>), counted from the day
/// after the vacancy arose, holiday rule applied. An unfilled vacancy is late only once <c>asOf</c> is past the due day.
/// </remarks>
public sealed class VacancyFilledWithinDeadlineRule() : Rule<CollectiveContract>("CC-VACANCY", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 31))
{
    private static readonly MessageKey FillDue = new("CC-VACANCY.fillDue", "period", "date");
    private static readonly MessageKey Late = new("CC-VACANCY.late", "filled", "period", "due");
    private static readonly MessageKey Unfilled = new("CC-VACANCY.unfilled", "due", "period");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Vacancies.Count == 0)
        {
            context.NotApplicable();
            return;
        }

        if (!context.TryRead(CollectiveContractParameters.VacancyPeriod, out LegalPeriod period))
        {
            return;
        }

        for (int i = 0; i < facts.Vacancies.Count; i++)
        {
            Vacancy v = facts.Vacancies[i];
            string path = $"$.vacancies[{i}]";
            if (v.Arose is null)
            {
                context.MissingInput(path + ".arose");
                continue;
            }

            LocalDate arose = v.Arose.Value;  // read after the check, not as a pattern variable, so that mutation testing can measure the method

            if (!ContractRules.TryDeadline(context, $"vacancies[{i}].fillDue", arose, period, path + ".arose", out LocalDate due))
            {
                continue;
            }

            context.Inform(FillDue, path, ("date", due), ("period", period));
            if (v.Filled is { } filled)
            {
                if (!context.CompareDates($"vacancies[{i}].filled", filled, Comparison.AtMost, "fillDue", due))
                {
                    context.Fail(Late, path + ".filled", ("filled", filled), ("due", due), ("period", period));
                }
            }
            else if (!context.CompareDates("asOf", context.AsOf, Comparison.AtMost, "fillDue", due))
            {
                context.Fail(Unfilled, path + ".filled", ("due", due), ("period", period));
            }
        }
    }
}
