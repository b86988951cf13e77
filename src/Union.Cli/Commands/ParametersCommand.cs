using System.CommandLine;
using Union.Domain.Common;
using NodaTime.Text;
using Union.Cli.Serialization;
using Union.Rules.Engine;

namespace Union.Cli.Commands;

/// <summary><c>union parameters</c>: the parameters and regional standards in force for a region and date, with sources.</summary>
internal static class ParametersCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command("parameters", "Print the parameters and regional standards in force for --region on --as-of, each with its value, in-force-from date and source.");
        UnionCli.SetAction(command, globals, (_, ctx) =>
        {
            var rows = ctx.Profile.InForce(ctx.AsOf).Select(r =>
            {
                ParameterDefinition? def = ctx.Profile.Definition(r.Name);
                return new ParameterRow(
                    r.Name,
                    r.Value.ToString(),
                    r.Unit,
                    r.Comparison,
                    LocalDatePattern.Iso.Format(r.From),
                    r.Source,
                    r.Layer,
                    r.StaleSince is { } s ? LocalDatePattern.Iso.Format(s) : null,
                    ctx.Chinese ? def?.Description : def?.DescriptionEn,
                    def?.ReferenceOnly == true ? true : null);
            }).ToArray();
            string region = ctx.Profile.Region?.ToString() ?? "national";
            if (ctx.Json)
            {
                ctx.WriteJson(new ParameterListing(region, LocalDatePattern.Iso.Format(ctx.AsOf), rows), CliJsonContext.Readable.ParameterListing);
                return ExitCodes.Ok;
            }

            string regionName = ctx.Profile.Region is { } rc ? (ctx.Chinese ? rc.ProvinceName : rc.ProvinceNameEn) + $" ({rc})" : ctx.T("全国", "national");
            ctx.Output.WriteLine(ctx.T($"{regionName} 在 {LocalDatePattern.Iso.Format(ctx.AsOf)} 有效的参数：{rows.Length} 项", $"Parameters in force for {regionName} on {LocalDatePattern.Iso.Format(ctx.AsOf)}: {rows.Length}"));
            foreach (ParameterRow row in rows)
            {
                string cmp = row.Comparison is { } c ? c.Symbol() + " " : string.Empty;
                string reference = row.ReferenceOnly == true ? ctx.T("  （仅供参考：尚无规则据此审查）", "  (reference only: no rule checks it yet)") : string.Empty;
                ctx.Output.WriteLine($"{row.Name} = {cmp}{row.Value} {row.Unit}  [{row.Layer}]{reference}");
                if (row.Description is not null)
                {
                    ctx.Output.WriteLine($"    {row.Description}");
                }

                ctx.Output.WriteLine(ctx.T($"    自 {row.From} 起施行；来源：{row.Source}", $"    in force from {row.From}; source: {row.Source}"));
                if (row.StaleSince is not null)
                {
                    ctx.Output.WriteLine(ctx.T($"    警告：该值已超过法定调整周期（自 {row.StaleSince} 起），可能已有新的通知。", $"    warning: older than its statutory adjustment cycle (since {row.StaleSince}); a newer notice may exist."));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
