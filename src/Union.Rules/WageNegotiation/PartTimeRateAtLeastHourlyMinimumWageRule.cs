using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-MINWAGE-HOURLY (小时最低工资): each part-time hourly rate is at least the hourly minimum wage in force on every day of the term.</summary>
/// <remarks>
/// <para>最低工资规定 第五条: "月最低工资标准适用于全日制就业劳动者，小时最低工资标准适用于非全日制就业劳动者。"</para>
/// <para>Interpretation: part-time rates are not adjusted by the proposal; each is compared on the same dates as the monthly
/// check (term start, term years, every new hourly minimum inside the term). The regional hourly standards already include
/// the social insurance contributions the notices name, so nothing is removed. ≥: exactly at the minimum passes.</para>
/// </remarks>
public sealed class PartTimeRateAtLeastHourlyMinimumWageRule : Rule<WageProposal>
{
    /// <summary>The hourly minimum wage parameter.</summary>
    public const string HourlyParameter = "standard.minimumWage.hourly";

    /// <summary>Initializes the rule.</summary>
    public PartTimeRateAtLeastHourlyMinimumWageRule()
        : base("WN-MINWAGE-HOURLY", Severity.Violation, new Citation(Instruments.MinimumWageProvisions, 5))
    {
    }

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.PartTimeRates is not { Count: > 0 } rates)
        {
            context.NotApplicable();
            return;
        }

        IReadOnlyList<LocalDate> checkpoints = MinimumWageWalk.Checkpoints(facts, context.Profile, HourlyParameter);
        var minimum = new decimal?[checkpoints.Count];
        bool any = false;
        for (int i = 0; i < checkpoints.Count; i++)
        {
            if (context.TryNumber(HourlyParameter, out decimal min, checkpoints[i]))
            {
                minimum[i] = min;
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        bool allPassed = true;
        for (int r = 0; r < rates.Count; r++)
        {
            PartTimeRate rate = rates[r];
            for (int i = 0; i < checkpoints.Count; i++)
            {
                if (minimum[i] is not { } min)
                {
                    continue;
                }

                string path = $"$.partTimeRates[{r}]";
                if (!context.Compare($"{path}.hourlyRate@{RuleContext.Format(checkpoints[i])}", rate.HourlyRate.Yuan, Comparison.AtLeast, HourlyParameter, min))
                {
                    context.Fail("WN-MINWAGE-HOURLY.below", path + ".hourlyRate", ("name", rate.Name), ("date", checkpoints[i]), ("rate", rate.HourlyRate), ("minimum", min), ("gap", min - rate.HourlyRate.Yuan));
                    allPassed = false;
                    break;
                }
            }
        }

        if (allPassed)
        {
            context.Pass();
        }
    }
}
