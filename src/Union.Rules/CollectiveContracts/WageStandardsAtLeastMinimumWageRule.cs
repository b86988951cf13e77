using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-WAGE-FLOOR: every wage standard of the contract, and every labour contract's pay, is at least the local minimum wage on its dates (不低于最低工资标准).</summary>
/// <remarks>
/// <para>劳动合同法 第五十五条："集体合同中劳动报酬和劳动条件等标准不得低于当地人民政府规定的最低标准"; 最低工资规定 第十二条 for an
/// individual's pay. The comparison is <see cref="MinimumWageComparison"/>: monthly standards against
/// <c>standard.minimumWage.monthly</c>, hourly ones against <c>standard.minimumWage.hourly</c>, on every date from the standard's
/// first day (or the contract's effective date) to the end of the term on which a standard changes; the first failing date of
/// each standard is reported.</para>
/// <para>A contract's standards compare as <c>cc.wageFloor.comparison</c> says: 不得低于 nationally (exactly the minimum passes, one
/// fen below fails), 应当高于 in 浙江 (浙江省集体合同条例 第五条第三款: exactly the minimum fails, one fen above passes). A labour
/// contract's pay compares 不得低于 (最低工资规定 第十二条; the 浙江 text speaks of the collective contract's standards only), from its
/// first day to the date of the comparison.</para>
/// <para>The wage compared is the one 最低工资规定 第十二条 counts (no overtime pay, special allowances or welfare). Where the region's
/// monthly minimum does not include some of the employee's own contributions (<c>standard.minimumWage.excludedContributions</c>)
/// they are removed first; a wage already failing before removal is a violation, one passing whose contributions are not given
/// is not assessed. A standard past its adjustment cycle within the span is noted (Info).</para>
/// </remarks>
public sealed class WageStandardsAtLeastMinimumWageRule() : Rule<CollectiveContract>("CC-WAGE-FLOOR", Severity.Violation, new Citation(Instruments.LabourContractLaw, 55), new Citation(Instruments.MinimumWageProvisions, 12)), IRule<LabourContractComparisonFacts>
{
    private static readonly MinimumWageMessages Monthly = MinimumWageMessages.WithContributions("CC-WAGE-FLOOR.monthly", "CC-WAGE-FLOOR.monthlyNotAbove", ArgumentNames);
    private static readonly MinimumWageMessages Hourly = new(new("CC-WAGE-FLOOR.hourly", ArgumentNames), new("CC-WAGE-FLOOR.hourlyNotAbove", ArgumentNames));

    private static readonly Parameter[] Standards =
    [
        LabourStandardParameters.MinimumWageMonthly,
        LabourStandardParameters.MinimumWageHourly,
        LabourStandardParameters.MinimumWageExcludedContributions,
        LabourStandardParameters.CollectiveContractWageFloorComparison,
    ];

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Clauses is null || facts.Clauses.WageStandards.Count == 0)
        {
            context.NotApplicable();
            return;
        }

        ContractTimeline timeline = ContractTimeline.Compute(facts, context.Profile, context.AsOf);
        LocalDate fallback = timeline.EffectiveFrom ?? timeline.TermStart ?? context.AsOf;
        var comparison = new MinimumWageComparison(context, LabourStandardParameters.CollectiveContractWageFloorComparison);
        LocalDate lastCovered = fallback;
        bool ok = true;
        for (int i = 0; i < facts.Clauses.WageStandards.Count; i++)
        {
            WageStandard w = facts.Clauses.WageStandards[i];
            string path = $"$.clauses.wageStandards[{i}]";
            LocalDate first = w.From ?? fallback;
            LocalDate last = timeline.Expires is { } end && end > first ? end : Max(first, context.AsOf);
            lastCovered = Max(lastCovered, last);
            var contributions = new ContributionFacts(w.EmployeeContributions, w.EmployeeContributionsByKind, path);
            ok &= Check(context, comparison, w.Monthly, w.Hourly, contributions, first, last, path, w.Grade ?? path, ".monthly", ".hourly");
        }

        comparison.NoteStale(lastCovered);
        if (ok)
        {
            context.Pass();
        }
    }

    /// <inheritdoc />
    public void Evaluate(LabourContractComparisonFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        LabourContract l = facts.Line;
        if (l.MonthlyWage is null && l.HourlyWage is null)
        {
            context.MissingInput(facts.Path + ".monthlyWage");
            return;
        }

        var comparison = new MinimumWageComparison(context);
        LocalDate first = l.From ?? context.AsOf;
        LocalDate last = Max(first, context.AsOf);
        var contributions = new ContributionFacts(l.EmployeeContributions, l.EmployeeContributionsByKind, facts.Path);
        bool ok = Check(context, comparison, l.MonthlyWage, l.HourlyWage, contributions, first, last, facts.Path, l.Grade ?? l.Id ?? facts.Path, ".monthlyWage", ".hourlyWage");
        comparison.NoteStale(last);
        if (ok)
        {
            context.Pass();
        }
    }

    private static bool Check(RuleContext context, MinimumWageComparison comparison, Money? monthly, Money? hourly, ContributionFacts contributions, LocalDate first, LocalDate last, string path, string label, string monthlyField, string hourlyField)
    {
        IReadOnlyList<LocalDate> dates = MinimumWageComparison.Checkpoints(context.Profile, first, last, null, Standards);
        context.Fact(path + ".checkedDates", string.Join(",", dates.Select(d => RuleContext.Format(d))));
        bool ok = true;
        if (monthly is { } m)
        {
            MinimumWageResult r = comparison.Monthly(label, path, dates, _ => m, contributions);
            if (r.IsBelow)
            {
                context.Fail(Monthly.For(r), path + monthlyField, Arguments(label, r));
                ok = false;
            }

            ok &= r.Outcome != MinimumWageOutcome.NotAssessed;
        }

        if (hourly is { } h)
        {
            MinimumWageResult r = comparison.Hourly(path + hourlyField, dates, h);
            if (r.IsBelow)
            {
                context.Fail(Hourly.For(r), path + hourlyField, Arguments(label, r));
                ok = false;
            }
        }

        return ok;
    }

    private static string[] ArgumentNames => ["grade", "wage", "minimum", "date", "shortfall", "contributions"];

    private static (string, object?)[] Arguments(string label, MinimumWageResult r) =>
        [("grade", label), ("wage", r.Pay), ("minimum", r.Minimum), ("date", r.Date), ("shortfall", r.Gap), ("contributions", r.Removed ?? Money.Zero)];

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;
}
