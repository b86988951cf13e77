using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-INCOME (家庭收入计算): household income over the window is the sum of the records whose category counts: wages, business, property,
/// transfers (pensions, benefits, maintenance, compensation, union aid) and other income; the residents' basic pension and
/// small holiday gifts are not counted.
/// </summary>
/// <remarks>
/// <para>邢台: "工资性收入+经营净收入+财产净收入+转移净收入+其他应当计入家庭的收入". 江门 2025: "各级工会组织发放的生活救助金、
/// 助学金、医疗救助金需计入家庭收入"; "城乡居民基本养老保险基础养老金暂不计入家庭收入"; "数额较小的节日慰问金可不计入".</para>
/// <para>Interpretation: each record's category decides, and which categories count is a parameter,
/// <c>hd.income.countedCategories</c> (a list of <see cref="IncomeCategory"/> JSON names; template: every category but
/// <c>residentsBasicPension</c> and <c>holidayGift</c>, after 江门 2025 and 邢台's formula). <see cref="IncomeCategory.HolidayGift"/>
/// is by definition a small holiday gift (可不计入: the template does not count it); a large one is entered as
/// <see cref="IncomeCategory.OtherTransfer"/>. Business and property income are entered net.</para>
/// </remarks>
public sealed class HouseholdIncomeCountedByCategoryRule() : Rule<HardshipFacts>("HD-INCOME", Severity.Info, HardshipCitations.Jiangmen, HardshipCitations.Xingtai)
{
    private static readonly MessageKey Total = new("HD-INCOME.total", "counted", "exempt");

    // The fact of each category's total ("income." + JSON name), made once.
    private static readonly string[] FactNames = [.. HardshipMath.IncomeNames.Select(n => "income." + n)];

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

        if (!context.TryMask(HardshipParameterIds.CountedIncomeCategories, HardshipMath.IncomeNames, out int countedMask))
        {
            return;
        }

        decimal counted = 0m;
        decimal exempt = 0m;
        Span<decimal> byCategory = stackalloc decimal[12];
        for (int k = 0; k < facts.Application.Incomes.Count; k++)
        {
            IncomeRecord r = facts.Application.Incomes[k];
            if (!HardshipMath.InWindow(r.Received, start, end))
            {
                continue;
            }

            byCategory[(int)r.Category] += r.Amount.Yuan;
            if (HardshipMath.IsCounted(r.Category, countedMask))
            {
                counted += r.Amount.Yuan;
            }
            else
            {
                exempt += r.Amount.Yuan;
            }
        }

        if (context.IsTracing)
        {
            for (int i = 0; i < byCategory.Length; i++)
            {
                if (byCategory[i] != 0m)
                {
                    context.Fact(FactNames[i], byCategory[i]);
                }
            }
        }

        facts.CountedIncome = counted;
        context.Set(HardshipOutputs.CountedIncome, counted);
        context.Set(HardshipOutputs.ExemptIncome, exempt);
        context.Inform(Total, "$.incomes", ("counted", counted), ("exempt", exempt));
    }
}
