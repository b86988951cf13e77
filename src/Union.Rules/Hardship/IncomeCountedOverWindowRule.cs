using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>HD-WINDOW (收入计算期): income is counted over the months before the application date.</summary>
/// <remarks>
/// <para>邢台 2021: the per-head formula uses "申请前12个月" household income.</para>
/// <para>Interpretation: the window is the <c>hd.incomeWindow.months</c> months that end the day before the application
/// date: from the day of the application date that many months earlier (inclusive) to the day before the application date
/// (inclusive). Applied to income, rigid expenditure and accident losses alike; records outside it are listed, not counted.</para>
/// </remarks>
public sealed class IncomeCountedOverWindowRule() : Rule<HardshipFacts>("HD-WINDOW", Severity.Info, HardshipCitations.Xingtai)
{
    private static readonly MessageKey Outside = new("HD-WINDOW.outside", "date");
    private static readonly MessageKey CountedWindow = new("HD-WINDOW.window", "start", "end", "months");

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
        context.Fact("applicationDate", facts.Application.ApplicationDate);
        if (!context.TryNumber(HardshipParameterIds.IncomeWindowMonths, out decimal m, out _))
        {
            return;
        }

        int months = (int)m;
        (NodaTime.LocalDate start, NodaTime.LocalDate end) = HardshipMath.Window(facts.Application.ApplicationDate, months);
        facts.WindowMonths = months;
        facts.WindowStart = start;
        facts.WindowEnd = end;
        context.Set(HardshipOutputs.WindowStart, start);
        context.Set(HardshipOutputs.WindowEnd, end);
        context.Inform(CountedWindow, "$.applicationDate", ("start", start), ("end", end), ("months", months));
        for (int i = 0; i < facts.Application.Incomes.Count; i++)
        {
            NodaTime.LocalDate d = facts.Application.Incomes[i].Received;
            if (!HardshipMath.InWindow(d, start, end))
            {
                context.Inform(Outside, new JsonPath("$.incomes", i, ".received"), ("date", d));
            }
        }
    }
}
