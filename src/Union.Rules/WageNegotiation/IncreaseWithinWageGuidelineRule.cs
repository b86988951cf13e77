using System.Globalization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;

namespace Union.Rules.WageNegotiation;

/// <summary>
/// WN-GUIDELINE (工资指导线): the proposed first-year average wage increase against the region's wage guideline for the proposal's year,
/// given the enterprise's situation; reports the position in the band and the gap to each line.
/// </summary>
/// <remarks>
/// <para>劳部发〔1997〕27号 sets three lines: the base line (基准线) for enterprises whose production develops normally and whose
/// profits grow; the upper or warning line (上线 / 预警线), which growth "不宜突破"; the lower line (下线) for enterprises with
/// falling profits or losses, which may have zero or negative growth. Provincial notices add that enterprises in real difficulty,
/// 与工会或职工代表协商同意, may go below the lower line to zero or negative growth. 工资集体协商试行办法 第八条第（三）项 names
/// the guideline as a factor. The guideline is advisory, so every departure is a Warning.</para>
/// <para>Parameters (supplied by the caller in a layer; none is shipped): <c>standard.wageGuideline.base</c>, <c>.upper</c> and
/// optionally <c>.lower</c>, each a growth ratio of the average money wage: a number (<c>0.07</c>) or a text (<c>"7%"</c>,
/// <c>"7/100"</c>); a lower line may be negative. The lines of year Y are read on 31 December of Y and must have come into force in
/// Y; a line from an earlier year is reported as missing for the year.</para>
/// <para>Interpretation: the increase is the first term year's rise of the average full-time wage (base pay, payroll components,
/// lump sums; see <see cref="WagePay.AverageIncreasePercents"/>). Exactly on the upper line is not above it. A profitable
/// enterprise (no loss, not in difficulty) below the lower line gets a Warning; zero or negative growth gets a Warning unless the
/// enterprise is loss-making or in difficulty and the union consented.</para>
/// </remarks>
public sealed class IncreaseWithinWageGuidelineRule() : Rule<WageProposal>("WN-GUIDELINE", Severity.Warning, new Citation(Instruments.WageGuidelineMeasures), new Citation(Instruments.WageNegotiationMeasures, 8, null, 3))
{
    private static readonly MessageKey AboveUpper = new("WN-GUIDELINE.aboveUpper", "increase", "upper", "excess");
    private static readonly MessageKey BadValue = new("WN-GUIDELINE.badValue", "parameter", "value");
    private static readonly MessageKey BelowLower = new("WN-GUIDELINE.belowLower", "increase", "lower", "shortfall");
    private static readonly MessageKey Position = new("WN-GUIDELINE.position", "increase", "base", "upper", "lower", "position", "line", "upperSide", "upperGap", "baseSide", "baseGap", "lowerSide", "lowerGap", "gapToUpper", "gapToBase", "gapToLower");
    private static readonly MessageKey YearMissing = new("WN-GUIDELINE.yearMissing", "parameter", "year", "found");
    private static readonly MessageKey ZeroOrNegative = new("WN-GUIDELINE.zeroOrNegative", "increase", "reason");

    /// <summary>The base line parameter.</summary>
    public const string BaseParameter = "standard.wageGuideline.base";

    /// <summary>The upper line parameter.</summary>
    public const string UpperParameter = "standard.wageGuideline.upper";

    /// <summary>The lower line parameter.</summary>
    public const string LowerParameter = "standard.wageGuideline.lower";

    /// <inheritdoc />
    public override void Evaluate(WageProposal facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var on = new LocalDate(facts.Year, 12, 31);
        if (!ReadLine(context, BaseParameter, facts.Year, on, out decimal baseLine) | !ReadLine(context, UpperParameter, facts.Year, on, out decimal upper))
        {
            return;
        }

        decimal? lower = null;
        if (context.TryLookUp(LowerParameter, out ParameterReading lr, on) && lr.From.Year == facts.Year && TryLine(lr.Value, out decimal l))
        {
            lower = l;
            context.TryParameter(LowerParameter, out _, on);
        }

        decimal increasePercent = WagePay.AverageIncreasePercents(facts)[0];
        decimal increase = increasePercent / 100m;
        context.Fact("increasePercent", increasePercent);
        EnterpriseSituation? e = facts.Enterprise;
        if (e is not null)
        {
            context.Fact("enterprise.profitGrowthPercent", e.ProfitGrowthPercent);
            context.Fact("enterprise.lossMaking", e.LossMaking ? "true" : "false");
            context.Fact("enterprise.inDifficulty", e.InDifficulty ? "true" : "false");
            context.Fact("enterprise.unionConsentsToZeroOrNegativeGrowth", e.UnionConsentsToZeroOrNegativeGrowth ? "true" : "false");
        }

        string applicable = e is null ? "unknown"
            : !e.IsProfitable ? "lower"
            : e.ProfitGrowthPercent is < 0m ? "lowerToBase"
            : "base";
        string position = increase > upper ? "aboveUpper"
            : increase == upper ? "atUpper"
            : increase > baseLine ? "baseToUpper"
            : increase == baseLine ? "atBase"
            : lower is null || increase > lower ? (lower is null ? "belowBase" : "lowerToBase")
            : increase == lower ? "atLower"
            : "belowLower";
        context.Set(WageNegotiationOutputs.GuidelineLine, applicable);
        context.Set(WageNegotiationOutputs.GuidelinePosition, position);
        context.Set(WageNegotiationOutputs.GapToUpper, Hundredths(upper - increase));
        context.Set(WageNegotiationOutputs.GapToBase, Hundredths(baseLine - increase));
        if (lower is { } lo)
        {
            context.Set(WageNegotiationOutputs.GapToLower, Hundredths(lo - increase));
            if (upper != lo)
            {
                context.Set(WageNegotiationOutputs.PositionInBandPercent, Round((increase - lo) / (upper - lo) * 100m) + 0.00m);
            }
        }

        context.Inform(
            Position,
            "$.adjustments",
            ("increase", Round(increasePercent).ToString("0.00", CultureInfo.InvariantCulture)),
            ("base", Points(baseLine)),
            ("upper", Points(upper)),
            ("lower", lower is { } x ? Points(x) : "-"),
            ("position", position),
            ("line", applicable),
            ("gapToUpper", Points(upper - increase)),
            ("gapToBase", Points(baseLine - increase)),
            ("gapToLower", lower is { } y ? Points(y - increase) : "-"),
            ("upperGap", Points(Math.Abs(upper - increase))),
            ("upperSide", Side(increase, upper)),
            ("baseGap", Points(Math.Abs(baseLine - increase))),
            ("baseSide", Side(increase, baseLine)),
            ("lowerGap", lower is { } z ? Points(Math.Abs(z - increase)) : "-"),
            ("lowerSide", lower is { } w ? Side(increase, w) : "noLine"));

        bool ok = true;
        if (!context.Compare("increase", increase, Comparison.AtMost, UpperParameter, upper))
        {
            context.Fail(AboveUpper, "$.adjustments", ("increase", Round(increasePercent).ToString("0.00", CultureInfo.InvariantCulture)), ("upper", Points(upper)), ("excess", Points(increase - upper)));
            ok = false;
        }

        if (increase <= 0m)
        {
            if (e is null)
            {
                context.MissingInput("$.enterprise");
                return;
            }

            bool difficulty = e.LossMaking || e.InDifficulty;
            if (!difficulty || !e.UnionConsentsToZeroOrNegativeGrowth)
            {
                context.Fail(ZeroOrNegative, "$.adjustments", ("increase", Round(increasePercent).ToString("0.00", CultureInfo.InvariantCulture)), ("reason", difficulty ? "noConsent" : "notInDifficulty"));
                ok = false;
            }
        }
        else if (lower is { } lo2)
        {
            if (e is null)
            {
                context.MissingInput("$.enterprise");
                return;
            }

            if (e.IsProfitable && !context.Compare("increase", increase, Comparison.AtLeast, LowerParameter, lo2))
            {
                context.Fail(BelowLower, "$.adjustments", ("increase", Round(increasePercent).ToString("0.00", CultureInfo.InvariantCulture)), ("lower", Points(lo2)), ("shortfall", Points(lo2 - increase)));
                ok = false;
            }
        }

        if (ok)
        {
            context.Pass();
        }
    }

    /// <summary>Reads a guideline line value: a number is the ratio itself (0.07), a text is a percentage (<c>7%</c>) or a fraction.</summary>
    /// <param name="value">The parameter value.</param>
    /// <param name="line">The ratio, possibly negative.</param>
    /// <returns>Whether the value is a line.</returns>
    public static bool TryLine(ParameterScalar value, out decimal line)
    {
        if (value.TryGetNumber(out line))
        {
            return true;
        }

        string? text = value.AsText()?.Trim();
        if (text is not null && text.EndsWith('%') && decimal.TryParse(text[..^1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal pct))
        {
            line = pct / 100m;
            return true;
        }

        if (Ratio.TryParse(text, out Ratio r))
        {
            line = r.ToDecimal();
            return true;
        }

        line = 0m;
        return false;
    }

    private static bool ReadLine(RuleContext context, string name, int year, LocalDate on, out decimal line)
    {
        line = 0m;
        if (!context.TryParameter(name, out ParameterReading r, on))
        {
            return false;
        }

        if (r.From.Year != year)
        {
            context.NotAssessed(YearMissing, "$.year", ("parameter", name), ("year", year), ("found", r.From.Year));
            return false;
        }

        if (!TryLine(r.Value, out line))
        {
            context.NotAssessed(BadValue, "$.year", ("parameter", name), ("value", r.Value.ToString()));
            return false;
        }

        return true;
    }

    /// <summary>Where the increase lies against a line: <c>above</c>, <c>below</c> or <c>on</c> it.</summary>
    private static string Side(decimal increase, decimal line) => increase > line ? "above" : increase < line ? "below" : "on";

    private static string Points(decimal ratio) => Hundredths(ratio).ToString("0.00", CultureInfo.InvariantCulture);

    // Percentage points to the hundredth, always written with two decimals (adding 0.00m sets the scale to 2).
    private static decimal Hundredths(decimal ratio) => Round(ratio * 100m) + 0.00m;

    private static decimal Round(decimal d) => decimal.Round(d, 2, MidpointRounding.AwayFromZero);
}
