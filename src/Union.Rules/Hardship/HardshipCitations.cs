using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// The citations of the hardship rules (困难职工认定依据): the local texts the national template copies its values from, and the
/// 中华全国总工会 documents where they decide. A region's own value with an article is cited before these (the engine does that).
/// </summary>
internal static class HardshipCitations
{
    private static readonly MessageKey PrerequisiteMissingMessage = new("HD.prerequisiteMissing", "rule");
    private static readonly MessageKey UnknownName = new("HD.unknownName", "parameter", "name");

    /// <summary>邢台 2021: the per-head formula, the 12-month window, the deductions of the deep test and the exclusions.</summary>
    internal static readonly Citation Xingtai = new(Instruments.XingtaiHardshipStandard2021);

    /// <summary>平顶山: the three categories' wording (低于…; 2倍以内; 必要就业成本).</summary>
    internal static readonly Citation Pingdingshan = new(Instruments.PingdingshanHardshipStandard);

    /// <summary>青岛: the formula with &lt;, the 80 % accident test, migrant workers, the 2 × fee test.</summary>
    internal static readonly Citation Qingdao = new(Instruments.QingdaoHardshipConditions);

    /// <summary>江门 2025: what counts as household income; imputed income.</summary>
    internal static readonly Citation Jiangmen = new(Instruments.JiangmenHardshipStandard2025);

    /// <summary>邹城 2023: the yearly review of files.</summary>
    internal static readonly Citation Zoucheng = new(Instruments.ZouchengHardshipFileManagement2023);

    /// <summary>全总 2022 notice: the three categories and the relapse watch.</summary>
    internal static readonly Citation AcftuNotice = new(Instruments.AcftuAssistanceNotice2022);

    /// <summary>全总 2022 implementing rules of the central hardship funds: the kinds of assistance.</summary>
    internal static readonly Citation AcftuFundRules = new(Instruments.AcftuAssistanceFundRules2022);

    /// <summary>财政部 2022 measures on the hardship funds.</summary>
    internal static readonly Citation FundMeasures = new(Instruments.HardshipAssistanceFundMeasures2022);

    /// <summary>Records that an earlier rule's value is missing, so this rule could not assess.</summary>
    internal static void PrerequisiteMissing(RuleContext ctx, string code) => ctx.NotAssessed(PrerequisiteMissingMessage, "$", ("rule", code));

    /// <summary>
    /// Reads a list parameter of names (categories) into a bit mask over <paramref name="known"/>; a name not known is reported
    /// as not assessed (<c>HD.unknownName</c>) and nothing is guessed.
    /// </summary>
    internal static bool TryReadMask(RuleContext ctx, Parameter<IReadOnlyList<string>> parameter, string[] known, out int mask)
    {
        mask = 0;
        if (!ctx.TryRead(parameter, out IReadOnlyList<string> names))
        {
            return false;
        }

        if (HardshipMath.TryMask(names, known, out mask, out string? unknown))
        {
            return true;
        }

        ctx.NotAssessed(UnknownName, "$", ("parameter", parameter.Name), ("name", unknown));
        return false;
    }

    /// <summary>Reports a stale regional standard (older than its adjustment cycle).</summary>
    internal static void ReportStale(RuleContext ctx, ParameterReading reading, MessageKey key)
    {
        if (reading.IsStale)
        {
            ctx.Inform(key, "$", ("parameter", reading.Name), ("value", reading.Value.ToString()), ("from", reading.From), ("staleSince", reading.StaleSince));
        }
    }
}
