using Union.Rules.Engine;

namespace Union.Rules.Tests.Engine;

/// <summary>
/// Reads a report's explanation in the explanation tests of every domain: a rule's node, the last value of a fact it read
/// (which must be there), an output it set, and a comparison it made, by names and values.
/// </summary>
internal static class TraceAssert
{
    /// <summary>The explanation node of a rule; throws when the rule did not run.</summary>
    public static TraceNode Node(RuleReport report, string code) => report.NodeFor(code) ?? throw new InvalidOperationException("no node " + code);

    /// <summary>The last value the rule recorded for a fact; fails when it recorded none.</summary>
    public static string? Fact(TraceNode node, string name)
    {
        Assert.Contains(node.Facts, f => f.Name == name);
        return node.Facts.Last(f => f.Name == name).Value;
    }

    /// <summary>The value of an output the rule set, or <see langword="null"/> when it set none.</summary>
    public static string? Output(TraceNode node, string name) => node.Outputs.SingleOrDefault(o => o.Name == name)?.Value;

    /// <summary>Asserts that the rule made this comparison, with these values and this outcome.</summary>
    public static void Compared(TraceNode node, string left, string leftValue, string op, string right, string rightValue, bool holds) =>
        Assert.Contains(node.Comparisons, c => c.Left == left && c.LeftValue == leftValue && c.Operator == op && c.Right == right && c.RightValue == rightValue && c.Holds == holds);
}
