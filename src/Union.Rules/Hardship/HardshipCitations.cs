using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>The citations of the hardship rules: the common template of local rules and the ACFTU documents.</summary>
internal static class HardshipCitations
{
    /// <summary>The common template of local rules (邢台 2021, 青岛, 平顶山, 江门 2025).</summary>
    internal static readonly Citation LocalRules = new(Instruments.HardshipLocalRules);

    /// <summary>ACFTU documents: the three categories (2022 notice) and the 2022 funding rules.</summary>
    internal static readonly Citation Acftu = new(Instruments.AcftuRules);

    /// <summary>Records that an earlier rule's value is missing, so this rule could not assess.</summary>
    internal static void PrerequisiteMissing(RuleContext ctx, string code) => ctx.NotAssessed("HD.prerequisiteMissing", "$", ("rule", code));

    /// <summary>Reports a stale regional standard (older than its adjustment cycle).</summary>
    internal static void ReportStale(RuleContext ctx, ParameterReading reading, string key)
    {
        if (reading.IsStale)
        {
            ctx.Inform(key, "$", ("parameter", reading.Name), ("value", reading.Value.ToString()), ("from", reading.From), ("staleSince", reading.StaleSince));
        }
    }
}
