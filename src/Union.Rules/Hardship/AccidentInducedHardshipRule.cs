using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-ACCIDENT: accident-induced hardship (意外致困): after compensation, insurance and aid, the year's losses exceed 80 % of
/// the household's annual income.
/// </summary>
/// <remarks>
/// <para>Template: "在获得各类赔偿补偿、保险支付、社会救助和社会帮扶后" still in difficulty; 青岛: "年度内致困费用(损失)超过家庭年收入80%以上".</para>
/// <para>Interpretation: "年度内" is the income window; each event's net losses (losses − compensation − insurance − aid, never
/// below zero) are summed for the events dated in the window. The annual income is the counted plus the imputed income,
/// before rigid expenditure. "超过…80%以上" mixes an exclusive word (超过) with an inclusive one (以上); the template reads it as
/// &gt; because 超过 is the comparison and 以上 only repeats the direction, so losses of exactly 80 % do not meet it (the
/// parameter's comparison; a region that reads 以上 as ≥ sets atLeast). A household with losses and no income meets the test.
/// Recognised only when HD-MEMBER holds, no exclusion hit bars 意外致困 (template: none does) and no income category applies.</para>
/// </remarks>
public sealed class AccidentInducedHardshipRule() : Rule<HardshipFacts>("HD-ACCIDENT", Severity.Info, HardshipCitations.Qingdao, HardshipCitations.Pingdingshan, HardshipCitations.AcftuNotice)
{
    private static readonly MessageKey AlsoMet = new("HD-ACCIDENT.alsoMet", "losses", "income", "ratio");
    private static readonly MessageKey Barred = new("HD-ACCIDENT.barred", "losses", "income", "ratio");
    private static readonly MessageKey AccidentCategory = new("HD-ACCIDENT.category", "losses", "income", "ratio");
    private static readonly MessageKey NotMet = new("HD-ACCIDENT.notMet", "losses", "income", "ratio");

    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        Run(facts, new ContextRecorder(context));
    }

    /// <summary>The rule, recording through <paramref name="context"/> (a <see cref="RuleContext"/> or the compact log).</summary>
    internal static void Run<TRec>(HardshipFacts facts, TRec context)
        where TRec : struct, IHardshipRecorder
    {
        if (facts.WindowStart is not { } start || facts.WindowEnd is not { } end)
        {
            context.PrerequisiteMissing("HD-WINDOW");
            return;
        }

        decimal losses = NetLosses(facts.Application, start, end);
        if (losses == 0m)
        {
            facts.AccidentLosses = 0m;
            facts.AccidentTest = false;
            context.NotApplicable();
            return;
        }

        if (facts.AnnualIncome is not { } income)
        {
            context.PrerequisiteMissing(facts.CountedIncome is null ? "HD-INCOME" : "HD-IMPUTED");
            return;
        }

        if (!context.TryRatio(HardshipParameterIds.AccidentLossRatio, out Ratio ratio, out ParameterReading ratioReading))
        {
            return;
        }

        Comparison cmp = ratioReading.Comparison ?? Comparison.MoreThan;

        decimal r = ratio.ToDecimal();
        facts.AccidentLosses = losses;
        facts.AccidentRatio = r;
        facts.AccidentComparison = cmp;
        context.Fact("accidentLosses", losses);
        context.Fact("annualIncome", income);
        bool met = HardshipMath.AccidentShare(losses, income) is { } share
            ? context.Compare("accidentLosses/annualIncome", share, cmp, "lossRatio", r)
            : context.Compare("annualIncome", income, Comparison.AtMost, "zero", 0m);
        facts.AccidentTest = met;
        context.Set(HardshipOutputs.LossTest, met);
        if (!met)
        {
            context.Inform(NotMet, "$.accidents", ("losses", losses), ("income", income), ("ratio", ratio));
        }
        else if (facts.EligibleMember != true || facts.IsBarred(HardshipCategory.AccidentInduced))
        {
            context.Inform(Barred, "$.accidents", ("losses", losses), ("income", income), ("ratio", ratio));
        }
        else if (facts.Category == HardshipCategory.AccidentInduced)
        {
            context.Inform(AccidentCategory, "$.accidents", ("losses", losses), ("income", income), ("ratio", ratio));
        }
        else
        {
            context.Inform(AlsoMet, "$.accidents", ("losses", losses), ("income", income), ("ratio", ratio));
        }
    }

    /// <summary>The sum of the net losses of the events in the window.</summary>
    internal static decimal NetLosses(HardshipApplication app, NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        decimal losses = 0m;
        for (int k = 0; k < app.Accidents.Count; k++)
        {
            AccidentEvent e = app.Accidents[k];
            if (HardshipMath.InWindow(e.Date, start, end))
            {
                losses += e.NetLosses.Yuan;
            }
        }

        return losses;
    }
}
