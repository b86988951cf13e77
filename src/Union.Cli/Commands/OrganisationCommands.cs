using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Union.Domain.Organisation;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Organisation;
using Union.Rules.Serialization;

namespace Union.Cli.Commands;

/// <summary>
/// <c>union org</c>: the union organisation (基层工会组织): check, schema, example; and <c>union funds FILE</c>: the union funds of the
/// document's period (工会经费), text or JSON.
/// </summary>
internal static class OrganisationCommands
{
    public static Command Create(CliGlobals globals) =>
        DomainCommands.Create("org", "Union organisation (基层工会组织): check, schema, example.", OrganisationDomain.Default, globals);

    public static Command Funds(CliGlobals globals)
    {
        var file = new Argument<string>("FILE") { Description = "A union-organisation document (JSON) with a funds period; see 'union org schema'." };
        var command = new Command("funds", "Calculate the union funds of the document's period (工会经费): the payroll by component, the items left out, 2 % of the payroll, the grassroots and higher-level shares.") { file };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            string path = parse.GetValue(file)!;
            if (DomainCommands.Read(OrganisationDomain.Default, path, ctx) is not { } document)
            {
                return ExitCodes.InvalidInput;
            }

            if (document.Funds is not { } period)
            {
                return ctx.Invalid([ValidationIssue.Create("$.funds", "org.noFunds", null, path)]);
            }

            if (!ctx.TryProfileFor(document.Region, path, out JurisdictionProfile profile))
            {
                return ExitCodes.InvalidInput;
            }

            UnionFundsCalculation calc;
            try
            {
                calc = UnionFunds.Calculate(period, profile);
            }
            catch (ParameterNotInForceException ex)
            {
                return ctx.Invalid([new ValidationIssue("$.funds.from", ex.Message, null, path)]);
            }

            if (ctx.Json)
            {
                var options = UnionJson.Readable(RulesJsonContext.Default.Options);
                ctx.Output.WriteLine(JsonSerializer.Serialize(calc, (JsonTypeInfo<UnionFundsCalculation>)options.GetTypeInfo(typeof(UnionFundsCalculation))));
                return ExitCodes.Ok;
            }

            Write(ctx, document, calc);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(CliContext ctx, GrassrootsUnion document, UnionFundsCalculation c)
    {
        TextWriter o = ctx.Output;
        string from = Date(c.From);
        string to = Date(c.To);
        o.WriteLine(ctx.T($"工会经费计算：{document.Employer}（{from} 至 {to}；金额单位：元）", $"Union funds: {document.Employer} ({from} to {to}; amounts in yuan)"));
        o.WriteLine();
        o.WriteLine(ctx.T("工资总额（《关于工资总额组成的规定》第四条）：", "Payroll (Provisions on the Composition of Total Wages, art. 4):"));
        foreach (PayrollComponentTotal t in c.Components)
        {
            string label = ctx.T(
                $"（{Numeral(t.Item)}）{ComponentZh(t.Component)}（第{Numeral(t.DefinedIn)}条）",
                $"({t.Item}) {ComponentEn(t.Component)} (art. {t.DefinedIn})");
            o.WriteLine("  " + Pad(label, 44) + Pad(M(t.Amount), 18, left: false) + "  " + ctx.T($"{t.Lines} 行", $"{t.Lines} line(s)"));
        }

        o.WriteLine("  " + Pad(ctx.T("合计", "Total"), 44) + Pad(M(c.Payroll), 18, left: false));
        if (c.Excluded.Count > 0)
        {
            o.WriteLine();
            o.WriteLine(ctx.T("不列入工资总额、不计提经费（第十一条）：", "Left out: not payroll, no funds (art. 11):"));
            foreach (ExcludedPayment x in c.Excluded)
            {
                string item = ctx.T($"第十一条第（{Numeral(x.ItemNumber)}）项", $"art. 11({x.ItemNumber})");
                o.WriteLine("  " + Pad((x.Name ?? "-") + " " + item, 44) + Pad(M(x.Amount), 18, left: false));
            }

            o.WriteLine("  " + Pad(ctx.T("合计", "Total"), 44) + Pad(M(c.ExcludedTotal), 18, left: false));
        }

        o.WriteLine();
        string rate = Percent(c.Rate);
        string share = Percent(c.RetainedShare);
        o.WriteLine(ctx.T(
            $"工会经费（《工会法》第四十三条第一款第（二）项）：{M(c.Payroll)} × {rate} = {c.Amount.Yuan.ToString(CultureInfo.InvariantCulture)}，四舍五入到分：{M(c.AmountToFen)}",
            $"Union funds (Trade Union Law, art. 43(1)(2)): {M(c.Payroll)} × {rate} = {c.Amount.Yuan.ToString(CultureInfo.InvariantCulture)}, rounded half up to the fen: {M(c.AmountToFen)}"));
        o.WriteLine(ctx.T(
            $"基层工会留成 {share}：{M(c.GrassrootsShareToFen)}（{c.GrassrootsShare.Yuan.ToString(CultureInfo.InvariantCulture)} 四舍五入到分）",
            $"Kept by the grassroots union, {share}: {M(c.GrassrootsShareToFen)} ({c.GrassrootsShare.Yuan.ToString(CultureInfo.InvariantCulture)} rounded half up)"));
        o.WriteLine(ctx.T(
            $"上解上级工会：{M(c.HigherLevelShareToFen)}（经费减去留成，两者相加等于经费）",
            $"To higher levels: {M(c.HigherLevelShareToFen)} (the funds less the share kept, so the two add up to the funds)"));
        o.WriteLine(ctx.T("金额精确计算，只在最后四舍五入到分一次。", "Amounts are exact; they are rounded to the fen once, at the end."));
        foreach (ParameterReading r in c.Parameters ?? [])
        {
            o.WriteLine(ctx.T(
                $"参数 {r.Name} = {r.Value}，自 {Date(r.From)} 起，依据：{r.Source}（{r.Verification ?? "-"}；{r.Layer}）",
                $"parameter {r.Name} = {r.Value}, from {Date(r.From)}, source: {r.Source} ({r.Verification ?? "-"}; {r.Layer})"));
        }
    }

    private static string ComponentZh(PayrollComponent c) => c switch
    {
        PayrollComponent.TimeWages => "计时工资",
        PayrollComponent.PieceWages => "计件工资",
        PayrollComponent.Bonuses => "奖金",
        PayrollComponent.AllowancesAndSubsidies => "津贴和补贴",
        PayrollComponent.OvertimePay => "加班加点工资",
        _ => "特殊情况下支付的工资",
    };

    private static string ComponentEn(PayrollComponent c) => c switch
    {
        PayrollComponent.TimeWages => "time wages",
        PayrollComponent.PieceWages => "piece wages",
        PayrollComponent.Bonuses => "bonuses",
        PayrollComponent.AllowancesAndSubsidies => "allowances and subsidies",
        PayrollComponent.OvertimePay => "overtime pay",
        _ => "pay in special circumstances",
    };

    private static string Numeral(int n) => n switch
    {
        1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", 10 => "十",
        11 => "十一", 12 => "十二", 13 => "十三", 14 => "十四",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string M(Union.Domain.Common.Money m) => m.Yuan.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Percent(Union.Domain.Common.Ratio r) => decimal.Round(r.ToPercent(), 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) + "%";

    private static string Date(NodaTime.LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);

    /// <summary>Pads by display width: a CJK character takes two columns in a terminal.</summary>
    private static string Pad(string text, int width, bool left = true)
    {
        int shown = text.Sum(ch => ch >= '\u1100' && (ch <= '\u115F' || (ch >= '\u2E80' && ch <= '\uA4CF') || (ch >= '\uAC00' && ch <= '\uD7A3') || (ch >= '\uF900' && ch <= '\uFAFF') || (ch >= '\uFE30' && ch <= '\uFE4F') || (ch >= '\uFF00' && ch <= '\uFF60') || (ch >= '\uFFE0' && ch <= '\uFFE6')) ? 2 : 1);
        string padding = new(' ', Math.Max(0, width - shown));
        return left ? text + padding : padding + text;
    }
}
