namespace Union.Rules.Engine;

/// <summary>
/// The notice that a report applied national rules because the profile holds no local regulation of its region for the domain
/// (未载入地方性法规), so that nobody mistakes national rules for local ones. It is given once per report, as an Info finding with
/// the code <see cref="Code"/>.
/// </summary>
public static class LocalRegulationNotice
{
    /// <summary>The code of the notice's finding.</summary>
    public const string Code = "PROFILE-LOCAL";

    /// <summary>
    /// Adds the notice to a report when the profile names a region and none of its regional or caller layers sets a parameter of
    /// the domain (names starting with <paramref name="prefix"/>, e.g. <c>cc.</c>).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="profile">The profile the report was made under.</param>
    /// <param name="prefix">The domain's parameter prefix: <c>cc.</c>, <c>wn.</c> or <c>hd.</c>.</param>
    /// <param name="citation">The national instrument the report applied instead.</param>
    /// <returns>The report, with the notice first where it applies.</returns>
    public static RuleReport Apply(RuleReport report, JurisdictionProfile profile, string prefix, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentNullException.ThrowIfNull(citation);
        if (profile.Region is not { } region || HasLocal(profile, prefix) || report.Findings.Any(f => f.Code == Code))
        {
            return report;
        }

        var notice = new Finding(Code, Severity.Info, RuleStatus.Computed, "engine.noLocalRegulation." + prefix.TrimEnd('.'), citation, "$", [new("region", region.ToString())]);
        return report with { Findings = [notice, .. report.Findings] };
    }

    private static bool HasLocal(JurisdictionProfile profile, string prefix)
    {
        foreach (ParameterLayer layer in profile.Layers)
        {
            if (layer.Name == JurisdictionProfile.NationalLayerName)
            {
                continue;
            }

            foreach (string name in layer.Parameters.Keys)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
