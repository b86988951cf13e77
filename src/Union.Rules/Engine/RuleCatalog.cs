namespace Union.Rules.Engine;

/// <summary>
/// Every built-in rule (规则目录), for listing (<c>union rules</c>) and for checks that every rule has a catalog code,
/// a citation and messages in both languages.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Gets every built-in rule, ordered by code.</summary>
    public static IReadOnlyList<IRule> All { get; } = Resources.BuiltInRules.All().OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();

    /// <summary>Finds a built-in rule by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public static IRule? Find(string code) => All.FirstOrDefault(r => r.Code == code);
}
