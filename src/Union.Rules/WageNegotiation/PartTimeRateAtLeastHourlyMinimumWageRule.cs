using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.WageNegotiation;

/// <summary>WN-MINWAGE-HOURLY (小时最低工资): each part-time hourly rate is at least the hourly minimum wage in force on every day of the term (above it where the region says 应当高于).</summary>
/// <remarks>
/// <para>最低工资规定 第五条: "月最低工资标准适用于全日制就业劳动者，小时最低工资标准适用于非全日制就业劳动者。"</para>
/// <para>Interpretation: part-time rates are not adjusted by the proposal; each is compared on the same dates as the monthly
/// check (term start, term years, every new hourly minimum inside the term). The regional hourly standards already include
/// the social insurance contributions the notices name, so nothing is removed. The comparison is <c>wn.wageFloor.comparison</c>
/// (<see cref="MinimumWageComparison"/>): ≥ nationally, exactly at the minimum passes; &gt; where the agreement's wage standards
/// "应当高于" the minimum (杭州市企业工资集体协商条例 第十一条), exactly at the minimum fails. An hourly minimum past its adjustment
/// cycle before the term ends is noted.</para>
/// </remarks>
public sealed class PartTimeRateAtLeastHourlyMinimumWageRule() : Rule<WageProposal>("WN-MINWAGE-HOURLY", Severity.Violation, new Citation(Instruments.MinimumWageProvisions, 5))
{
    private static readonly MinimumWageMessages BelowMinimum = new(
        new("WN-MINWAGE-HOURLY.below", "name", "date", "rate", "minimum", "gap"),
        new("WN-MINWAGE-HOURLY.notAbove", "name", "date", "rate", "minimum", "gap"));

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

        IReadOnlyList<LocalDate> checkpoints = MinimumWageComparison.Checkpoints(
            context.Profile,
            facts.Term.Start,
            facts.Term.End,
            facts.Term.Years().Select(y => y.Start),
            LabourStandardParameters.MinimumWageHourly,
            LabourStandardParameters.WageAgreementWageFloorComparison);
        var comparison = new MinimumWageComparison(context, LabourStandardParameters.WageAgreementWageFloorComparison);
        bool allPassed = true;
        for (int r = 0; r < rates.Count; r++)
        {
            PartTimeRate rate = rates[r];
            string path = $"$.partTimeRates[{r}]";
            MinimumWageResult result = comparison.Hourly(path + ".hourlyRate", checkpoints, rate.HourlyRate);
            if (result.Outcome == MinimumWageOutcome.NoStandard)
            {
                return;
            }

            if (result.IsBelow)
            {
                context.Fail(
                    BelowMinimum.For(result),
                    path + ".hourlyRate",
                    ("name", rate.Name),
                    ("date", result.Date),
                    ("rate", rate.HourlyRate),
                    ("minimum", result.Minimum),
                    ("gap", result.Gap));
                allPassed = false;
            }
        }

        comparison.NoteStale(facts.Term.End);
        if (allPassed)
        {
            context.Pass();
        }
    }
}
