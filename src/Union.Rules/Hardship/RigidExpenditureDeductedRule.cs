using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-RIGID (刚性支出扣除): rigid expenditures over the window are deducted: out-of-pocket medical, disability, education (not compulsory
/// education), housing, long-term care and necessary job costs, each category within its local cap where one is set.
/// </summary>
/// <remarks>
/// <para>邢台: "…-因病刚性支出-因残刚性支出-因学刚性支出-住房刚性支出-其他刚性支出"; schooling "不包含义务教育".
/// 相对困难 adds "必要就业成本".</para>
/// <para>Interpretation: job costs are deducted in every test (the template lists them among rigid expenditures). An
/// education cost without its level is not deducted and reported as missing (compulsory or not cannot be told). Caps are
/// local and unverified nationally: a region sets <c>hd.rigid.&lt;category&gt;.cap</c> (yuan over the window); without one
/// the category is uncapped.</para>
/// </remarks>
public sealed class RigidExpenditureDeductedRule : Rule<HardshipFacts>
{
    /// <summary>The parameter names of the caps, by <see cref="ExpenditureCategory"/>.</summary>
    internal static readonly string[] CapNames =
    [
        "hd.rigid.medical.cap", "hd.rigid.disability.cap", "hd.rigid.education.cap", "hd.rigid.housing.cap", "hd.rigid.longTermCare.cap", "hd.rigid.jobCosts.cap",
    ];

    /// <summary>Initializes the rule.</summary>
    public RigidExpenditureDeductedRule()
        : base("HD-RIGID", Severity.Info, HardshipCitations.LocalRules)
    {
    }

    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.WindowStart is not { } start || facts.WindowEnd is not { } end)
        {
            HardshipCitations.PrerequisiteMissing(context, "HD-WINDOW");
            return;
        }

        Span<decimal> totals = stackalloc decimal[6];
        IReadOnlyList<RigidExpenditure> list = facts.Application.Expenditures;
        for (int i = 0; i < list.Count; i++)
        {
            RigidExpenditure e = list[i];
            if (!HardshipMath.InWindow(e.Paid, start, end))
            {
                continue;
            }

            if (e.Category == ExpenditureCategory.Education && e.EducationLevel is null or StudyLevel.None)
            {
                context.MissingInput($"$.expenditures[{i}].educationLevel");
                continue;
            }

            if (!HardshipMath.IsDeductible(e))
            {
                context.Inform("HD-RIGID.compulsory", $"$.expenditures[{i}]", ("amount", e.Amount), ("level", e.EducationLevel));
                continue;
            }

            totals[(int)e.Category] += e.Amount.Yuan;
        }

        decimal deducted = 0m;
        for (int c = 0; c < totals.Length; c++)
        {
            decimal t = totals[c];
            if (t > 0m && context.Profile.TryGet(CapNames[c], context.AsOf, out _) && context.TryNumber(CapNames[c], out decimal cap) && t > cap)
            {
                context.Inform("HD-RIGID.capped", "$.expenditures", ("category", (ExpenditureCategory)c), ("amount", t), ("cap", cap));
                t = cap;
                totals[c] = cap;
            }

            if (t != 0m)
            {
                context.Output("rigid." + (ExpenditureCategory)c, t);
            }

            deducted += t;
        }

        facts.RigidDeducted = deducted;
        facts.Circumstances = HardshipMath.Circumstances(facts.Application, totals[0], totals[1], totals[2]);
        context.Output("rigidDeducted", deducted);
        context.Output("circumstances", facts.Circumstances);
        context.Inform("HD-RIGID.total", "$.expenditures", ("deducted", deducted));
    }
}
