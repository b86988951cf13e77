using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Union.Cli.Serialization;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.Serialization;
using Union.Rules.WageNegotiation;

namespace Union.Cli.Commands;

/// <summary><c>union wage</c>: Wage negotiation (工资集体协商): check, cost, schema, example.</summary>
internal static class WageCommands
{
    public static Command Create(CliGlobals globals) =>
        DomainCommands.Create("wage", "Wage negotiation (工资集体协商): check, schema, example, cost, guideline.", WageNegotiationDomain.Default, globals, Cost(globals), Guideline(globals));

    private static Command Cost(CliGlobals globals)
    {
        var file = new Argument<string>("FILE") { Description = "A wage proposal (JSON)." };
        var compare = new Option<string?>("--compare") { Description = "A second proposal to compare with (B − A, per year and cumulative)." };
        var command = new Command("cost", "Cost a proposal per grade and per year over its term, union funds included; compare two proposals.") { file, compare };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (!TryRead(path, ctx, out WageProposal? a))
            {
                return ExitCodes.InvalidInput;
            }

            string? otherPath = parse.GetValue(compare);
            WageProposal? b = null;
            if (otherPath is not null && !TryRead(otherPath, ctx, out b))
            {
                return ExitCodes.InvalidInput;
            }

            if (!ctx.TryProfileFor(a.Region, path, out JurisdictionProfile profileA))
            {
                return ExitCodes.InvalidInput;
            }

            JurisdictionProfile? profileB = null;
            if (b is not null && !ctx.TryProfileFor(b.Region, otherPath!, out profileB))
            {
                return ExitCodes.InvalidInput;
            }

            CostReport costA;
            CostReport? costB = null;
            try
            {
                costA = WageCosting.Cost(a, profileA);
                if (b is not null)
                {
                    costB = WageCosting.Cost(b, profileB!);
                }
            }
            catch (ParameterNotInForceException ex)
            {
                return ctx.Invalid([new ValidationIssue("$", ex.Message, null, path)]);
            }

            CostComparison? comparison = costB is null ? null : WageCosting.Compare(costA, costB);
            var options = UnionJson.Readable(RulesJsonContext.Default.Options);
            if (ctx.Json)
            {
                if (comparison is null)
                {
                    ctx.Output.WriteLine(JsonSerializer.Serialize(costA.RoundedToFen(), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<CostReport>)options.GetTypeInfo(typeof(CostReport))));
                }
                else
                {
                    ctx.Output.WriteLine(JsonSerializer.Serialize(Rounded(comparison), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<CostComparison>)options.GetTypeInfo(typeof(CostComparison))));
                }

                return ExitCodes.Ok;
            }

            WriteCost(ctx, costA.RoundedToFen());
            if (costB is not null && comparison is not null)
            {
                ctx.Output.WriteLine();
                WriteCost(ctx, costB.RoundedToFen());
                ctx.Output.WriteLine();
                WriteComparison(ctx, Rounded(comparison));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Guideline(CliGlobals globals)
    {
        var command = new Command("guideline", "Print a parameter layer with a wage guideline (工资指导线), to edit and pass with --parameters.");
        UnionCli.SetAction(command, globals, (_, ctx) =>
        {
            ctx.Output.WriteLine(GuidelineLayerExample);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal const string GuidelineLayerExample = """
        {
          "description": "工资指导线（示例，请替换为当地人社部门发布的数值）/ Wage guideline (example: replace with the published figures)",
          "parameters": {
            "standard.wageGuideline.base": { "description": "工资指导线基准线：职工平均货币工资增长率", "descriptionEn": "Wage guideline base line: growth ratio of the average money wage", "unit": "growthRatio", "values": [ { "from": "2026-01-01", "value": "6%", "source": "当地年度工资指导线通知（文号）" } ] },
            "standard.wageGuideline.upper": { "description": "工资指导线上线（预警线）", "descriptionEn": "Wage guideline upper (warning) line", "unit": "growthRatio", "values": [ { "from": "2026-01-01", "value": "10%", "source": "当地年度工资指导线通知（文号）" } ] },
            "standard.wageGuideline.lower": { "description": "工资指导线下线", "descriptionEn": "Wage guideline lower line", "unit": "growthRatio", "values": [ { "from": "2026-01-01", "value": "3%", "source": "当地年度工资指导线通知（文号）" } ] }
          }
        }
        """;

    private static bool TryRead(string path, CliContext ctx, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WageProposal? proposal)
    {
        proposal = DomainCommands.Read(WageNegotiationDomain.Default, path, ctx);
        return proposal is not null;
    }

    private static CostComparison Rounded(CostComparison c) => c with
    {
        Years = c.Years.Select(y => y with
        {
            TotalA = y.TotalA.RoundToFen(),
            TotalB = y.TotalB.RoundToFen(),
            Difference = y.Difference.RoundToFen(),
            Cumulative = y.Cumulative.RoundToFen(),
            AverageIncreasePercentA = y.AverageIncreasePercentA is { } pa ? decimal.Round(pa, 2, MidpointRounding.AwayFromZero) : null,
            AverageIncreasePercentB = y.AverageIncreasePercentB is { } pb ? decimal.Round(pb, 2, MidpointRounding.AwayFromZero) : null,
        }).ToArray(),
        Total = c.Total.RoundToFen(),
    };

    private static void WriteCost(CliContext ctx, CostReport c)
    {
        TextWriter o = ctx.Output;
        o.WriteLine(ctx.T($"成本测算：{c.Proposal ?? "-"}（工会经费 {Percent(c.Parameters.UnionFundsRate)}；金额单位：元）", $"Costing: {c.Proposal ?? "-"} (union funds {Percent(c.Parameters.UnionFundsRate)}; amounts in yuan)"));
        o.WriteLine();
        o.WriteLine(ctx.T("分等级、分年度：", "Per grade and year:"));
        o.WriteLine(Row(ctx.T("等级", "grade"), ctx.T("年", "yr"), ctx.T("人数", "heads"), ctx.T("月基本工资", "base/mo"), ctx.T("月工资", "pay/mo"), ctx.T("工资", "wages"), ctx.T("加班", "overtime"), ctx.T("一次性", "lump"), ctx.T("福利", "welfare"), ctx.T("工会经费", "funds"), ctx.T("合计", "total"), ctx.T("增加", "increase")));
        foreach (GradeCost g in c.Grades)
        {
            foreach (GradeYearCost y in g.Years)
            {
                o.WriteLine(Row(g.Grade, N(y.TermYear), N(g.Headcount), M(y.MonthlyBasePay), M(y.MonthlyPay), M(y.Wages), M(y.Overtime), M(y.LumpSums), M(y.Welfare), M(y.UnionFunds), M(y.Total), M(y.Increase)));
            }
        }

        o.WriteLine();
        o.WriteLine(ctx.T("年度合计：", "Per year:"));
        o.WriteLine(Row(ctx.T("年", "yr"), ctx.T("期间", "period"), ctx.T("工资总额", "payroll"), ctx.T("非全日制", "part-time"), ctx.T("福利", "welfare"), ctx.T("工会经费", "funds"), ctx.T("合计", "total"), ctx.T("现行工资", "baseline"), ctx.T("增加", "increase"), ctx.T("平均增幅%", "avg rise %")));
        foreach (YearCost y in c.Years)
        {
            o.WriteLine(Row(N(y.TermYear), $"{Format(y.From)}~{Format(y.To)}", M(y.Payroll), M(y.PartTime), M(y.Welfare), M(y.UnionFunds), M(y.Total), M(y.Baseline), M(y.Increase), y.AverageIncreasePercent.ToString("0.00", CultureInfo.InvariantCulture)));
        }

        o.WriteLine();
        o.WriteLine(ctx.T(
            $"协议期合计：工资总额 {M(c.Total.Payroll)}，福利 {M(c.Total.Welfare)}，工会经费 {M(c.Total.UnionFunds)}，总成本 {M(c.Total.Total)}，较现行工资增加 {M(c.Total.Increase)}。",
            $"Term total: payroll {M(c.Total.Payroll)}, welfare {M(c.Total.Welfare)}, union funds {M(c.Total.UnionFunds)}, total {M(c.Total.Total)}, {M(c.Total.Increase)} above the current pay."));
    }

    private static void WriteComparison(CliContext ctx, CostComparison c)
    {
        TextWriter o = ctx.Output;
        o.WriteLine(ctx.T($"方案比较：B（{c.B ?? "-"}）减 A（{c.A ?? "-"}）", $"Comparison: B ({c.B ?? "-"}) minus A ({c.A ?? "-"})"));
        o.WriteLine(Row(ctx.T("年", "yr"), "A", "B", ctx.T("差额", "difference"), ctx.T("累计差额", "cumulative"), ctx.T("A 增幅%", "A rise %"), ctx.T("B 增幅%", "B rise %")));
        foreach (YearDifference y in c.Years)
        {
            o.WriteLine(Row(N(y.TermYear), M(y.TotalA), M(y.TotalB), M(y.Difference), M(y.Cumulative), y.AverageIncreasePercentA?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-", y.AverageIncreasePercentB?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"));
        }

        o.WriteLine(ctx.T($"协议期差额合计：{M(c.Total)}", $"Difference over the term: {M(c.Total)}"));
    }

    private static string Row(params string[] cells) => string.Join("  ", cells.Select((c, i) => i == 0 ? Pad(c, 10, left: true) : Pad(c, 14, left: false)));

    /// <summary>Pads by display width: a CJK character takes two columns in a terminal.</summary>
    private static string Pad(string text, int width, bool left)
    {
        int shown = text.Sum(ch => ch >= '\u1100' && (ch <= '\u115F' || (ch >= '\u2E80' && ch <= '\uA4CF') || (ch >= '\uAC00' && ch <= '\uD7A3') || (ch >= '\uF900' && ch <= '\uFAFF') || (ch >= '\uFE30' && ch <= '\uFE4F') || (ch >= '\uFF00' && ch <= '\uFF60') || (ch >= '\uFFE0' && ch <= '\uFFE6')) ? 2 : 1);
        string padding = new(' ', Math.Max(0, width - shown));
        return left ? text + padding : padding + text;
    }

    private static string M(Union.Domain.Common.Money m) => m.Yuan.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Percent(Union.Domain.Common.Ratio r) => (r.ToPercent()).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? Format(NodaTime.LocalDate? d) => d is { } x ? NodaTime.Text.LocalDatePattern.Iso.Format(x) : null;

    private static string Format(NodaTime.LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
}
