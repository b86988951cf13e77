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
    private static readonly MessageKey Member = new("HD-IMPUTED.member", "wage", "months", "amount");

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
        if (facts.WindowMonths is not { } months)
        {
            context.PrerequisiteMissing("HD-WINDOW");
            return;
        }

        if (!context.TryNumber(HardshipParameterIds.WorkingAgeFrom, out decimal from, out _) || !context.TryNumber(HardshipParameterIds.WorkingAgeUntil, out decimal until, out _))
        {
            return;
        }

        IReadOnlyList<HouseholdMember> members = facts.Application.Members;
        int imputed = 0;
        for (int i = 0; i < members.Count; i++)
        {
            if (HardshipMath.IsImputable(members[i], facts.Application.ApplicationDate, (int)from, (int)until))
            {
                imputed++;
            }
        }

        if (imputed == 0)
        {
            facts.ImputedMembers = 0;
            facts.ImputedIncome = 0m;
            context.NotApplicable();
            return;
        }

        if (!context.TryNumber(HardshipParameterIds.MinimumWageMonthly, out decimal wage, out ParameterReading wageReading))
        {
            return;
        }

        context.StaleStandard(wageReading);
        decimal each = wage * months;
        for (int i = 0; i < members.Count; i++)
        {
            if (!HardshipMath.IsImputable(members[i], facts.Application.ApplicationDate, (int)from, (int)until))
            {
                continue;
            }

            context.Inform(Member, new JsonPath("$.members", i), ("wage", wage), ("months", months), ("amount", each));
        }

        facts.ImputedMembers = imputed;
        facts.ImputedIncome = each * imputed;
        context.Set(HardshipOutputs.ImputedIncome, facts.ImputedIncome.Value);
    }
}
