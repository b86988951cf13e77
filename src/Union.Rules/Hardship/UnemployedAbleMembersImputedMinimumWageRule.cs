using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.LabourStandards;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-IMPUTED (推算收入): a working-age, able-bodied member who is neither studying nor employed is imputed the local monthly minimum
/// wage for each month of the window, unless the member's actual income has been proven.
/// </summary>
/// <remarks>
/// <para>Local template (江门 and others): "在就业年龄段内有劳动能力但尚未就业的人员…按当地最低工资标准计算收入" unless actual
/// income is proven.</para>
/// <para>Interpretation: working age is from <c>hd.workingAge.from</c> (16, 劳动法 第十五条; inclusive) to <c>hd.workingAge.until</c>
/// (template 60; exclusive), the age taken on the application date. The minimum wage is <c>standard.minimumWage.monthly</c>
/// in force on the assessment date, read only when a member is imputed; a value past its adjustment cycle is noted as in every
/// domain (<see cref="StaleStandardNote"/>).</para>
/// </remarks>
public sealed class UnemployedAbleMembersImputedMinimumWageRule() : Rule<HardshipFacts>("HD-IMPUTED", Severity.Info, HardshipCitations.Jiangmen)
{
    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.WindowMonths is not { } months)
        {
            HardshipCitations.PrerequisiteMissing(context, "HD-WINDOW");
            return;
        }

        if (!context.TryRead(HardshipParameters.WorkingAgeFrom, out decimal from) || !context.TryRead(HardshipParameters.WorkingAgeUntil, out decimal until))
        {
            return;
        }

        IReadOnlyList<HouseholdMember> members = facts.Application.Members;
        var imputed = new List<int>();
        for (int i = 0; i < members.Count; i++)
        {
            if (HardshipMath.IsImputable(members[i], facts.Application.ApplicationDate, (int)from, (int)until))
            {
                imputed.Add(i);
            }
        }

        if (imputed.Count == 0)
        {
            facts.ImputedMembers = 0;
            facts.ImputedIncome = 0m;
            context.NotApplicable();
            return;
        }

        if (!context.TryRead(HardshipParameters.MinimumWageMonthly, out decimal wage, out ParameterReading wageReading))
        {
            return;
        }

        StaleStandardNote.Report(context, wageReading);
        decimal each = wage * months;
        foreach (int i in imputed)
        {
            context.Inform("HD-IMPUTED.member", $"$.members[{i}]", ("wage", wage), ("months", months), ("amount", each));
        }

        facts.ImputedMembers = imputed.Count;
        facts.ImputedIncome = each * imputed.Count;
        context.Output("imputedIncome", facts.ImputedIncome);
    }
}
