using NodaTime;

namespace Union.Rules.Engine;

/// <summary>
/// What a rule sees while it runs (规则上下文): the date, the jurisdiction profile, and the recorder of its findings and
/// explanation. One context serves one rule in one evaluation; it is not thread-safe and not kept after the evaluation.
/// </summary>
/// <remarks>The context's parts are kept one concern to a file: RuleContext.Parameters.cs, RuleContext.Calendar.cs,
/// RuleContext.Comparisons.cs, RuleContext.Findings.cs and RuleContext.Trace.cs.</remarks>
public sealed partial class RuleContext
{
    private readonly IRule _rule;
    private readonly List<Finding> _findings;
    private readonly List<RuleOutput> _results;
    private readonly List<TraceFact>? _facts;
    private readonly List<ParameterReading>? _parameters;
    private readonly List<TraceComparison>? _comparisons;
    private readonly List<TraceFact>? _outputs;
    private readonly List<TraceNode>? _children;
    private List<Citation>? _regional;
    private RuleStatus _status = RuleStatus.Passed;
    private bool _recorded;

    internal RuleContext(IRule rule, LocalDate asOf, JurisdictionProfile profile, bool trace, List<Finding> findings, List<RuleOutput> results)
    {
        _results = results;
        _rule = rule;
        AsOf = asOf;
        Profile = profile;
        IsTracing = trace;
        _findings = findings;
        if (trace)
        {
            _facts = [];
            _parameters = [];
            _comparisons = [];
            _outputs = [];
            _children = [];
        }
    }

    /// <summary>Gets the date the evaluation is for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the jurisdiction profile.</summary>
    public JurisdictionProfile Profile { get; }

    /// <summary>Gets whether the explanation is recorded; when not, the recording methods do nothing.</summary>
    public bool IsTracing { get; }

    /// <summary>Gets the rule's status so far: the worst of what it recorded.</summary>
    public RuleStatus Status => _status;
}
