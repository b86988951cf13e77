using NodaTime;
using Union.Domain.CollectiveContracts;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-WAGE-FLOOR: every wage standard of the contract, and every labour contract's pay, is at least the local minimum wage on its dates (不低于最低工资标准).</summary>
/// <remarks>
/// 劳动合同法 第五十五条："集体合同中劳动报酬和劳动条件等标准不得低于当地人民政府规定的最低标准". Monthly standards are compared with
/// <c>standard.minimumWage.monthly</c>, hourly ones with <c>standard.minimumWage.hourly</c>, both in force on the standard's
/// first day (or the effective date, or <c>asOf</c>). 不得低于 allows equality: exactly the minimum passes, one fen below fails.
/// The wage is the one 最低工资规定 第十二条 counts (no overtime pay, special allowances or welfare). Where the region's monthly
/// standard excludes the employee's own contributions (<c>standard.minimumWage.excludesEmployeeContributions</c>) a labour
/// contract's contributions are deducted first; a contract's grade standard has none recorded, which is said in an Info.
/// A standard older than its adjustment cycle is reported as a Warning (a newer notice may exist).
/// </remarks>
public sealed class WageStandardsAtLeastMinimumWageRule : Rule<CollectiveContract>, IRule<LabourContractComparisonFacts>
{
    /// <summary>Initializes the rule.</summary>
    public WageStandardsAtLeastMinimumWageRule()
        : base("CC-WAGE-FLOOR", Severity.Violation, new Citation(Instruments.LabourContractLaw, 55), new Citation(Instruments.MinimumWageProvisions, 12))
    {
    }

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

        LocalDate fallback = ContractTimeline.Compute(facts, context.Profile, context.AsOf).EffectiveFrom ?? context.AsOf;
        for (int i = 0; i < facts.Clauses.WageStandards.Count; i++)
        {
            WageStandard w = facts.Clauses.WageStandards[i];
            string path = $"$.clauses.wageStandards[{i}]";
            Check(context, w.Monthly, w.Hourly, null, w.From ?? fallback, path, w.Grade);
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

        Check(context, l.MonthlyWage, l.HourlyWage, l.EmployeeContributions, l.From ?? context.AsOf, facts.Path, l.Grade ?? l.Id);
    }

    private static void Check(RuleContext context, Money? monthly, Money? hourly, Money? contributions, LocalDate on, string path, string? grade)
    {
        string label = grade ?? path;
        if (monthly is { } m && context.TryParameter("standard.minimumWage.monthly", out ParameterReading r, on) && r.Value.TryGetNumber(out decimal min))
        {
            Stale(context, r, path);
            bool excludes = context.Profile.TryGet("standard.minimumWage.excludesEmployeeContributions", on, out ParameterReading ex) && ex.Value.TryGetBoolean(out bool b) && b;
            Money counted = m;
            if (excludes)
            {
                if (contributions is { } c)
                {
                    counted = m - c;
                }
                else
                {
                    context.Inform("CC-WAGE-FLOOR.contributionsUnknown", path, ("grade", label));
                }
            }

            context.Fact(path + ".monthly", counted);
            if (context.Compare(path + ".monthly", counted.Yuan, Comparison.AtLeast, "standard.minimumWage.monthly", min))
            {
                context.Pass();
            }
            else
            {
                context.Fail("CC-WAGE-FLOOR.monthly", path + ".monthly", ("grade", label), ("wage", counted), ("minimum", min), ("date", on), ("shortfall", min - counted.Yuan));
            }
        }

        if (hourly is { } h && context.TryParameter("standard.minimumWage.hourly", out ParameterReading rh, on) && rh.Value.TryGetNumber(out decimal minH))
        {
            Stale(context, rh, path);
            context.Fact(path + ".hourly", h);
            if (context.Compare(path + ".hourly", h.Yuan, Comparison.AtLeast, "standard.minimumWage.hourly", minH))
            {
                context.Pass();
            }
            else
            {
                context.Fail("CC-WAGE-FLOOR.hourly", path + ".hourly", ("grade", label), ("wage", h), ("minimum", minH), ("date", on), ("shortfall", minH - h.Yuan));
            }
        }
    }

    private static void Stale(RuleContext context, ParameterReading r, string path)
    {
        if (r.StaleSince is { } since)
        {
            context.Fail(Severity.Warning, "CC-WAGE-FLOOR.stale", path, ("parameter", r.Name), ("from", r.From), ("since", since));
        }
    }
}
