namespace Union.Rules.Engine;

/// <summary>
/// One node of an explanation (解释节点): a rule that ran, with the facts and parameters it read, the comparisons it made,
/// the values it computed and its status. Holds no prose: messages are rendered from codes and arguments.
/// </summary>
/// <param name="Code">The rule's code.</param>
/// <param name="Citation">The rule's principal citation.</param>
/// <param name="Status">What the rule concluded.</param>
/// <param name="Facts">The input facts read, by name, formatted culture-invariantly.</param>
/// <param name="Parameters">The parameter values read, each with its value, in-force-from date and source.</param>
/// <param name="Comparisons">The comparisons made.</param>
/// <param name="Outputs">The values computed (dates, amounts, states), by name.</param>
/// <param name="Children">Sub-steps, e.g. one per grade or per negotiator.</param>
public sealed record TraceNode(
    string Code,
    Citation Citation,
    RuleStatus Status,
    IReadOnlyList<TraceFact> Facts,
    IReadOnlyList<ParameterReading> Parameters,
    IReadOnlyList<TraceComparison> Comparisons,
    IReadOnlyList<TraceFact> Outputs,
    IReadOnlyList<TraceNode> Children);

/// <summary>A named value in an explanation (事实): an input read or an output computed.</summary>
/// <param name="Name">The name, e.g. <c>request.received</c>.</param>
/// <param name="Value">The value, formatted culture-invariantly; <see langword="null"/> when the input is missing.</param>
public sealed record TraceFact(string Name, string? Value);

/// <summary>A comparison in an explanation (比较): left operand, operator, right operand and its outcome.</summary>
/// <param name="Left">The left operand's name.</param>
/// <param name="LeftValue">The left operand's value.</param>
/// <param name="Operator">The operator: ≥, ≤, &gt;, &lt;, = or ≠.</param>
/// <param name="Right">The right operand's name.</param>
/// <param name="RightValue">The right operand's value.</param>
/// <param name="Holds">Whether the comparison holds.</param>
public sealed record TraceComparison(string Left, string LeftValue, string Operator, string Right, string RightValue, bool Holds);
