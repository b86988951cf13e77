using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Domain.Serialization;
using Union.Domain.Validation;
using Union.Rules.Engine;
using Union.Rules.Engine.Reporting;
using Union.Rules.LabourStandards;

namespace Union.Cli.Commands;

/// <summary>
/// <c>union labour compensation</c> and <c>union labour double-wage</c>: the economic compensation of 劳动合同法 第四十七条 and
/// the double wage of 第八十二条, every step shown, in text or JSON, in Chinese or English.
/// </summary>
internal static class LabourCalculatorCommands
{
    /// <summary>
    /// <c>compensation --start DATE --end DATE --wage AMOUNT [--ground NAME] [--unlawful] [--reinstatement]</c>: exit 0 with the
    /// amount; 3 when the profile lacks the minimum wage or the local average wage the floor or the cap needs; 2 on bad input.
    /// </summary>
    public static Command Compensation(CliGlobals globals)
    {
        var start = new Option<string>("--start") { Description = "First day of the service (用工之日), yyyy-MM-dd.", Required = true };
        var end = new Option<string>("--end") { Description = "Day the contract was dissolved or terminated, yyyy-MM-dd (counted in the service).", Required = true };
        var wage = new Option<string>("--wage") { Description = "Average monthly wage due over the last twelve months before the end (月工资), yuan.", Required = true };
        var ground = new Option<string?>("--ground") { Description = "Ground of the end: " + string.Join(", ", Enum.GetValues<SeparationGround>().Select(EconomicCompensation.JsonName)) + "." };
        var unlawful = new Option<bool>("--unlawful") { Description = "The employer ended the contract unlawfully (违法解除或者终止): damages of twice the amount (第八十七条)." };
        var reinstatement = new Option<bool>("--reinstatement") { Description = "With --unlawful: the employee asks for the contract to go on (第四十八条)." };
        var command = new Command("compensation", "Economic compensation (经济补偿, 劳动合同法 第四十七条) or damages (赔偿金, 第八十七条), every step shown.")
        {
            start, end, wage, ground, unlawful, reinstatement,
        };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            var issues = new List<ValidationIssue>();
            LocalDate? first = Date(parse.GetValue(start), "--start", issues);
            LocalDate? last = Date(parse.GetValue(end), "--end", issues);
            Money? amount = Amount(parse.GetValue(wage), "--wage", issues);
            SeparationGround? reason = Ground(parse.GetValue(ground), issues);
            if (first is { } f && last is { } l && l < f)
            {
                issues.Add(ValidationIssue.Create("--end", "separation.beforeStart"));
            }

            if (issues.Count > 0)
            {
                return ctx.Invalid(issues);
            }

            if (parse.GetValue(unlawful))
            {
                reason = reason is SeparationGround.FixedTermExpired or SeparationGround.FixedTermExpiredRenewalDeclined or SeparationGround.EmployerBankrupt
                    or SeparationGround.EmployerClosed or SeparationGround.TaskCompleted or SeparationGround.Retirement or SeparationGround.EmployeeDeath or SeparationGround.UnlawfulTermination
                    ? SeparationGround.UnlawfulTermination
                    : SeparationGround.UnlawfulDissolution;
            }

            if (!ctx.TryProfileFor(null, "compensation", out JurisdictionProfile profile))
            {
                return ExitCodes.InvalidInput;
            }

            if (!CompensationStandards.TryRead(profile, last!.Value, out CompensationStandards? standards, out IReadOnlyList<string> missing))
            {
                return NotInForce(ctx, last.Value, missing);
            }

            CompensationResult result = EconomicCompensation.Calculate(new CompensationInput(first!.Value, last.Value, [amount!.Value], WageIsAverage: true, reason, parse.GetValue(reinstatement)), standards);
            string region = RegionNames.Describe(profile.Region, ctx.Chinese);
            if (ctx.Json)
            {
                ctx.WriteJson(new CompensationReport(region, ctx.AsOf, result, Steps(ctx, result.Remarks)), LabourCalculatorJsonContext.Readable.CompensationReport);
            }
            else
            {
                WriteCompensation(ctx, region, result);
            }

            return result.IsDecided ? ExitCodes.Ok : ExitCodes.Incomplete;
        });
        return command;
    }

    /// <summary>
    /// <c>double-wage --employed DATE [--signed DATE] [--wage AMOUNT] [--ended DATE]</c>: the double wage for a written contract
    /// signed late or not at all (counted to <c>--as-of</c> while unsigned); exit 0, or 2 on bad input.
    /// </summary>
    public static Command DoubleWage(CliGlobals globals)
    {
        var employed = new Option<string>("--employed") { Description = "First day of employment (用工之日), yyyy-MM-dd.", Required = true };
        var signed = new Option<string?>("--signed") { Description = "Day the written contract was concluded, yyyy-MM-dd; absent when none was (counted to --as-of)." };
        var wage = new Option<string?>("--wage") { Description = "Monthly wage, yuan; without it only the period is counted." };
        var ended = new Option<string?>("--ended") { Description = "Last day of the employment, when it ended, yyyy-MM-dd." };
        var command = new Command("double-wage", "Double wage for a missing written contract (二倍工资, 劳动合同法 第八十二条; 实施条例 第六条、第七条), every step shown.")
        {
            employed, signed, wage, ended,
        };
        UnionCli.SetAction(command, globals, (parse, ctx) =>
        {
            var issues = new List<ValidationIssue>();
            LocalDate? from = Date(parse.GetValue(employed), "--employed", issues);
            LocalDate? contract = parse.GetValue(signed) is { } s ? Date(s, "--signed", issues) : null;
            LocalDate? last = parse.GetValue(ended) is { } e ? Date(e, "--ended", issues) : null;
            Money? amount = parse.GetValue(wage) is { } w ? Amount(w, "--wage", issues) : null;
            if (from is { } f && last is { } l && l < f)
            {
                issues.Add(ValidationIssue.Create("--ended", "separation.beforeStart"));
            }

            if (issues.Count > 0)
            {
                return ctx.Invalid(issues);
            }

            if (!ctx.TryProfileFor(null, "double-wage", out JurisdictionProfile profile))
            {
                return ExitCodes.InvalidInput;
            }

            if (!DoubleWageStandards.TryRead(profile, ctx.AsOf, out DoubleWageStandards? standards, out IReadOnlyList<string> missing))
            {
                return NotInForce(ctx, ctx.AsOf, missing);
            }

            DoubleWageResult result = Union.Rules.LabourStandards.DoubleWage.Calculate(new DoubleWageInput(from!.Value, contract, ctx.AsOf, amount, last), standards);
            string region = RegionNames.Describe(profile.Region, ctx.Chinese);
            if (ctx.Json)
            {
                ctx.WriteJson(new DoubleWageReport(region, ctx.AsOf, result, Steps(ctx, result.Remarks)), LabourCalculatorJsonContext.Readable.DoubleWageReport);
            }
            else
            {
                WriteDoubleWage(ctx, region, result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteCompensation(CliContext ctx, string region, CompensationResult r)
    {
        TextWriter o = ctx.Output;
        o.WriteLine(ctx.T($"经济补偿计算（{region}；参数按 {Iso(r.End)} 有效的取值；金额单位：元，不作舍入）", $"Economic compensation ({region}; parameters in force on {Iso(r.End)}; amounts in yuan, not rounded)"));
        o.WriteLine();
        o.WriteLine(ctx.T("计算步骤：", "Steps:"));
        WriteSteps(ctx, r.Remarks);
        o.WriteLine();
        o.WriteLine(ctx.T("结果：", "Result:"));
        o.WriteLine(ctx.T($"  工作年限：{r.Service.Years} 年 {r.Service.Months} 个月 {r.Service.Days} 日（{Iso(r.CountedFrom)} 至 {Iso(r.End)}）", $"  Service: {r.Service.Years} years, {r.Service.Months} months, {r.Service.Days} days ({Iso(r.CountedFrom)} to {Iso(r.End)})"));
        o.WriteLine(ctx.T($"  按工作年限计：{N(r.MonthsByService)} 个月", $"  Months by service: {N(r.MonthsByService)}"));
        o.WriteLine(ctx.T($"  最低工资标准：{Outcome(ctx, r.Floor)}；封顶：{Outcome(ctx, r.Cap)}", $"  Minimum-wage floor: {Outcome(ctx, r.Floor)}; cap: {Outcome(ctx, r.Cap)}"));
        o.WriteLine(ctx.T($"  月工资基数：{M(r.Base, ctx)}；计发月数：{N(r.MonthsCounted, ctx)}", $"  Monthly base: {M(r.Base, ctx)}; months paid: {N(r.MonthsCounted, ctx)}"));
        o.WriteLine(ctx.T($"  经济补偿标准：{M(r.Amount, ctx)}", $"  Economic compensation: {M(r.Amount, ctx)}"));
        if (r.Liability == SeparationLiability.Damages)
        {
            o.WriteLine(ctx.T($"  赔偿金（{N(r.DamagesMultiple)} 倍）：{M(r.Damages, ctx)}", $"  Damages ({N(r.DamagesMultiple)} times): {M(r.Damages, ctx)}"));
        }

        o.WriteLine(ctx.T($"  应付：{Payable(ctx, r)}", $"  Owed: {Payable(ctx, r)}"));
        WriteParameters(ctx, r.Parameters, r.Missing);
    }

    private static void WriteDoubleWage(CliContext ctx, string region, DoubleWageResult r)
    {
        TextWriter o = ctx.Output;
        o.WriteLine(ctx.T($"未订立书面劳动合同的二倍工资（{region}；计算日 {Iso(r.AsOf)}；金额单位：元，不作舍入）", $"Double wage for a missing written contract ({region}; as of {Iso(r.AsOf)}; amounts in yuan, not rounded)"));
        o.WriteLine();
        o.WriteLine(ctx.T("计算步骤：", "Steps:"));
        WriteSteps(ctx, r.Remarks);
        o.WriteLine();
        o.WriteLine(ctx.T("结果：", "Result:"));
        o.WriteLine(ctx.T($"  订立书面劳动合同的期限：{Iso(r.SigningDue)} 前（含当日）", $"  Written contract due by: {Iso(r.SigningDue)} (that day included)"));
        o.WriteLine(ctx.T($"  状态：{Status(ctx, r.Status)}", $"  Status: {Status(ctx, r.Status)}"));
        if (r.From is { } from && r.To is { } to)
        {
            o.WriteLine(ctx.T($"  二倍工资期间：{Iso(from)} 至 {Iso(to)}，{r.FullMonths} 个月 {r.PartDays} 日{(r.Running ? "（仍在计算）" : string.Empty)}", $"  Double-wage period: {Iso(from)} to {Iso(to)}, {r.FullMonths} months and {r.PartDays} days{(r.Running ? " (still running)" : string.Empty)}"));
            o.WriteLine(ctx.T($"  计发月数：{N(r.MonthsOwed)}；应另付：{M(r.ExtraWage, ctx)}", $"  Months owed: {N(r.MonthsOwed)}; owed on top: {M(r.ExtraWage, ctx)}"));
        }
        else
        {
            o.WriteLine(ctx.T("  二倍工资：无", "  Double wage: none"));
        }

        o.WriteLine(r.DeemedOpenEndedFrom is { } deemed
            ? ctx.T($"  视为已订立无固定期限劳动合同：自 {Iso(deemed)} 起", $"  Open-ended contract deemed concluded from: {Iso(deemed)}")
            : ctx.T($"  满一年之日：{Iso(r.FirstAnniversary)}（届时仍未订立的，视为已订立无固定期限劳动合同）", $"  First anniversary: {Iso(r.FirstAnniversary)} (still unsigned then, an open-ended contract is deemed concluded)"));
        WriteParameters(ctx, r.Parameters, []);
    }

    private static void WriteSteps(CliContext ctx, IReadOnlyList<CalculatorRemark> remarks)
    {
        int i = 1;
        foreach (string step in Steps(ctx, remarks))
        {
            ctx.Output.WriteLine($"  {i++}. {step}");
        }
    }

    private static void WriteParameters(CliContext ctx, IReadOnlyList<ParameterReading> parameters, IReadOnlyList<string> missing)
    {
        ctx.Output.WriteLine();
        ctx.Output.WriteLine(ctx.T("所用参数：", "Parameters used:"));
        foreach (ParameterReading p in parameters)
        {
            ctx.Output.WriteLine(ctx.T($"  {p.Name} = {p.Value} {p.Unit}（{p.Source}；自 {Iso(p.From)}；{p.Layer}）", $"  {p.Name} = {p.Value} {p.Unit} ({p.Source}; from {Iso(p.From)}; {p.Layer})"));
        }

        if (missing.Count > 0)
        {
            ctx.Output.WriteLine(ctx.T($"缺少的参数（可用 --parameters 提供）：{string.Join("、", missing)}", $"Missing parameters (supply them with --parameters): {string.Join(", ", missing)}"));
        }
    }

    private static int NotInForce(CliContext ctx, LocalDate on, IReadOnlyList<string> missing)
    {
        ctx.Error.WriteLine(ctx.T(
            $"无法计算：{Iso(on)} 没有有效的参数 {string.Join("、", missing)}（劳动合同法自 2008-01-01 起施行）。",
            $"Cannot calculate: no value of {string.Join(", ", missing)} is in force on {Iso(on)} (the Labour Contract Law is in force from 2008-01-01)."));
        return ExitCodes.Incomplete;
    }

    private static IReadOnlyList<string> Steps(CliContext ctx, IReadOnlyList<CalculatorRemark> remarks) => [.. remarks.Select(r => r.Render(ctx.Culture))];

    private static LocalDate? Date(string? text, string option, List<ValidationIssue> issues)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (!parsed.Success)
        {
            issues.Add(ValidationIssue.Create(option, "date.format", InputMessages.Arguments(("text", text))));
            return null;
        }

        if (parsed.Value < InputLimits.MinDate || parsed.Value > InputLimits.MaxDate)
        {
            issues.Add(ValidationIssue.Create(option, "date.range", InputMessages.Arguments(("text", text), ("min", Iso(InputLimits.MinDate)), ("max", Iso(InputLimits.MaxDate)))));
            return null;
        }

        return parsed.Value;
    }

    private static Money? Amount(string? text, string option, List<ValidationIssue> issues)
    {
        if (!Money.TryParse(text, out Money money))
        {
            issues.Add(ValidationIssue.Create(option, "money.type", InputMessages.Arguments(("found", "string"))));
            return null;
        }

        if (money.IsNegative)
        {
            issues.Add(ValidationIssue.Create(option, "separation.negativeWage"));
            return null;
        }

        if (money.Yuan > InputLimits.MaxMoney)
        {
            issues.Add(ValidationIssue.Create(option, "money.range", InputMessages.Arguments(("max", InputLimits.MaxMoney))));
            return null;
        }

        return money;
    }

    private static SeparationGround? Ground(string? text, List<ValidationIssue> issues)
    {
        if (text is null)
        {
            return null;
        }

        foreach (SeparationGround g in Enum.GetValues<SeparationGround>())
        {
            if (string.Equals(EconomicCompensation.JsonName(g), text, StringComparison.Ordinal))
            {
                return g;
            }
        }

        issues.Add(ValidationIssue.Create("--ground", "enum.unknown", InputMessages.Arguments(("value", text), ("allowed", string.Join(", ", Enum.GetValues<SeparationGround>().Select(EconomicCompensation.JsonName))))));
        return null;
    }

    private static string Outcome(CliContext ctx, ThresholdOutcome outcome) => outcome switch
    {
        ThresholdOutcome.Applied => ctx.T("适用", "applies"),
        ThresholdOutcome.NotApplied => ctx.T("不适用", "does not apply"),
        _ => ctx.T("未定（缺少参数）", "open (a parameter is missing)"),
    };

    private static string Status(CliContext ctx, WrittenContractStatus status) => status switch
    {
        WrittenContractStatus.SignedInTime => ctx.T("已在一个月内订立", "signed within the month"),
        WrittenContractStatus.WithinFirstMonth => ctx.T("尚在第一个月内", "still within the first month"),
        WrittenContractStatus.EndedWithinFirstMonth => ctx.T("用工在第一个月内结束", "employment ended within the first month"),
        _ => ctx.T("超过一个月未订立（违反劳动合同法 第十条）", "not signed within the month (contrary to art. 10)"),
    };

    private static string Payable(CliContext ctx, CompensationResult r) => r.Payable is { } p
        ? M(p, ctx)
        : r.Liability switch
        {
            SeparationLiability.Undetermined => ctx.T("取决于解除或者终止的情形（--ground）", "depends on the ground (--ground)"),
            SeparationLiability.Damages when r.Damages is not null => ctx.T("劳动者要求继续履行劳动合同：不支付赔偿金", "the employee seeks reinstatement: no damages"),
            _ => ctx.T("未定", "open"),
        };

    /// <summary>An amount as every report writes money (thousands separated, to the fen where it runs on), with its unit.</summary>
    private static string M(Money? m, CliContext ctx) =>
        m is { } v ? Union.Rules.Engine.Messages.FormatAmount(v.Yuan.ToString(CultureInfo.InvariantCulture)) + ctx.T(" 元", " yuan") : ctx.T("未定", "open");

    private static string N(decimal? n, CliContext ctx) => n is { } v ? N(v) : ctx.T("未定", "open");

    private static string N(decimal n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}

/// <summary>The JSON of <c>union labour compensation</c>: the region, the date, the result, and its steps in the language asked.</summary>
internal sealed record CompensationReport(string Region, LocalDate AsOf, CompensationResult Result, IReadOnlyList<string> Steps);

/// <summary>The JSON of <c>union labour double-wage</c>: the region, the date, the result, and its steps in the language asked.</summary>
internal sealed record DoubleWageReport(string Region, LocalDate AsOf, DoubleWageResult Result, IReadOnlyList<string> Steps);

/// <summary>The source-generated JSON context of the labour calculators' output.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(MoneyJsonConverter), typeof(RatioJsonConverter), typeof(RegionCodeJsonConverter), typeof(PeriodJsonConverter)])]
[JsonSerializable(typeof(CompensationReport))]
[JsonSerializable(typeof(DoubleWageReport))]
internal sealed partial class LabourCalculatorJsonContext : JsonSerializerContext
{
    /// <summary>A context whose output keeps Chinese characters unescaped.</summary>
    public static LabourCalculatorJsonContext Readable => s_readable ??= new(UnionJson.Readable(Default!.Options));

    private static LabourCalculatorJsonContext? s_readable;
}
